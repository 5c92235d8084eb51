import { coreCopy } from './copy';
import { pageLocale } from './language';

/** The one error shape the server sends: `{ error: { code, message } }`; `message` is written for people and shown as-is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The request never reached the server (no connection). */
  get isOffline(): boolean {
    return this.status === 0;
  }
}

export interface SessionState {
  user: Me | null;
  csrfToken: string;
  /** This device's app lock is on: nothing of the person's is shown until the PIN is given. */
  locked?: true;
  /** The person's app lock, when they set one (see core/auth/app-lock.ts). */
  appLock?: AppLockView;
  /** No connection: `user` is who this device last knew (device-copies.ts); only the calm tools open. */
  offline?: true;
}

export interface AppLockView {
  lockAfterMinutes: number;
  signOutAfterMinutes: number | null;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  coupleId: string | null;
  /** A therapist's screens are their desk; a partner's are the couple's space. */
  kind: 'partner' | 'therapist';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The CSRF token for the next state-changing request: the session's token when
 * signed in, the anonymous double-submit token before. Every response that
 * carries a `csrfToken` (session, sign-up, log-in) refreshes it.
 */
let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

let onLocked: (() => void) | null = null;

/** Called when the server says this device is no longer signed in (401). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Called when the server says this device's app lock is on (423 `locked`). */
export function setLockedHandler(handler: () => void): void {
  onLocked = handler;
}

/**
 * A small POST that still goes out while the page is being hidden or closed (fetch
 * `keepalive`; sendBeacon cannot carry the CSRF header). Nothing waits for its answer.
 */
export function sendKeepalive(path: string, body: unknown): void {
  if (csrfToken === null) return;
  void fetch(path, {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': pageLocale(), 'x-csrf-token': csrfToken },
    body: JSON.stringify(body),
  }).catch(() => {});
}

export async function fetchSession(): Promise<SessionState> {
  const state = await send<SessionState>('GET', '/api/session');
  csrfToken = state.csrfToken;
  return state;
}

/** A raw body (a recording, a photo) sent as its own bytes with its own content type, instead of JSON. */
interface RawBody {
  blob: Blob;
  contentType: string;
}

async function send<T>(method: Method, path: string, body?: unknown, raw?: RawBody): Promise<T> {
  // The server answers in the page's language, whatever the browser's own list says.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': pageLocale() };
  if (method !== 'GET') {
    if (csrfToken === null) await fetchSession();
    headers['x-csrf-token'] = csrfToken ?? '';
  }
  if (raw) headers['content-type'] = raw.contentType;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: raw ? raw.blob : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'offline', coreCopy.offline);
  }
  if (response.status === 204) return null as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, data);
  if (isRecord(data) && typeof data.csrfToken === 'string') csrfToken = data.csrfToken;
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  const error = isRecord(data) && isRecord(data.error) ? data.error : null;
  const code = typeof error?.code === 'string' ? error.code : 'unexpected';
  const message = typeof error?.message === 'string' ? error.message : coreCopy.unexpected;
  return new ApiError(status, code, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Sends one request. A stale CSRF token (e.g. after logging in in another tab)
 * is refreshed and the request retried once; a 401 tells the app this device
 * is signed out.
 */
async function request<T>(method: Method, path: string, body?: unknown, raw?: RawBody): Promise<T> {
  try {
    return await send<T>(method, path, body, raw);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.code === 'csrf') {
      await fetchSession();
      return send<T>(method, path, body, raw);
    }
    // A refused sign-in is an answer to show, not a session that ended.
    if (error instanceof ApiError && error.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/passkey') onUnauthorized?.();
    if (error instanceof ApiError && error.status === 423 && error.code === 'locked') onLocked?.();
    throw error;
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  /** Uploads raw bytes (e.g. `audio/webm`, `image/jpeg`); CSRF and errors as for every other request. */
  upload: <T>(path: string, blob: Blob, contentType: string, method: 'POST' | 'PUT' = 'POST') => request<T>(method, path, undefined, { blob, contentType }),
};
