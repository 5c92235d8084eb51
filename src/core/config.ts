import { z } from 'zod';

/**
 * A whole number from the environment. An empty or blank value is refused rather
 * than read as 0 (which `z.coerce.number()` would do: `PORT=` meant "any free port").
 */
function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .optional()
    .transform((s) => (s === undefined ? fallback : Number(s)))
    .pipe(z.number().int().min(min).max(max));
}

/**
 * The public origin, reduced to scheme://host[:port]. Invite links are built as
 * `${origin}/join#…` and the Origin check compares exact origins, so a trailing
 * slash or a path here would break both.
 */
const publicOrigin = z
  .url({ protocol: /^https?$/ })
  .refine((s) => {
    if (!URL.canParse(s)) return false; // already reported by .url()
    const url = new URL(s);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  }, 'must be an origin such as https://offbeat.example (no path, query or credentials)')
  .transform((s) => new URL(s).origin);

/**
 * Every setting comes from the environment, with a safe default, so `npm start`
 * needs nothing configured. The README lists each variable.
 */
const envSchema = z.object({
  PORT: wholeNumber(3000, 0, 65535),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Where voice notes and photos are kept (outside the database). Default: DATA_DIR/media. */
  MEDIA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** The origin browsers use, e.g. https://offbeat.example. When unset, requests must come from the host they are sent to. */
  PUBLIC_ORIGIN: publicOrigin.optional(),
  /**
   * How many reverse proxies stand in front of the app: `true` means one. Only
   * that many hops of X-Forwarded-For are believed; trusting every hop would let
   * a client pick its own address (and dodge per-address rate limits) by sending
   * the header itself. The app must then be reachable only through the proxies.
   */
  TRUST_PROXY: z.union([z.enum(['true', 'false']), z.string().regex(/^\d{1,2}$/, 'true, false or a number of proxies')]).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A file for the structured logs, one line per request included; the terminal then shows only warnings and errors. */
  LOG_FILE: z.string().min(1).optional(),
  /**
   * The address a phone on the same network uses to reach this computer, for the
   * addresses `npm start` prints and for invites made on localhost. Detected from
   * the network interfaces when unset; set it when that picks the wrong one (a VPN,
   * a container bridge).
   */
  LAN_ADDRESS: z.ipv4().optional(),
  SESSION_DAYS: wholeNumber(30, 1, 365),
  INVITE_HOURS: wholeNumber(72, 1, 720),
  /** Attempts per minute for sign-up, log-in and invite use, per IP and per account. */
  AUTH_RATE_LIMIT: wholeNumber(10, 1),
  /** Password-reset requests per hour for one email; one address (IP) may make ten times as many. */
  RESET_RATE_LIMIT: wholeNumber(3, 1),
  /** argon2id memory cost in KiB (OWASP's minimum is 19 MiB). Tests lower it for speed. */
  ARGON2_MEMORY_KIB: wholeNumber(19456, 1024),
  ARGON2_ITERATIONS: wholeNumber(2, 1),
  /** Contact for push services (VAPID "subject"): a mailto: or https: URL. */
  PUSH_CONTACT: z.string().regex(/^(mailto:|https:)/, 'must start with mailto: or https:').default('mailto:offbeat@localhost'),
  /** Accept push endpoints on 127.0.0.1 over plain http — only for the local push receiver in tests. */
  PUSH_ALLOW_LOOPBACK: z.enum(['true', 'false']).default('false'),
  /** Room for voice notes and photos in one couple space, in MB. */
  MEDIA_QUOTA_MB: wholeNumber(500, 1),
  /** Voice notes and photos one person may upload in an hour. */
  UPLOAD_RATE_LIMIT: wholeNumber(60, 1),
  /** Uploads are refused while the disk of MEDIA_DIR (or of DATA_DIR's embedded database) has less free than this, in MB. */
  MIN_FREE_DISK_MB: wholeNumber(512, 0),
  /** The length of one app-lock "minute" in ms. Only tests shorten it, so a lock of 1 minute comes on in a second. */
  APP_LOCK_MINUTE_MS: wholeNumber(60_000, 100, 60_000),
  /** The CSI-4 in the weekly check-in: `off` for a deployment that may not or will not ask it (decision 0016). */
  CHECKIN_CSI4: z.enum(['on', 'off']).default('on'),
  /** Years the couple's record of their therapist's looks is kept (a clinical record's usual span), then swept. */
  THERAPIST_RECORD_YEARS: wholeNumber(6, 1, 100),
  /**
   * Turns on Prometheus metrics at /metrics, readable only with `Authorization: Bearer <this>`.
   * Unset (the default): no metrics are collected and /metrics answers 404.
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 32`)').optional(),
  /** On SIGTERM, how long in-flight requests may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_SECONDS: wholeNumber(10, 1, 600),
  /**
   * How app processes tell each other what committed (decision 0020): `postgres` is LISTEN/NOTIFY,
   * nothing extra to run; `nats` sends each couple's messages only to the processes serving it,
   * and takes no lock at commit (for many processes on PostgreSQL).
   */
  LIVE_BUS: z.enum(['postgres', 'nats']).default('postgres'),
  NATS_URL: z.url({ protocol: /^(nats|tls)$/ }).default('nats://127.0.0.1:4222'),
  /** Where backups go: `npm run backup` and the server's own schedule. Default: DATA_DIR/backups. */
  BACKUP_DIR: z.string().min(1).optional(),
  /** The running server writes a backup this often, in hours; 0 (the default) leaves it to you. */
  BACKUP_EVERY_HOURS: wholeNumber(0, 0, 24 * 365),
  /** How many of the server's scheduled backups are kept in BACKUP_DIR (the oldest go first). */
  BACKUP_KEEP: wholeNumber(7, 1, 10_000),
  /**
   * The mail server for password resets and email verification, e.g. smtp://user:pass@mail.example:587
   * (STARTTLS when offered) or smtps://…:465. Unset: no mail is sent; `npm run reset-link` makes reset links.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of those mails: an address, or `Name <address>`. Required with SMTP_URL. */
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, or Name <address>')
    .optional(),
}).refine((e) => !e.SMTP_URL || e.MAIL_FROM, { path: ['MAIL_FROM'], message: 'is needed with SMTP_URL (e.g. Offbeat <offbeat@example.org>)' });

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  mediaDir: string;
  databaseUrl: string | undefined;
  publicOrigin: string | undefined;
  /** Number of trusted proxy hops; 0 ignores X-Forwarded-*. */
  trustProxy: number;
  logLevel: string;
  logFile: string | undefined;
  /** LAN_ADDRESS; main.ts fills in the detected one when unset. */
  lanAddress: string | undefined;
  sessionDays: number;
  inviteHours: number;
  authRateLimit: number;
  /** RESET_RATE_LIMIT: reset requests per email per hour (per IP: ten times this). */
  resetRateLimit: number;
  argon2: { memoryCost: number; timeCost: number };
  /** Directory of the built web app; unset in API-only tests. */
  webRoot: string | undefined;
  push: { contact: string; allowLoopback: boolean };
  uploads: { quotaBytesPerCouple: number; perPersonPerHour: number; minFreeDiskBytes: number };
  /** APP_LOCK_MINUTE_MS (60 000 outside tests). */
  appLockMinuteMs: number;
  /** Which validated instruments the weekly check-in asks. */
  checkin: { csi4: boolean };
  /** THERAPIST_RECORD_YEARS: how long a look by the couple's therapist stays on their record. */
  therapistRecordYears: number;
  /** METRICS_TOKEN; metrics are off when unset. */
  metricsToken: string | undefined;
  /** SHUTDOWN_GRACE_SECONDS in ms. */
  shutdownGraceMs: number;
  /** LIVE_BUS, and NATS_URL for the nats bus. */
  liveBus: { kind: 'postgres' | 'nats'; natsUrl: string };
  /** BACKUP_DIR, BACKUP_EVERY_HOURS (0: no schedule) and BACKUP_KEEP. */
  backups: { dir: string; everyHours: number; keep: number };
  /** SMTP_URL and MAIL_FROM; unset: mail is off, and the features that send it fall back (decision 0023). */
  mail: { smtpUrl: string; from: string } | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    mediaDir: e.MEDIA_DIR ?? `${e.DATA_DIR.replace(/\/$/, '')}/media`,
    databaseUrl: e.DATABASE_URL,
    publicOrigin: e.PUBLIC_ORIGIN,
    trustProxy: e.TRUST_PROXY === 'true' ? 1 : e.TRUST_PROXY === 'false' ? 0 : Number(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    logFile: e.LOG_FILE,
    lanAddress: e.LAN_ADDRESS,
    sessionDays: e.SESSION_DAYS,
    inviteHours: e.INVITE_HOURS,
    authRateLimit: e.AUTH_RATE_LIMIT,
    resetRateLimit: e.RESET_RATE_LIMIT,
    argon2: { memoryCost: e.ARGON2_MEMORY_KIB, timeCost: e.ARGON2_ITERATIONS },
    webRoot: undefined,
    push: { contact: e.PUSH_CONTACT, allowLoopback: e.PUSH_ALLOW_LOOPBACK === 'true' },
    uploads: { quotaBytesPerCouple: e.MEDIA_QUOTA_MB * 1_000_000, perPersonPerHour: e.UPLOAD_RATE_LIMIT, minFreeDiskBytes: e.MIN_FREE_DISK_MB * 1_000_000 },
    appLockMinuteMs: e.APP_LOCK_MINUTE_MS,
    checkin: { csi4: e.CHECKIN_CSI4 === 'on' },
    therapistRecordYears: e.THERAPIST_RECORD_YEARS,
    metricsToken: e.METRICS_TOKEN,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    liveBus: { kind: e.LIVE_BUS, natsUrl: e.NATS_URL },
    backups: { dir: e.BACKUP_DIR ?? `${e.DATA_DIR.replace(/\/$/, '')}/backups`, everyHours: e.BACKUP_EVERY_HOURS, keep: e.BACKUP_KEEP },
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    ...overrides,
  };
}
