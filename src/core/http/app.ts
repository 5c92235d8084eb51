import Fastify, { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import websocket from '@fastify/websocket';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { createLogger, routineLevel } from '../log';
import { AppError, BadRequest, Forbidden, Locked, NotFound, TooManyRequests, Unauthorized } from '../errors';
import { argon2idHasher, type PasswordHasher } from '../auth/passwords';
import { RateLimiter } from '../auth/rate-limiter';
import { createMailer } from '../mail';
import { LoginThrottle } from '../auth/login-throttle';
import { findSession } from '../auth/sessions';
import { applyAppLock } from '../auth/app-lock-gate';
import { EventLog } from '../realtime/event-log';
import { LiveHub } from '../realtime/hub';
import { NatsBus, NotifyBus, type LiveBus } from '../realtime/live-bus';
import { baselineSecurityHeaders, checkCsrf, contentSecurityPolicy } from './security';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie, type Access, type Api, type AppContext } from './context';
import type { AccountKind } from '../auth/sessions';
import { diskMediaStore } from '../media-store';
import { createMetrics, type Metrics } from '../metrics';
import { loadMigrations } from '../db/migrate';
import { opsRoutes, type Lifecycle } from './ops';
import { inLocale, installReaderLocale } from './locale';
import { httpCopy } from './copy';
import { endSpacesLeftUnderEarlierRule, type KeepOwnWords } from '../membership';
import type { ExportMine } from '../own-archive';

export interface Feature {
  name: string;
  routes(api: Api, ctx: AppContext): void;
  /** Background work (timers, sweeps) started once the server is ready; returns its stop function. */
  start?(ctx: AppContext, log: Api['log']): () => Promise<void> | void;
  /**
   * Runs when a space ends, for each person in it who stays a person (not one
   * closing their account): copy what is theirs alone — their own words in
   * couple-owned records — to somewhere they keep, before the space's rows go.
   */
  keepOwnWords?: KeepOwnWords;
  /** This feature's share of "download everything that is mine": only what the person wrote. */
  exportMine?: ExportMine;
}

/** Whether an account of `kind` may reach a route of `access` (signed-in people only). */
function accessAllows(access: Access, kind: AccountKind): boolean {
  if (access === 'public' || access === 'account') return true;
  return access === 'therapist' ? kind === 'therapist' : kind === 'partner';
}

export interface BuildOptions {
  config: Config;
  db: Database;
  features: Feature[];
  /** The live bus's NOTIFY channel, or its NATS subject prefix; tests give each run its own. */
  channel?: string;
  /** The live bus, instead of the one LIVE_BUS names (tests wrap one to count or drop messages). */
  bus?: LiveBus;
  /** How often the hub checks served couples against the log on a bus that may lose a message (tests shorten it). */
  liveCheckMs?: number;
  hasher?: PasswordHasher;
  /** Where logs go (default stdout); tests read them to check nothing secret is written. */
  logDestination?: DestinationStream;
  /** The server's clock (epoch ms), for the app lock; tests move it. */
  now?: () => number;
}

/** A mounted route; `documented` is false for routes hidden from the OpenAPI document. */
export interface RouteSummary {
  method: string;
  url: string;
  documented: boolean;
  /** Who may call it (tests send each route's hostile input as someone who may). */
  access: Access;
}

export interface BuiltApp {
  api: Api;
  ctx: AppContext;
  /** Every route mounted, so tests can prove each one is covered. */
  routes: RouteSummary[];
  close(): Promise<void>;
}

/**
 * Assembles the HTTP + WebSocket server: security headers, cookies, session
 * lookup, access control and CSRF on every request, zod validation at every
 * edge, one error shape, the OpenAPI document, and each feature's routes.
 */
