import path from 'node:path';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { loadConfig, type Config } from '../../src/core/config';
import type { Database } from '../../src/core/db/database';
import { buildApp, type BuiltApp } from '../../src/core/http/app';
import type { LiveBus } from '../../src/core/realtime/live-bus';
import { features } from '../../src/server/features';
import { createTestDatabase, type TestDatabase } from './test-db';

export interface TestServer {
  url: string;
  app: BuiltApp;
  db: Database;
  close(): Promise<void>;
}

export interface TestApp extends TestServer {
  testDb: TestDatabase;
  /** Starts a second app process's worth of server on the same database, its own pool (PostgreSQL only). */
  startAnotherNode(overrides?: Partial<Config>, options?: TestAppOptions): Promise<TestServer>;
  /**
   * Another server on the same database and pool with different settings (e.g.
   * an https PUBLIC_ORIGIN or trustProxy), cheaper than a fresh database. Closed with the app.
   */
  startVariant(overrides: Partial<Config>, options?: TestAppOptions): Promise<TestServer>;
}

export interface TestAppOptions {
  /** Receives the server's logs (pino JSON lines), e.g. to check nothing secret is written. */
  logDestination?: DestinationStream;
  /** The server's clock (epoch ms), e.g. to move past an app lock's minutes. */
  now?: () => number;
  /** The live bus for this run's channel, instead of the one the config names (e.g. one that counts what it hears). */
  bus?: (channel: string) => LiveBus;
  /** How often the hub checks served couples against the log on a bus that may lose a message. */
  liveCheckMs?: number;
  /** Serve this database (closed with the app) instead of a fresh one, e.g. one a restore filled. */
  database?: TestDatabase;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig(
    {
      LOG_LEVEL: 'silent',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_ITERATIONS: '1',
      AUTH_RATE_LIMIT: '100000',
      RESET_RATE_LIMIT: '100000',
      // Uploaded media of a test run goes to a throwaway folder, never the project's ./data.
      MEDIA_DIR: path.join(os.tmpdir(), `offbeat-media-${process.pid}`),
      // TEST_LIVE_BUS=nats runs any suite over the NATS bus (test/live-bus.int.test.ts always does).
      LIVE_BUS: process.env.TEST_LIVE_BUS,
      NATS_URL: process.env.TEST_NATS_URL,
    },
    overrides,
  );
}

async function serve(db: Database, channel: string, config: Config, options: TestAppOptions = {}): Promise<TestServer> {
  const app = await buildApp({
    config,
    db,
    features,
    channel,
    logDestination: options.logDestination,
    now: options.now,
    bus: options.bus?.(channel),
    liveCheckMs: options.liveCheckMs,
  });
  await app.api.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.api.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, db, close: () => app.close() };
}

/** A real server on a random port with a fresh database, as the browser or a client sees it. */
export async function startTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = options.database ?? (await createTestDatabase());
  const config = testConfig(overrides);
  const first = await serve(testDb.db, testDb.channel, config, options);
  const others: TestServer[] = [];
  return {
    ...first,
    testDb,
    async startAnotherNode(variant = {}, nodeOptions = {}) {
      const node = await serve(await testDb.openAnother(), testDb.channel, testConfig({ ...overrides, ...variant }), nodeOptions);
      others.push(node);
      return node;
    },
    async startVariant(variant, variantOptions) {
      const node = await serve(testDb.db, testDb.channel, testConfig({ ...overrides, ...variant }), variantOptions);
      others.push(node);
      return node;
    },
    async close() {
      for (const node of others) await node.close();
      await first.close();
      await testDb.drop();
    },
  };
}
