import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { startAppProcess, type AppProcess } from './support/servers';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage, WelcomePage } from './pages/accounts';
import { HomePage, InvitePage, JoinPage } from './pages/couple';

/**
 * First contact: what a new person's phone downloads (compressed, the welcome screen without
 * a second round trip), what `npm start` prints, and an invite made on localhost that the
 * partner opens on the LAN address. The server's "LAN address" is 127.0.0.1 (LAN_ADDRESS):
 * another host than `localhost` for the browser — own cookies, own Origin — as a phone's
 * 192.168.x.y would be, without leaving this machine.
 */
describe('first contact', () => {
  let app: AppProcess;
  let browser: Browser;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'offbeat-e2e-'));
  const phones: Phone[] = [];
  let local = '';

  beforeAll(async () => {
    // LOG_LEVEL as `npm start` runs it (the harness's default is warn).
    [app, browser] = await Promise.all([startAppProcess({ DATA_DIR: dataDir, LAN_ADDRESS: '127.0.0.1', LOG_LEVEL: 'info' }), launchBrowser()]);
    local = app.url.replace('127.0.0.1', 'localhost');
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  async function phone(name: string) {
    const p = await Phone.open(browser, name);
    phones.push(p);
    return p;
  }

  const indexHtml = readFileSync('dist/web/index.html', 'utf8');
  const mainScript = /<script type="module"[^>]*src="([^"]+)"/.exec(indexHtml)![1]!;
  const initialScripts = [mainScript, ...[...indexHtml.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)];

  it('sends the main script as brotli, gzip or as it is, each decoding to the built file', async () => {
    const built = readFileSync(path.join('dist/web', mainScript));
    const get = (encoding: string | null) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(app.url + mainScript, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });

    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(built)).toBe(true);
    const gz = await get('gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(built)).toBe(true);
    const plain = await get(null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(built)).toBe(true);

    for (const res of [br, gz, plain]) {
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect(br.body.length).toBeLessThan(built.length * 0.35);
    console.log(`main script ${mainScript}: ${built.length} bytes as is, ${gz.body.length} gzip, ${br.body.length} brotli`);
  });

  it('a first visit shows the welcome screen from the scripts index.html names and one session request', async () => {
    const p = await phone('newcomer');
    const requested: string[] = [];
    const encodings = new Map<string, string>();
    p.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    p.page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding'] ?? 'none'));
    await new WelcomePage(p.page).open(local);

    // Asked for by index.html while the scripts download, and used as it is.
    expect(requested.filter((u) => u === '/api/session')).toHaveLength(1);
    expect(requested.indexOf('/api/session')).toBeLessThan(requested.indexOf(mainScript));
    // No screen chunk waits for the session: every script is one index.html already lists.
    expect(requested.filter((u) => u.endsWith('.js')).sort()).toEqual([...initialScripts].sort());
    // Chromium asks for brotli over https only; over plain http (a phone on the LAN) it gets gzip.
    expect(['br', 'gzip']).toContain(encodings.get(mainScript));
    expect(['br', 'gzip']).toContain(encodings.get('/'));
    p.assertClean();
  });

  it('the welcome screen shows what you will do: the loop, the pause, the repair', async () => {
    const p = await phone('curious');
    await new WelcomePage(p.page).open(local);
    const steps = p.page.getByRole('region', { name: 'What you do here, together' }).getByRole('listitem');
    expect(await steps.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['See the loop', 'Pause it, and stay close', 'Come back and repair']);
    // Each with its own small picture, hidden from screen readers (the words carry it).
    expect(await steps.locator('svg[aria-hidden="true"]').count()).toBe(3);
    const problems = await capture(p.page, 'welcome', { desktop: true });
    // On a phone the way in is still on the first screen.
    const signUp = await p.page.getByRole('link', { name: 'Create an account' }).boundingBox();
    expect(signUp!.y + signUp!.height).toBeLessThanOrEqual(844);
    await p.page.emulateMedia({ colorScheme: 'dark' });
    problems.push(...(await capture(p.page, 'welcome-dark')));
    expect(problems).toEqual([]);
    p.assertClean();
  });

  it('an invite made on localhost offers the LAN link, where the partner signs up and joins', async () => {
    const a = await phone('Alex');
    const b = await phone('Sam');
    const homeA = await signUpWithSpace(a, local, person('Alex'), 'Our first loop');
    await homeA.inviteFromHome();
    const invite = new InvitePage(a.page);
    const link = await invite.makeLink();
    expect(link).toMatch(new RegExp(`^${app.url.replace(/[.]/g, '\\.')}/join#[A-Za-z0-9_-]{43}$`));
    await a.page.getByText('A link for phones on your Wi-Fi').waitFor();
    await a.page.getByText(/only this computer can reach/).waitFor();
    const problems = await capture(a.page, 'invite-lan-link', { desktop: true });

    await b.page.goto(link);
    await new JoinPage(b.page).heading.waitFor();
    await b.page.getByText('Alex invited you to join “Our first loop” on Offbeat.').waitFor();
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    const homeB = new HomePage(b.page);
    await homeB.heading('Our first loop').waitFor({ timeout: 10_000 });
    await homeB.partner.getByText('Alex').waitFor();
    expect(new URL(b.page.url()).host).toBe(new URL(app.url).host);
    expect((await b.context.cookies()).map((c) => c.domain)).toContain('127.0.0.1');

    // Alex, still on localhost, sees Sam arrive.
    await a.page.getByRole('link', { name: 'Back to your space' }).click();
    await homeA.partner.getByText('Sam').waitFor({ timeout: 5000 });
    a.assertClean();
    b.assertClean();
    expect(problems).toEqual([]);
  });

  it('the server said where to open it in plain lines, and wrote no line per request', () => {
    const output = app.output();
    const port = new URL(app.url).port;
    expect(output.trimEnd().split('\n').slice(-2)).toEqual([
      `  On this computer:             http://localhost:${port}`,
      `  On a phone on the same Wi-Fi: http://127.0.0.1:${port}`,
    ]);
    // Everything above was requested by now: pages, scripts, sign-ups, the invite.
    expect(output).not.toMatch(/request completed|Server listening|^\{/m);
  });
});