export async function buildApp(options: BuildOptions): Promise<BuiltApp> {
  const { config, db } = options;
  const api = Fastify({
    loggerInstance: createLogger(config, options.logDestination),
    // Believe exactly the configured number of proxy hops (the app must be reachable only through them).
    trustProxy: config.trustProxy > 0 ? (_address: string, hop: number) => hop < config.trustProxy : false,
    bodyLimit: 64 * 1024,
    logController: new OneLinePerRequest(routineLevel(config.logFile)),
    // A malformed percent-escape or an over-long path parameter is answered before
    // routing; without this Fastify replies in its own shape instead of ours.
    frameworkErrors: (error, request, reply) =>
      sendError(
        reply.headers({ ...baselineSecurityHeaders(config), ...(isPrivateApi(request.url) ? { 'cache-control': 'no-store' } : {}) }),
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400,
        'bad_request',
        clientErrorMessage(400),
      ),
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RouteSummary[] = [];
  api.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, documented: !route.schema?.hide, access: route.config?.access ?? 'user' });
    }
  });

  const channel = options.channel ?? 'offbeat_events';
  const events = new EventLog(options.bus ?? liveBus(config, channel, api.log));
  const now = options.now ?? Date.now;
  let lifecycle: Lifecycle = 'starting';
  // Off unless METRICS_TOKEN is set: nothing is collected then.
  const metrics: Metrics | undefined = config.metricsToken ? createMetrics({ openSockets: () => hub.connectionCount(), pool: db.poolStats }) : undefined;
  const hub = new LiveHub(db, events, api.log, now, { metrics, checkMs: options.liveCheckMs });
  const media = diskMediaStore(config.mediaDir);
  const ctx: AppContext = {
    config,
    db,
    events,
    hub,
    hasher: options.hasher ?? argon2idHasher({ memoryCost: config.argon2.memoryCost, timeCost: config.argon2.timeCost }),
    authLimiter: new RateLimiter(config.authRateLimit),
    media,
    spaceEnd: { events, media, keepOwnWords: options.features.flatMap((f) => (f.keepOwnWords ? [f.keepOwnWords] : [])) },
    loginThrottle: new LoginThrottle({ perMinute: config.authRateLimit }),
    exportMine: options.features.flatMap((f) => (f.exportMine ? [f.exportMine] : [])),
    now,
    mailer: createMailer(config.mail, api.log),
  };

  api.setValidatorCompiler(validatorCompiler);
  api.setSerializerCompiler(serializerCompiler);
  // Before every other hook, so their words are in the reader's language too.
  await installReaderLocale(api);
  api.decorateRequest('auth', null);
  api.decorateRequest('locked', false);
  api.decorateRequest('appLock', null);

  await api.register(cookie);
  await api.register(helmet, {
    contentSecurityPolicy,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.publicOrigin?.startsWith('https:') ? undefined : false,
  });
  // On close, Fastify first answers new requests 503, then runs this, then stops accepting
  // connections: every socket is told "going away" (1001) and reconnects to another process.
  await api.register(websocket, { options: { maxPayload: 16 * 1024 }, preClose: () => hub.closeSockets() });
  await api.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Offbeat API', version: '1', description: 'Every route of the Offbeat server. State-changing requests need the x-csrf-token header.' },
    },
    transform: jsonSchemaTransform,
  });

  api.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await findSession(db, token, { days: config.sessionDays }) : null;
    request.auth = found?.user ?? null;
    // The session slid forward: let the cookie live as long as the session now does.
    if (found?.refreshed && token) setSessionCookie(reply, request, config, token);
    // The app lock of a shared device, for API requests of people who set one (core/auth/app-lock.ts).
    request.appLock = found?.lock ?? null;
    if (found?.lock && isPrivateApi(request.url)) {
      const state = await applyAppLock(db, events, found.user, found.lock, now(), config.appLockMinuteMs);
      if (state === 'signed_out') {
        request.auth = null;
        clearSessionCookie(reply, request, config);
      } else if (state === 'locked') {
        request.locked = true;
        if (!request.routeOptions.config.whileLocked) throw new Locked();
      }
    }
    const access = request.routeOptions.config.access ?? 'user';
    if (access !== 'public' && !request.auth) throw new Unauthorized();
    if (request.auth && !accessAllows(access, request.auth.kind)) {
      throw request.auth.kind === 'therapist'
        ? new Forbidden('partners_only', httpCopy.partnersOnly)
        : new Forbidden('therapists_only', httpCopy.therapistsOnly);
    }
    if (access === 'couple' && !request.auth?.coupleId) {
      throw new Forbidden('no_couple', httpCopy.noCouple);
    }
    checkCsrf(request, reply, config);
  });

  // Private answers are kept by no cache: not the browser's disk on a shared computer, not a proxy.
  api.addHook('onSend', async (request, reply) => {
    if (isPrivateApi(request.url)) reply.header('cache-control', 'no-store');
    // A request finishing during shutdown must not leave its keep-alive connection open: the close waits for every connection.
    if (lifecycle === 'draining') reply.header('connection', 'close');
  });

  // After the body is read (in the socket's own async context): its refusals in the request's language.
  api.addHook('preValidation', async (request) => inLocale(request.locale, () => {
    // Raw uploads (audio, images) parse to a Buffer for the routes that take them; a route
    // that declares a JSON body must not read one as an empty object.
    if (Buffer.isBuffer(request.body) && request.routeOptions.schema?.body) {
      throw new AppError(415, 'unsupported_media_type', clientErrorMessage(415));
    }
    // PostgreSQL text cannot hold NUL: refuse it at the edge for every route, instead of a 500 from the database.
    const field = findNul(request.body) ?? findNul(request.query) ?? findNul(request.params);
    if (field !== null) throw new BadRequest('invalid_input', httpCopy.checkFields({ fields: field || httpCopy.wholeInput }));
  }));

  const sendErrorAnswer = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error instanceof TooManyRequests && error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.status(error.status).send({ error: { code: error.code, message: error.message } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => v.instancePath.replace(/^\//, '').replaceAll('/', '.') || httpCopy.wholeInput);
      return reply.status(400).send({
        error: { code: 'invalid_input', message: httpCopy.checkFields({ fields: [...new Set(fields)].join(', ') }) },
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: clientErrorCode(error), message: clientErrorMessage(status) } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal', message: httpCopy.internal } });
  };
  api.setErrorHandler((error: FastifyError, request, reply) => inLocale(request.locale, () => sendErrorAnswer(error, request, reply)));

  api.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => api.swagger());
  api.get('/api/health', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ ok: true }));
  const expectedMigration = Math.max(0, ...(await loadMigrations()).map((m) => m.version));
  opsRoutes(api, {
    db,
    lifecycle: () => lifecycle,
    hubListening: () => hub.isListening(),
    expectedMigration,
    metrics,
    metricsToken: config.metricsToken,
  });
  const stopTimings = metrics && db.observeTimings?.(metrics.databaseTimed);
  if (metrics) {
    api.addHook('onResponse', async (request, reply) => {
      metrics.requestServed(request.routeOptions.url, request.method, reply.statusCode, reply.elapsedTime / 1000);
    });
  }

  for (const feature of options.features) feature.routes(api, ctx);

  const webRoot = config.webRoot;
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    // serve: false — only reply.sendFile; every file goes through the public route below (the plugin's
    // own per-file routes would carry no `access` config and so demand a signed-in user).
    // preCompressed: the build wrote name.br / name.gz beside each text file (core/http/precompress.ts);
    // the plugin picks one by Accept-Encoding and falls back to the file itself.
    await api.register(fastifyStatic, { root: webRoot, serve: false, index: false, cacheControl: false, preCompressed: true });
    api.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
      const file = request.url.split('?')[0]!.slice(1);
      // The plugin does not say so itself: a cache must keep one copy per encoding.
      reply.header('vary', 'accept-encoding');
      if (file && existsSync(path.join(webRoot, file)) && !file.includes('..')) {
        // Hashed file names change with their content; index.html and the service worker must be re-checked.
        const immutable = file.startsWith('assets/');
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        return reply.sendFile(file);
      }
      if (file.startsWith('api/')) throw new NotFound();
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    });
  }
  api.setNotFoundHandler({}, async () => {
    throw new NotFound();
  });

  await api.ready();
  await hub.start();
  const endedSpaces = await endSpacesLeftUnderEarlierRule(options.db, ctx.spaceEnd);
  if (endedSpaces > 0) api.log.info({ endedSpaces }, 'ended spaces a partner had left under the earlier rule');
  const stops = options.features.flatMap((f) => (f.start ? [f.start(ctx, api.log)] : []));
  lifecycle = 'serving';

  return {
    api,
    ctx,
    routes,
    async close() {
      // Not ready from now on; requests already in flight finish (their writes are what someone was told succeeded),
      // unless they outlast the grace: then their connections are cut.
      lifecycle = 'draining';
      const cut = setTimeout(() => {
        api.log.warn({ graceMs: config.shutdownGraceMs }, 'shutdown grace ran out; closing the connections still open');
        api.server.closeAllConnections();
        for (const socket of api.websocketServer.clients) socket.terminate();
      }, config.shutdownGraceMs);
      cut.unref();
      try {
        await api.close();
      } finally {
        clearTimeout(cut);
      }
      for (const stop of stops) await stop();
      await hub.stop();
      // A reset link someone was just told is on its way still goes.
      await ctx.mailer.idle();
      ctx.mailer.close();
      stopTimings?.();
    },
  };
}

