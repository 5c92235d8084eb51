import { z } from 'zod';

/**
 * Every setting comes from the environment, with a safe default, so `npm start`
 * needs nothing configured. The README lists each variable.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** The origin browsers use, e.g. https://offbeat.example. When unset, requests must come from the host they are sent to. */
  PUBLIC_ORIGIN: z.string().url().optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITE_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  /** Attempts per minute for sign-up, log-in and invite use, per IP and per account. */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** argon2id memory cost in KiB (OWASP's minimum is 19 MiB). Tests lower it for speed. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_ITERATIONS: z.coerce.number().int().min(1).default(2),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicOrigin: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  sessionDays: number;
  inviteHours: number;
  authRateLimit: number;
  argon2: { memoryCost: number; timeCost: number };
  /** Directory of the built web app; unset in API-only tests. */
  webRoot: string | undefined;
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
    databaseUrl: e.DATABASE_URL,
    publicOrigin: e.PUBLIC_ORIGIN,
    trustProxy: e.TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    inviteHours: e.INVITE_HOURS,
    authRateLimit: e.AUTH_RATE_LIMIT,
    argon2: { memoryCost: e.ARGON2_MEMORY_KIB, timeCost: e.ARGON2_ITERATIONS },
    webRoot: undefined,
    ...overrides,
  };
}
