import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and invite tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a leaked table holds nothing usable. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token of a session, derived from its (secret, httpOnly) session
 * token so it never needs storing: a leaked sessions table holds neither. It is
 * one-way and domain-separated, so the page script that reads it learns nothing
 * about the cookie, and it differs from the session id (`hashToken`) shown in
 * the sessions list.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update('offbeat csrf\0').update(sessionToken).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