function liveBus(config: Config, channel: string, log: Api['log']): LiveBus {
  if (config.liveBus.kind === 'postgres') return new NotifyBus(channel);
  return new NatsBus({ url: config.liveBus.natsUrl, prefix: channel, warn: (err, what) => log.warn({ err }, what) });
}

/** One log line per request, written when it is answered, instead of Fastify's two; a failed one always. */
class OneLinePerRequest extends LogController {
  constructor(private readonly level: 'info' | 'debug') {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log[this.level](line, 'request completed');
  }

  // A phone that leaves mid-download is routine too; anything else stays a warning.
  override streamError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') reply.log[this.level]({ res: reply }, 'stream closed prematurely');
    else reply.log.warn({ err: error }, 'response terminated with an error with headers already sent');
  }
}

/** Every API answer except the public, unchanging ones (the health check and the API document). */
const PUBLIC_API = new Set(['/api/health', '/api/openapi.json']);
function isPrivateApi(url: string): boolean {
  const path = url.split('?')[0]!;
  return path.startsWith('/api/') && !PUBLIC_API.has(path);
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ error: { code, message } });
}

/** The dotted path of the first string (or key) holding NUL, '' for the value itself, or null when there is none. */
function findNul(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\0')) return path || 'input';
    const found = findNul(inner, at, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function clientErrorCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'too_large';
    default:
      return 'bad_request';
  }
}

function clientErrorMessage(status: number): string {
  if (status === 413) return httpCopy.tooLarge;
  if (status === 415) return httpCopy.notJson;
  return httpCopy.unreadable;
}
