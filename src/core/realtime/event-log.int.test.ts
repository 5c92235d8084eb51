import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db';
import { CoupleScope } from '../couple-scope';
import { z } from 'zod';
import { defineEvents } from '../contracts';
import { connect } from 'nats';
import { EventLog, type NodeMessage } from './event-log';
import { NatsBus } from './live-bus';

/** Events of a made-up feature, for the log's own tests. */
const testEvents = defineEvents({
  'test.small': { payload: z.object({ mapId: z.string(), n: z.number() }), feed: true },
  'test.big': { payload: z.object({ text: z.string() }), feed: true },
  'test.quiet': { payload: z.object({}), feed: false },
  'test.one': { payload: z.object({}), feed: true },
  'test.two': { payload: z.object({}), feed: true },
  'test.undone': { payload: z.object({}), feed: true },
  'test.phantom': { payload: z.object({}), feed: true },
  'test.rolled_back': { payload: z.object({}), feed: true },
  'test.after': { payload: z.object({}), feed: true },
});

let t: TestDatabase;
let coupleId: string;
const heard: NodeMessage[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  [{ id: coupleId }] = (await t.db.query<{ id: string }>(`insert into couples (name) values ('Us') returning id`)) as [{ id: string }];
  await t.db.listen(t.channel, (payload) => heard.push(JSON.parse(payload) as NodeMessage));
});
afterAll(() => t.drop());

async function until<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('not heard');
}

