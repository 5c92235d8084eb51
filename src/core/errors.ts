import { httpCopy } from './http/copy';
/**
 * Domain code throws these; one error handler (core/http/errors-plugin) maps
 * them to status codes and the single error shape `{ error: { code, message } }`.
 * Messages are shown to people in distress: keep them plain and kind.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends AppError {
  constructor(code: string, message: string) {
    super(400, code, message);
  }
}
export class Unauthorized extends AppError {
  constructor(message: string = httpCopy.logIn) {
    super(401, 'unauthorized', message);
  }
}
export class Forbidden extends AppError {
  constructor(code: string, message: string) {
    super(403, code, message);
  }
}
export class NotFound extends AppError {
  constructor(message: string = httpCopy.notFound) {
    super(404, 'not_found', message);
  }
}
export class Conflict extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}
export class Gone extends AppError {
  constructor(code: string, message: string) {
    super(410, code, message);
  }
}
/** The session's app lock is on: only unlocking (or signing out) goes through until the PIN is given. */
export class Locked extends AppError {
  constructor(message: string = httpCopy.locked) {
    super(423, 'locked', message);
  }
}
export class TooManyRequests extends AppError {
  constructor(
    message: string = httpCopy.tooManyTries,
    /** Sent as Retry-After, when known. */
    readonly retryAfterSeconds?: number,
  ) {
    super(429, 'rate_limited', message);
  }
}