describe('logs', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'offbeat-e2e-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const requestLines = (text: string) => text.split('\n').filter((l) => l.includes('"msg":"request completed"'));

  it('write one line per request at LOG_LEVEL=debug', async () => {
    const app = await startAppProcess({ DATA_DIR: path.join(dataDir, 'debug'), LOG_LEVEL: 'debug' });
    try {
      await fetch(`${app.url}/api/session`);
      await expect.poll(() => requestLines(app.output()).some((l) => l.includes('/api/session'))).toBe(true);
    } finally {
      await app.stop();
    }
  });

  it('go to LOG_FILE, requests included, while the terminal keeps only the addresses and warnings', async () => {
    const file = path.join(dataDir, 'logs', 'offbeat.log');
    const app = await startAppProcess({ DATA_DIR: path.join(dataDir, 'file'), LOG_FILE: file, LOG_LEVEL: 'info' });
    try {
      await fetch(`${app.url}/api/session`);
      await fetch(`${app.url}/api/health`);
      // Probes come every few seconds: they would be most of the file.
      for (const probe of ['/healthz', '/readyz']) expect((await fetch(app.url + probe)).status).toBe(200);
      await expect.poll(() => requestLines(readFileSync(file, 'utf8')).length).toBeGreaterThanOrEqual(2);
      expect(requestLines(readFileSync(file, 'utf8')).filter((l) => /\/(healthz|readyz)/.test(l))).toEqual([]);
      expect(readFileSync(file, 'utf8')).toMatch(/"msg":"listening"/);
      expect(requestLines(app.output())).toEqual([]);
      expect(app.output()).toContain('On this computer:');
    } finally {
      await app.stop();
    }
  });
});
