import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '../../src/core/db/database';
import type { LiveSocket, TestClient } from './client';
import { documentedRoutes, type DocumentedRoute } from './openapi';
import { startTestApp, type TestApp } from './test-app';

/**
 * Two couples living the same life side by side, where one partner in one of them does something
 * private: the other partner's view of the world must come out identical in both. These are the
 * pieces such a test compares (test/safety-check.int.test.ts, test/tell-therapist-privately.int.test.ts).
 */

/**
 * A reply as the comparison reads it: ids, timestamps, tokens and the order of a presence list
 * (the server lists it by id) differ between any two couples, nothing else may. Each person's id
 * becomes their name (`people`), so an actor that differs still shows; `also` masks more that
 * differs by construction (an email each couple's therapist signed up with).
 */
export function normalised(value: unknown, people: Record<string, string>, also: Array<[RegExp, string]> = []): string {
  let text = JSON.stringify(value);
  for (const [id, name] of Object.entries(people)) text = text.replaceAll(id, `<${name}>`);
  text = text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\b[0-9a-f]{64}\b/g, '<token>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/"csrfToken":"[^"]+"/g, '"csrfToken":"<token>"');
  for (const [pattern, mask] of also) text = text.replace(pattern, mask);
  const inOrder = (key: string, v: unknown) => (key === 'presence' && Array.isArray(v) ? [...v].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))) : v);
  return JSON.stringify(JSON.parse(text), inOrder);
}

/** Every read a partner's device can make without naming a resource. */
export const partnerReadsOf = (routes: DocumentedRoute[]): DocumentedRoute[] =>
  routes.filter((r) => r.method === 'GET' && !r.url.includes(':') && !r.url.includes('openapi'));

/** What `client` gets from each of `reads`, status and normalised body. */
export async function everythingSeenBy(client: TestClient, reads: DocumentedRoute[], people: Record<string, string>, also: Array<[RegExp, string]> = []): Promise<Record<string, string>> {
  const seen: Record<string, string> = {};
  for (const route of reads) {
    const res = await client.get(route.url);
    seen[route.url] = `${res.status} ${normalised(res.body, people, also)}`;
  }
  return seen;
}

/** The space's event head and the partner's push queue: what a private act must not move. */
export async function partnerWorld(db: Database, coupleId: string, partnerId: string): Promise<{ headSeq: number; pushes: number }> {
  const [head] = await db.query<{ seq: number }>('select coalesce(max(seq), 0)::int as seq from couple_events where couple_id = $1', [coupleId]);
  const [pushes] = await db.query<{ n: number }>('select count(*)::int as n from push_outbox where user_id = $1', [partnerId]);
  return { headSeq: head!.seq, pushes: pushes!.n };
}

/** One side of a side-by-side test: the space, the partner who must notice nothing, their socket, and who is who. */
export interface WatchedSide {
  coupleId: string;
  partner: TestClient;
  socket: LiveSocket;
  people: Record<string, string>;
}

/**
 * Once the same ordinary step (`step`, one event in each space) has followed the private act in
 * one space: the partner's event head and push queue moved by exactly that one event in both, and
 * their socket frames read the same, so a frame carrying anything of the private act would show.
 */
export async function expectPartnersAlikeAfter(db: Database, sides: [WatchedSide, WatchedSide], before: { headSeq: number }, step: (side: WatchedSide) => Promise<void>): Promise<void> {
  for (const side of sides) await step(side);
  await Promise.all(sides.map((s) => s.socket.next((m) => m.type === 'event' && m.event.seq === before.headSeq + 1)));
  const after = await Promise.all(sides.map((s) => partnerWorld(db, s.coupleId, s.partner.userId!)));
  expect(after[0]).toEqual(after[1]);
  expect(after[0]!.headSeq).toBe(before.headSeq + 1);
  expect(normalised(sides[0].socket.messages, sides[0].people)).toBe(normalised(sides[1].socket.messages, sides[1].people));
  expect(sides[0].socket.messages.length).toBeGreaterThan(1);
}

/** One app for a side-by-side suite, and every read a partner's device can make of it (call at the top of the file). */
export function sideBySideApp(): { readonly app: TestApp; readonly partnerReads: DocumentedRoute[] } {
  let app: TestApp | undefined;
  let reads: DocumentedRoute[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    reads = partnerReadsOf(await documentedRoutes(app.url));
  });
  afterAll(() => app?.close());
  return {
    get app() {
      if (!app) throw new Error('the app runs only inside the suite’s tests');
      return app;
    },
    get partnerReads() {
      return reads;
    },
  };
}
