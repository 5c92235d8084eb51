import { Writable } from 'node:stream';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLogger, loggableError } from './log';

function capture(level = 'trace') {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger({ logLevel: level, logFile: undefined }, sink), text: () => lines.join('\n') };
}

/** A PostgreSQL unique violation as `pg` delivers it: the value is in the message's detail. */
function pgUniqueViolation(value: string) {
  const error = new pg.DatabaseError(`duplicate key value violates unique constraint "users_email_key"`, 100, 'error');
  Object.assign(error, { code: '23505', detail: `Key (email)=(${value}) already exists.`, constraint: 'users_email_key', table: 'users', schema: 'public', routine: '_bt_check_unique', where: `SQL function with ${value}` });
  return error;
}

/** A PGlite error: it carries the statement and its parameters, and a message quoting the value. */
function pgliteBadInput(value: string) {
  const error = new Error(`invalid input syntax for type uuid: "${value}"`);
  Object.assign(error, { code: '22P02', query: 'update repair_answers set text = $2 where id = $1', params: ['7', value], queryOptions: {}, routine: 'string_to_uuid' });
  return error;
}

describe('logged errors', () => {
  it('keep the kind, codes and stack frames of a database error, never its message, detail, statement or parameters', () => {
    const logged = loggableError(pgUniqueViolation('canary-unique-value'));
    expect(logged).toMatchObject({ type: 'DatabaseError', code: '23505', constraint: 'users_email_key', table: 'users', routine: '_bt_check_unique' });
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toContain('canary');
    expect(JSON.stringify(loggableError(pgliteBadInput('canary-param')))).not.toContain('canary');
  });

  it('follow the cause, and describe a thrown non-error only by its type', () => {
    const wrapped = new Error('could not save canary-outer', { cause: pgliteBadInput('canary-inner') });
    expect(loggableError(wrapped)).toMatchObject({ type: 'Error', cause: { type: 'Error', code: '22P02' } });
    expect(JSON.stringify(loggableError(wrapped))).not.toContain('canary');
    expect(loggableError('canary as a string')).toEqual({ type: 'string' });
  });

  it('drop codes and names that are not plain identifiers (a value could hide there)', () => {
    const odd = Object.assign(new Error('x'), { code: 'canary with spaces', constraint: 'ok_name' });
    expect(loggableError(odd)).toEqual(expect.objectContaining({ constraint: 'ok_name' }));
    expect(loggableError(odd).code).toBeUndefined();
  });

  it('never reach a log line through any way of logging them', () => {
    const { log, text } = capture();
    const errors = [pgUniqueViolation('canary-a'), pgliteBadInput('canary-b'), new SyntaxError('Unexpected token, "canary-c" is not valid JSON')];
    for (const err of errors) {
      log.error({ err }, 'request failed');
      log.warn({ error: err }, 'push delivery failed');
      // Fastify's own ways: the error alone, or its message as the line's text.
      log.error(err);
      log.error({ err }, err.message);
      log.child({ reqId: 'r1' }).debug(err);
    }
    const written = text();
    expect(written).toContain('request failed');
    expect(written).toContain('"code":"23505"');
    expect(written).toContain('"type":"SyntaxError"');
    expect(written).not.toContain('canary');
  });

  it('keep a line’s own text when it is not the error’s message', () => {
    const { log, text } = capture();
    log.warn(new Error('canary-d'), 'reminder sweep failed');
    expect(text()).toContain('reminder sweep failed');
    expect(text()).not.toContain('canary');
  });
});
