import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeviceDraft } from './device-drafts';
import { outboxIn, type OutboxItem } from './outbox';

/** The device's storage, which outlives any one tab (a crash keeps it). */
function deviceStore(): DeviceDraft & { value: string | null } {
  const store = {
    value: null as string | null,
    load: () => store.value,
    save: (v: string | null) => void (store.value = v),
  };
  return store;
}

type Network = 'online' | 'offline' | 'lossy';

/** A server that takes an item once per id (as the journal's client id does), behind a network that may drop either way. */
function serverBehind() {
  const rows = new Map<string, string>();
  let network: Network = 'online';
  let hang: 'after-commit' | 'before-commit' | null = null;
  const send = async (item: OutboxItem<string>) => {
    await Promise.resolve();
    if (hang) {
      // The tab dies here: the request may or may not have reached the server, and nothing answers.
      if (hang === 'after-commit' && !rows.has(item.id)) rows.set(item.id, item.body);
      hang = null;
      return new Promise<never>(() => {});
    }
    if (network === 'offline') throw new Error('offline');
    if (!rows.has(item.id)) rows.set(item.id, item.body);
    // Taken, but the answer is lost on the way back.
    if (network === 'lossy') throw new Error('no answer');
  };
  return {
    rows,
    send,
    setNetwork: (n: Network) => void (network = n),
    /** The next send dies (until `calm()`: with nothing waiting, no send comes). */
    crashDuringNextSend: (when: 'after-commit' | 'before-commit') => void (hang = when),
    calm: () => void (hang = null),
  };
}

type Step = { kind: 'add'; text: string } | { kind: 'network'; to: Network } | { kind: 'flush' } | { kind: 'crash'; when: 'after-commit' | 'before-commit' } | { kind: 'reopen' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), text: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('network' as const), to: fc.constantFrom<Network>('online', 'offline', 'lossy') }),
  fc.record({ kind: fc.constant('flush' as const) }),
  fc.record({ kind: fc.constant('crash' as const), when: fc.constantFrom('after-commit' as const, 'before-commit' as const) }),
  fc.record({ kind: fc.constant('reopen' as const) }),
);

describe('outbox', () => {
  it('delivers everything added exactly once, through any sequence of offline, lost answers, crashes and reopenings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const store = deviceStore();
        const server = serverBehind();
        let box = outboxIn<string>(store);
        const added: string[] = [];
        for (const s of steps) {
          if (s.kind === 'add') added.push(box.add(s.text).body);
          else if (s.kind === 'network') server.setNetwork(s.to);
          else if (s.kind === 'flush') await box.flush(server.send);
          else if (s.kind === 'reopen') box = outboxIn<string>(store);
          else {
            // A flush in flight when the tab dies: its promise never settles, and a new tab opens on the same device.
            server.crashDuringNextSend(s.when);
            void box.flush(server.send);
            await new Promise((r) => setTimeout(r, 0));
            server.calm();
            box = outboxIn<string>(store);
          }
        }
        server.setNetwork('online');
        expect(await box.flush(server.send)).toBe(true);
        expect(box.items()).toEqual([]);
        expect(store.value).toBeNull();
        expect([...server.rows.values()].sort()).toEqual([...added].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what could not be sent, in order, and a flush asked for while one runs waits for it', async () => {
    const store = deviceStore();
    const server = serverBehind();
    const box = outboxIn<string>(store);
    const first = box.add('first');
    box.add('second');
    server.setNetwork('offline');
    expect(await box.flush(server.send)).toBe(false);
    expect(box.items().map((i) => i.body)).toEqual(['first', 'second']);
    // Kept on the device: a new tab sees the same ids.
    expect(outboxIn<string>(store).items()[0]!.id).toBe(first.id);
    server.setNetwork('online');
    const sent: string[] = [];
    const counting = (item: OutboxItem<string>) => (sent.push(item.body), server.send(item));
    expect(await Promise.all([box.flush(counting), box.flush(counting)])).toEqual([true, true]);
    expect(sent).toEqual(['first', 'second']);
    expect(server.rows.size).toBe(2);
  });

  it('tells its listeners when what waits changes', async () => {
    const box = outboxIn<string>(deviceStore());
    let heard = 0;
    const stop = box.subscribe(() => heard++);
    box.add('a');
    await box.flush(async () => {});
    stop();
    box.add('b');
    expect(heard).toBe(2);
  });
});