describe('the event log’s NOTIFY', () => {
  it('carries the appended event inline, exactly as append returned it', async () => {
    const log = new EventLog(t.channel);
    const event = await t.db.transaction((tx) => log.append(tx, testEvents, { coupleId, type: 'test.small', actorId: null, payload: { mapId: 'x', n: 1 } }));
    const message = await until(() => heard.find((m) => m.k === 'event' && m.e.seq === event.seq));
    expect(message).toEqual({ k: 'event', c: coupleId, a: null, e: event });
    expect(event.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('sends a reference instead when the event would not fit a NOTIFY, and carries its audience', async () => {
    const log = new EventLog(t.channel);
    const [member] = await t.db.query<{ id: string }>(
      `insert into users (email, email_normalized, display_name, password_hash) values ('big@x.test', 'big@x.test', 'Big', 'x') returning id`,
    );
    const event = await t.db.transaction((tx) =>
      log.append(tx, testEvents, { coupleId, type: 'test.big', actorId: null, payload: { text: 'a'.repeat(8000) }, audience: member!.id }),
    );
    const message = await until(() => heard.find((m) => m.k === 'event-ref' && m.seq === event.seq));
    expect(message).toEqual({ k: 'event-ref', c: coupleId, seq: event.seq, a: member!.id });
  });

  it('says nothing when the transaction rolls back', async () => {
    const log = new EventLog(t.channel);
    const before = heard.length;
    await expect(
      t.db.transaction(async (tx) => {
        await log.append(tx, testEvents, { coupleId, type: 'test.rolled_back', actorId: null });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await log.append(t.db, testEvents, { coupleId, type: 'test.after', actorId: null });
    await until(() => heard.find((m) => m.k === 'event' && m.e.type === 'test.after'));
    expect(heard.slice(before).some((m) => m.k === 'event' && m.e.type === 'test.rolled_back')).toBe(false);
  });
});

describe('appending through a contract', () => {
  it('takes the feed flag from the contract and refuses a payload the contract does not declare', async () => {
    const log = new EventLog(t.channel);
    const quiet = await log.append(t.db, testEvents, { coupleId, type: 'test.quiet', actorId: null });
    const loud = await log.append(t.db, testEvents, { coupleId, type: 'test.small', actorId: null, payload: { mapId: 'x', n: 2 } });
    expect([quiet.feed, loud.feed]).toEqual([false, true]);
    const wrong = { mapId: 'x', n: 'two' } as unknown as { mapId: string; n: number };
    await expect(log.append(t.db, testEvents, { coupleId, type: 'test.small', actorId: null, payload: wrong })).rejects.toThrow();
    const undeclared = 'test.unknown' as 'test.quiet';
    await expect(log.append(t.db, testEvents, { coupleId, type: undeclared, actorId: null })).rejects.toThrow(/not declared/);
  });
});

describe('a couple scope’s committed events', () => {
  it('reach this process’s listeners after commit, in order, and never from a rolled-back transaction', async () => {
    const log = new EventLog(t.channel);
    const local: Array<{ seq: number; audience: string | null }> = [];
    const stop = log.onLocalMessage((m) => {
      if (m.k !== 'event') return;
      expect(m.c).toBe(coupleId);
      local.push({ seq: m.e.seq, audience: m.a });
    });
    const scope = new CoupleScope(coupleId, 'someone', t.db, log);
    const [first, second] = await scope.transaction(async (tx) => {
      const one = await tx.append(testEvents, { type: 'test.one', actorId: null });
      // Not yet committed: nobody may hear of it.
      expect(local).toEqual([]);
      return [one, await tx.append(testEvents, { type: 'test.two', actorId: null })];
    });
    expect(local).toEqual([
      { seq: first!.seq, audience: null },
      { seq: second!.seq, audience: null },
    ]);
    await expect(
      scope.transaction(async (tx) => {
        await tx.append(testEvents, { type: 'test.undone', actorId: null });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(local).toHaveLength(2);

    // A statement failed and someone caught it: the database rolls back at COMMIT, so nothing may look saved.
    await expect(
      scope.transaction(async (tx) => {
        await tx.append(testEvents, { type: 'test.phantom', actorId: null });
        await tx.query('select no_such_column from couples where id = $1').catch(() => {});
        return 'looks fine';
      }),
    ).rejects.toThrow();
    expect(local).toHaveLength(2);
    stop();
  });
});

describe('a session ending or a couple changing', () => {
  it('reaches this process’s own listeners once committed (at once outside a transaction), never when rolled back, and only those kinds', async () => {
    const log = new EventLog(t.channel);
    const local: string[] = [];
    const stop = log.onLocalMessage((m) => local.push(m.k === 'membership' ? `membership:${m.c}` : m.k));
    await log.publish(t.db, { k: 'revoke', u: 'someone', s: null });
    expect(local).toEqual(['revoke']);

    await t.db.transaction(async (tx) => {
      await log.publish(tx, { k: 'membership', u: 'someone', c: null });
      expect(local).toEqual(['revoke']); // not before the commit
    });
    expect(local).toEqual(['revoke', 'membership:null']);

    await expect(
      t.db.transaction(async (tx) => {
        await log.publish(tx, { k: 'revoke', u: 'someone', s: ['x'] });
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    await log.publish(t.db, { k: 'presence', c: coupleId, p: { userId: 'someone', online: true, lastSeenAt: null } });
    expect(local).toEqual(['revoke', 'membership:null']);
    stop();
  });
});

describe.skipIf(process.env.TEST_NATS === 'off')('on the NATS bus', () => {
  it('publishes a couple’s event on its subject once committed, never from a rolled-back transaction, and a reference when too large', async () => {
    const natsUrl = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
    const bus = new NatsBus({ url: natsUrl, prefix: t.channel, warn: () => {} });
    await bus.start(t.db, { hear: () => {}, resumed: () => {} });
    const watcher = await connect({ servers: natsUrl });
    const published: NodeMessage[] = [];
    watcher.subscribe(bus.subject({ couple: coupleId }), { callback: (_e, msg) => published.push(msg.json<NodeMessage>()) });
    await watcher.flush();
    const log = new EventLog(bus);
    await expect(
      t.db.transaction(async (tx) => {
        await log.append(tx, testEvents, { coupleId, type: 'test.rolled_back', actorId: null });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const event = await t.db.transaction(async (tx) => {
      const appended = await log.append(tx, testEvents, { coupleId, type: 'test.one', actorId: null });
      await watcher.flush();
      expect(published).toEqual([]); // not before the commit
      return appended;
    });
    await until(() => published.find((m) => m.k === 'event' && m.e.seq === event.seq));
    expect(published).toEqual([{ k: 'event', c: coupleId, a: null, e: event }]);

    // Larger than the server takes in one message: its seq travels instead, read back from the log.
    const big = await log.append(t.db, testEvents, { coupleId, type: 'test.big', actorId: null, payload: { text: 'a'.repeat(watcher.info!.max_payload) } });
    expect(await until(() => published.find((m) => m.k === 'event-ref'))).toEqual({ k: 'event-ref', c: coupleId, seq: big.seq, a: null });
    await watcher.close();
    await bus.stop();
  });
});
