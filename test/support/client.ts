import WebSocket from 'ws';
import type { ServerMessage } from '../../src/core/realtime/protocol';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A person using the API: keeps their own cookies and CSRF token like a
 * browser tab does. Requests are same-origin unless told otherwise.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;
  userId: string | null = null;
  /** Sent with every request, e.g. `x-forwarded-for` to act from another address behind a trusted proxy. */
  headers: Record<string, string> = {};
  /** The Origin this client's page runs on; the server's own origin unless a test says otherwise. */
  origin: string;

  constructor(readonly baseUrl: string) {
    this.origin = baseUrl;
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; origin?: string | null; rawBody?: string | Uint8Array; contentType?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...this.headers };
    const stateChanging = !['GET', 'HEAD'].includes(method);
    if (stateChanging && this.csrfToken === null) await this.refreshSession();
    if (stateChanging && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken!;
    if (this.cookies.size) headers.cookie = this.cookieHeader;
    if (options.origin !== null && stateChanging) headers.origin = options.origin ?? this.origin;
    // Headers given for this request win, e.g. a wrong x-csrf-token.
    Object.assign(headers, options.headers);
    let payload: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.rawBody !== undefined) payload = typeof options.rawBody === 'string' ? options.rawBody : new Uint8Array(options.rawBody);
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const send = () => fetch(this.baseUrl + path, { method, headers, body: payload, redirect: 'manual' });
    // Like a browser, retry a GET once when a pooled keep-alive connection died with a restarted server.
    const res = await send().catch((error) => (method === 'GET' ? send() : Promise.reject(error)));
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // leave as text
    }
    const result = { status: res.status, body: parsed as T, headers: res.headers };
    if (res.ok && parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrfToken = (parsed as { csrfToken: string }).csrfToken;
    return result;
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body?: unknown) => this.request<T>('PATCH', path, body ?? {});
  put = <T = any>(path: string, body?: unknown) => this.request<T>('PUT', path, body ?? {});
  del = <T = any>(path: string, body?: unknown) => this.request<T>('DELETE', path, body);

  async refreshSession() {
    const res = await this.request('GET', '/api/session');
    this.csrfToken = res.body.csrfToken;
    this.userId = res.body.user?.id ?? null;
    return res;
  }

  async signup(email: string, displayName = email.split('@')[0]!, password = 'a long enough passphrase') {
    const res = await this.post('/api/auth/signup', { email, password, displayName });
    if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.userId = res.body.user.id;
    return res;
  }

  async login(email: string, password = 'a long enough passphrase') {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status === 200) this.userId = res.body.user.id;
    return res;
  }

  /** Opens the live socket as this person's browser would (same Origin, session cookie). */
  openSocket(options: { origin?: string; lastSeq?: number | null } = {}): Promise<LiveSocket> {
    return LiveSocket.open(this, options);
  }
}

export class LiveSocket {
  readonly messages: ServerMessage[] = [];
  private waiters: Array<{ test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }> = [];
  closeCode: number | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      this.messages.push(message);
      this.waiters = this.waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true));
    });
    ws.on('close', (code) => (this.closeCode = code));
  }

  static open(client: TestClient, options: { origin?: string; lastSeq?: number | null }): Promise<LiveSocket> {
    const ws = new WebSocket(client.baseUrl.replace(/^http/, 'ws') + '/api/live', {
      headers: { cookie: client.cookieHeader, origin: options.origin ?? client.origin },
    });
    const live = new LiveSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => {
        if (options.lastSeq !== undefined) live.hello(options.lastSeq);
        resolve(live);
      });
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`socket refused: ${res.statusCode}`)));
    });
  }

  hello(lastSeq: number | null) {
    this.ws.send(JSON.stringify({ v: 1, type: 'hello', lastSeq }));
  }

  /** Resolves with the first message (already received or future) matching `test`. */
  next(test: (m: ServerMessage) => boolean, timeoutMs = 3000): Promise<ServerMessage> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message in ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  events() {
    return this.messages.flatMap((m) => (m.type === 'event' ? [m.event] : []));
  }

  waitClosed(timeoutMs = 3000): Promise<number> {
    if (this.closeCode !== null) return Promise.resolve(this.closeCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
      this.ws.once('close', (code) => (clearTimeout(timer), resolve(code)));
    });
  }

  close() {
    this.ws.close();
  }
}

/** Two partners in one couple space, each with their own client. */
export async function newCouple(baseUrl: string, tag = Math.random().toString(36).slice(2, 8)) {
  const a = new TestClient(baseUrl);
  const b = new TestClient(baseUrl);
  await a.signup(`a-${tag}@example.test`, 'Alex');
  await b.signup(`b-${tag}@example.test`, 'Blair');
  const created = await a.post('/api/couple', { name: 'Test couple' });
  const invite = await a.post('/api/couple/invites');
  const token = new URL(invite.body.url).hash.slice(1);
  const joined = await b.post('/api/invites/accept', { token });
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
  return { a, b, coupleId: created.body.id as string };
}
