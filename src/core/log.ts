import pino, { type DestinationStream } from 'pino';

export interface LogSettings {
  logLevel: string;
  /** When set, every line goes to this file and the terminal keeps only warnings and errors. */
  logFile: string | undefined;
}

/**
 * Structured logs that never carry secrets or personal content: cookies,
 * CSRF tokens, invite tokens and bodies are redacted, and request URLs are
 * logged without their query string. They go to stdout, or to `logFile`;
 * tests pass their own `destination` to read what would be written.
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
    },
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
