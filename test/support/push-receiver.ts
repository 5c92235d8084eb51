import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
// http_ece is web-push's own RFC 8188/8291 implementation; here it plays the browser's part.
import * as ece from 'http_ece';

export interface ReceivedPush {
  path: string;
  headers: IncomingMessage['headers'];
  /** The decrypted JSON the service worker would get. */
  payload: Record<string, unknown>;
  /** The VAPID claims, after checking the ES256 signature against the key sent with them. */
  vapid: { aud: string; sub: string; exp: number };
}

/**
 * A push service on 127.0.0.1 that behaves like a browser's: it holds the
 * subscription's private key, checks the VAPID signature, and decrypts the
 * aes128gcm payload exactly as a real device would.
 */
export async function startPushReceiver() {
  const received: ReceivedPush[] = [];
  /** Every path asked for, delivered or not. */
  const requested: string[] = [];
  const waiters: Array<(p: ReceivedPush) => void> = [];
  let nextStatus = 201;
  let nextHeaders: Record<string, string> = {};
  const devices = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requested.push(req.url ?? '');
      const device = devices.get(req.url ?? '');
      if (!device) {
        res.writeHead(404).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const plaintext: Buffer = ece.decrypt(body, { version: 'aes128gcm', privateKey: device.ecdh, authSecret: device.auth.toString('base64url') });
      const push: ReceivedPush = {
        path: req.url!,
        headers: req.headers,
        payload: JSON.parse(plaintext.toString('utf8')),
        vapid: checkVapid(String(req.headers.authorization ?? '')),
      };
      received.push(push);
      const waiter = waiters.shift();
      waiter?.(push);
      res.writeHead(nextStatus, nextHeaders).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    received,
    requested,
    /** Makes a new browser subscription: endpoint plus the keys the server encrypts to. */
    newDevice(name: string) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      devices.set(`/push/${name}`, { ecdh, auth });
      return { endpoint: `${base}/push/${name}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
    },
    respondWith(status: number, headers: Record<string, string> = {}) {
      nextStatus = status;
      nextHeaders = headers;
    },
    next(timeoutMs = 5000): Promise<ReceivedPush> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no push arrived')), timeoutMs);
        waiters.push((p) => (clearTimeout(timer), resolve(p)));
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function checkVapid(header: string): ReceivedPush['vapid'] {
  const match = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header);
  if (!match) throw new Error(`not a VAPID authorization header: ${header}`);
  const [, token, key] = match as unknown as [string, string, string];
  const raw = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33, 65).toString('base64url') },
    format: 'jwk',
  });
  const [head, body, signature] = token.split('.') as [string, string, string];
  const ok = verify('sha256', Buffer.from(`${head}.${body}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!ok) throw new Error('VAPID signature does not verify');
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
}
