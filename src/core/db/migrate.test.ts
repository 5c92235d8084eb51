import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMigrationNames, loadMigrations, splitStatements } from './migrate';

describe('splitStatements', () => {
  it('splits on semicolons and drops comment lines and blank statements', () => {
    const sql = `-- Why: a test.\ncreate table a (id int);\n\n-- a note; with a semicolon\ncreate index a_idx on a(id);\n;\n`;
    expect(splitStatements(sql)).toEqual(['create table a (id int)', 'create index a_idx on a(id)']);
  });

  it('keeps semicolons inside strings, quoted identifiers, dollar quotes and comments', () => {
    const sql = [
      `comment on table a is 'one; two'`,
      `select 'it''s; fine'`,
      `select E'a\\'; b'`,
      `create table "odd;name" (id int)`,
      `create function f() returns int language sql as $$ select 1; $$`,
      `create function g() returns int language sql as $body$ select 2; $body$`,
      `create table b (id int /* a; b /* nested; */ still comment; */)`,
    ];
    const text = sql.join(';\n') + '; -- trailing; comment\n';
    expect(splitStatements(text)).toEqual([
      `comment on table a is 'one; two'`,
      `select 'it''s; fine'`,
      `select E'a\\'; b'`,
      `create table "odd;name" (id int)`,
      `create function f() returns int language sql as $$ select 1; $$`,
      `create function g() returns int language sql as $body$ select 2; $body$`,
      `create table b (id int  )`,
    ]);
  });

  it('does not mistake $1 or a name ending in $ for a dollar quote', () => {
    expect(splitStatements('select $1; select a$ from t; select 2')).toEqual(['select $1', 'select a$ from t', 'select 2']);
  });

  it('returns every statement of any migration-shaped text, whatever semicolons hide in strings and comments', () => {
    const word = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
    const stringBody = fc.string({ unit: fc.constantFrom('a', ' ', ';', "''", '-', '/', '*', '$') });
    const part = fc.oneof(
      word,
      stringBody.map((s) => `'${s}'`),
      fc.string({ unit: fc.constantFrom('a', ';', "'", ' ') }).map((s) => `$q$${s}$q$`),
    );
    const statement = fc.array(part, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom('a', ';', "'", ' ') }), (statements, noise) => {
        const text = `-- ${noise}\n` + statements.map((s) => `${s}; -- ${noise}\n/* ${noise.replaceAll('*/', '')} */`).join('\n');
        expect(splitStatements(text)).toEqual(statements.map((s) => s.trim()));
      }),
    );
  });
});

describe('migration files', () => {
  it('reads the numbered migrations in order', async () => {
    const migrations = await loadMigrations();
    expect(migrations[0]?.version).toBe(1);
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(new Set(versions).size).toBe(versions.length);
    for (const m of migrations) expect(m.sql.startsWith('-- Why:'), `${m.name} opens with its why`).toBe(true);
  });

  it('refuses two files sharing a number, and a .sql file that would silently never run', () => {
    expect(checkMigrationNames(['0001_a.sql', '0002_b.sql'])).toEqual([
      { file: '0001_a.sql', version: 1 },
      { file: '0002_b.sql', version: 2 },
    ]);
    expect(() => checkMigrationNames(['0001_a.sql', '0002_b.sql', '0002_c.sql'])).toThrow(/0002_b\.sql and 0002_c\.sql share the number 2/);
    expect(() => checkMigrationNames(['0001_a.sql', '2_b.sql'])).toThrow(/2_b\.sql must be named NNNN_description\.sql/);
  });
});
