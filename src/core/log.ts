import pino, { type DestinationStream } from 'pino';

export interface LogSettings {
  logLevel: string;
  /** When set, every line goes to this file and the terminal keeps only warnings and errors. */
  logFile: string | undefined;
}

/** What an error may leave in the log: its kind, codes and where it was thrown, never the words in it. */
export interface LoggedError {
  type: string;
  /** Our own errors' code, Node's `ERR_*`, or the database's SQLSTATE. */
  code?: string;
  /** For database errors: the names of what failed (schema names, never values). */
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  /** Stack frames without the message line(s) above them. */
  stack?: string;
  cause?: LoggedError;
}

const NAME = /^[A-Za-z0-9_.$-]{1,128}$/;
const pick = (value: unknown) => (typeof value === 'string' && NAME.test(value) ? value : undefined);

/**
 * An error as the log may hold it. Messages are dropped because they carry
 * values: PostgreSQL's "invalid input syntax for type uuid: "…"" and "Key
 * (email)=(…) already exists", PGlite's `query` and `params`, JSON.parse's
 * snippet of the input. What is kept says which code path failed and why in
 * codes, enough to find the bug, and nothing a person wrote.
 */
export function loggableError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & Record<string, unknown>;
  const out: LoggedError = { type: pick(e.constructor?.name) ?? pick(e.name) ?? 'Error' };
  const code = pick(e.code);
  if (code) out.code = code;
  for (const key of ['constraint', 'table', 'column', 'routine'] as const) {
    const value = pick(e[key]);
    if (value) out[key] = value;
  }
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  if (frames.length) out.stack = frames.join('\n');
  if (e.cause !== undefined && depth < 3) out.cause = loggableError(e.cause, depth + 1);
  return out;
}

/**
 * pino (and Fastify, which calls `log.error(err)` or passes `err.message` as the
 * line's text) would make an error's message the line's `msg`: use its type instead.
 */
function withoutErrorMessages(this: pino.Logger, args: Parameters<pino.LogFn>, method: pino.LogFn): void {
  const [first, second] = args as unknown[];
  if (first instanceof Error) {
    return method.call(this, { err: first }, typeof second === 'string' && second !== first.message ? second : loggableError(first).type);
  }
  const err = first && typeof first === 'object' ? ((first as Record<string, unknown>).err ?? (first as Record<string, unknown>).error) : undefined;
  if (err instanceof Error && second === err.message) return method.call(this, first as object, loggableError(err).type);
  return method.apply(this, args);
}

/**
 * Structured logs that never carry secrets or personal content: cookies,
 * CSRF tokens, invite tokens and bodies are redacted, request URLs are
 * logged without their query string, and errors only by kind and code
 * (`loggableError`). They go to stdout, or to `logFile`; tests pass their own
 * `destination` to read what would be written.
 */
export function createLogger({ logLevel: level, logFile }: LogSettings, destination?: DestinationStream) {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.email',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(req: { method: string; url: string; id: string }) {
        return { id: req.id, method: req.method, url: req.url.split('?')[0] };
      },
      err: loggableError,
      error: loggableError,
    },
    hooks: { logMethod: withoutErrorMessages },
  };
  if (destination) return pino(options, destination);
  if (!logFile) return pino(options);
  const file = pino.destination({ dest: logFile, mkdir: true, append: true });
  return pino(options, pino.multistream([{ level, stream: file }, { level: 'warn', stream: process.stdout }]));
}

/**
 * The level of routine lines (a request answered, the server listening): kept in a
 * log file, but on the terminal only at `debug`, so `npm start` stays readable.
 */
export function routineLevel(logFile: string | undefined): 'info' | 'debug' {
  return logFile ? 'info' : 'debug';
}
export type Logger = ReturnType<typeof createLogger>;
