import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { Forbidden } from '../errors';
import { httpCopy } from './copy';
import { safeEqual } from '../auth/tokens';
import { ANON_CSRF_COOKIE } from './context';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the Origin header (if sent) is this app's own origin. */
export function originAllowed(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (config.publicOrigin) return origin === new URL(config.publicOrigin).origin;
  const host = request.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * CSRF protection for every state-changing request: the Origin must be ours,
 * and the `x-csrf-token` header must match the session's token (signed in) or
 * the anonymous double-submit cookie (signing up or logging in). A cross-site
 * page can neither read those tokens nor set that header without CORS, which
 * this app never grants.
 */
export function checkCsrf(request: FastifyRequest, _reply: FastifyReply, config: Config): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (!originAllowed(request, config)) {
    throw new Forbidden('bad_origin', httpCopy.badOrigin);
  }
  const sent = request.headers['x-csrf-token'];
  const expected = request.auth ? request.auth.csrfToken : request.cookies[ANON_CSRF_COOKIE];
  if (typeof sent !== 'string' || !expected || !safeEqual(sent, expected)) {
    throw new Forbidden('csrf', httpCopy.csrf);
  }
}

/** A strict CSP: only our own scripts, styles, images and connections; no inline script, no framing. */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    mediaSrc: ["'self'", 'blob:'],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * The headers helmet sets, for the few replies that bypass every hook: Fastify
 * answers a malformed URL before routing, so those errors need them added by hand.
 */
export function baselineSecurityHeaders(config: Config): Record<string, string> {
  const csp = Object.entries(contentSecurityPolicy.directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join(';');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'SAMEORIGIN',
    ...(config.publicOrigin?.startsWith('https:') ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
