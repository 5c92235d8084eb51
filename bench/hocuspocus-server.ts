// Child process: what a team would pick for the pattern map instead — a Hocuspocus server
// (@hocuspocus/server) with its database extension keeping each Y document in PostgreSQL
// (bytea, in a fresh schema dropped on stop). Its defaults as documented: updates are relayed
// to the other connections at once; the document is stored debounced (2 s, at most 10 s),
// so an edit is acknowledged to nobody and relayed before it is saved. A connection is
// authorized once, when it opens (the token must belong to a member of the document's couple).
import { randomBytes } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import pg from 'pg';
import { onStop } from './lib';

const coupleCount = Number(process.env.BENCH_COUPLES ?? 1000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
const schema = `hocuspocus_${randomBytes(4).toString('hex')}`;

const admin = new pg.Client({ connectionString: postgresUrl });
await admin.connect();
await admin.query(`create schema ${schema}`);
await admin.end();
const pool = new pg.Pool({ connectionString: postgresUrl, options: `-c search_path=${schema}`, max: 10 });
await pool.query('create table documents (name text primary key, data bytea not null)');

/** Token → the one document it may open: couple i's map, for each of its two people. */
const tokens = new Map<string, string>();
const couples = Array.from({ length: coupleCount }, (_, i) => {
  const [a, b] = [randomBytes(16).toString('hex'), randomBytes(16).toString('hex')];
  tokens.set(a, `map-${i}`).set(b, `map-${i}`);
  return { document: `map-${i}`, a, b };
});

const server = new Server({
  address: '127.0.0.1',
  port: 0,
  quiet: true,
  stopOnSignals: false,
  async onAuthenticate({ token, documentName }) {
    if (tokens.get(token) !== documentName) throw new Error('not this couple’s map');
  },
  extensions: [
    new Database({
      fetch: async ({ documentName }) => {
        const { rows } = await pool.query<{ data: Buffer }>('select data from documents where name = $1', [documentName]);
        return rows[0] ? new Uint8Array(rows[0].data) : null;
      },
      store: async ({ documentName, state }) => {
        await pool.query('insert into documents (name, data) values ($1, $2) on conflict (name) do update set data = excluded.data', [documentName, state]);
      },
    }),
  ],
});
await server.listen();

onStop(async () => {
  await server.destroy();
  await pool.query(`drop schema ${schema} cascade`);
  await pool.end();
});
process.send!({ ready: { url: server.webSocketURL, couples } });
