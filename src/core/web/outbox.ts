import { deviceDraft, type DeviceDraft } from './device-drafts';
import { randomId } from './random-id';

/**
 * Things a person made on this device that wait for the server: each under an id the device chose,
 * so sending one again (its answer was lost, the tab closed mid-way, two tabs sent it) is a repeat
 * the server recognises, never a second copy. An item is written to the device before it is sent
 * and forgotten only once the server took it: no loss, and with the server's dedupe, no duplicate.
 * Kept as the person's unsent drafts are (device-drafts.ts): theirs only, gone when they sign out.
 */
export interface OutboxItem<T> {
  id: string;
  /** When it was made on this device (ISO). */
  at: string;
  body: T;
}

export interface Outbox<T> {
  items(): OutboxItem<T>[];
  add(body: T): OutboxItem<T>;
  /** Sends what waits, oldest first; stops at the first failure (it stays for the next try). True: nothing waits. */
  flush(send: (item: OutboxItem<T>) => Promise<unknown>): Promise<boolean>;
  subscribe(listener: () => void): () => void;
}

/** The outbox over any one-value store (tests give it a plain one; the app, the device's). */
export function outboxIn<T>(store: DeviceDraft, now: () => Date = () => new Date(), newId: () => string = randomId): Outbox<T> {
  const listeners = new Set<() => void>();
  let running: Promise<boolean> | null = null;
  // The same stored text gives the same array, so a screen can subscribe to `items` (useSyncExternalStore).
  let last: { raw: string | null; items: OutboxItem<T>[] } = { raw: null, items: [] };
  const read = (): OutboxItem<T>[] => {
    const raw = store.load();
    if (raw === last.raw) return last.items;
    let items: OutboxItem<T>[] = [];
    try {
      const parsed: unknown = JSON.parse(raw ?? '[]');
      if (Array.isArray(parsed)) items = parsed as OutboxItem<T>[];
    } catch {
      // Unreadable: nothing waits.
    }
    last = { raw, items };
    return items;
  };
  const write = (items: OutboxItem<T>[]) => {
    store.save(items.length ? JSON.stringify(items) : null);
    for (const listener of listeners) listener();
  };
  async function sendAll(send: (item: OutboxItem<T>) => Promise<unknown>): Promise<boolean> {
    // Read afresh each time: another tab may have added or sent one meanwhile.
    for (let next = read()[0]; next; next = read()[0]) {
      try {
        await send(next);
      } catch {
        return false;
      }
      const sent = next.id;
      write(read().filter((i) => i.id !== sent));
    }
    return true;
  }
  return {
    items: read,
    add(body) {
      const item = { id: newId(), at: now().toISOString(), body };
      write([...read(), item]);
      return item;
    },
    flush(send) {
      // One sending at a time in this tab; a flush asked for meanwhile waits for it, then looks again.
      const previous = running ?? Promise.resolve(true);
      const current = previous.then(() => sendAll(send));
      running = current;
      void current.finally(() => {
        if (running === current) running = null;
      });
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const outboxes = new Map<string, Outbox<unknown>>();

/** `name`'s outbox of the person signed in here: one per tab, so its screens and its sender share it. */
export function outboxFor<T>(userId: string, name: string): Outbox<T> {
  const key = `${userId}.${name}`;
  let box = outboxes.get(key);
  if (!box) {
    box = outboxIn<unknown>(deviceDraft(userId, `outbox.${name}`));
    outboxes.set(key, box);
  }
  return box as Outbox<T>;
}
