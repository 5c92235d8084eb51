// The partner actions the latency bench times, each from the actor's first byte
// to the partner's socket holding the event. Each runs against the same relay
// baseline, in the same run.
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { newSideDoc } from '../src/features/pattern-map/side-doc';
import type { OffbeatClient, Scenario } from './latency';

/** Foundation: A renames the couple's space; B's screen gets `couple.renamed`. */
export const coupleRename: Scenario = {
  label: 'space renamed',
  keyOf: (e) => (e.type === 'couple.renamed' && typeof e.payload?.name === 'string' ? e.payload.name : null),
  expect: (_couple, _from, k) => `ev-${k}`,
  act: (couple, from, k) => couple[from].call('PATCH', '/api/couple', { name: `ev-${k}` }).then(() => {}),
};

/** The map edit: `text` typed at the end of a field, which is kept under its length cap however long the run. */
export function typeAtEnd(field: Y.Text, text: string): void {
  field.doc!.transact(() => {
    field.insert(field.length, text);
    if (field.length > 1500) field.delete(0, field.length - 200);
  });
}

/**
 * Pattern map (#4): a keystroke batch on my own shared side, as the web client
 * sends it (a Yjs update of one typed word); the partner's screen gets `map.sync`.
 */
export function mapEdit(): Scenario {
  const mapOf = new Map<OffbeatClient, string>();
  const docOf = new Map<OffbeatClient, Y.Doc>();
  /** Types `text` at the end of the visible move and returns that edit as one update. */
  const type = (doc: Y.Doc, text: string): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    typeAtEnd(doc.getText('move'), text);
    return Y.encodeStateAsUpdate(doc, before);
  };
  const send = (client: OffbeatClient, text: string) =>
    client.call('POST', `/api/maps/${mapOf.get(client)}/sides/${client.person.userId}/updates`, { update: Buffer.from(type(docOf.get(client)!, text)).toString('base64') });
  return {
    label: 'map edit',
    keyOf: (e) => (e.type === 'map.sync' && typeof e.payload?.ownerId === 'string' ? e.payload.ownerId : null),
    async prepare(couple) {
      const { id } = await couple.a.call<{ id: string }>('POST', '/api/maps', { name: 'the tango' });
      for (const side of ['a', 'b'] as const) {
        const client = couple[side];
        mapOf.set(client, id);
        docOf.set(client, newSideDoc());
        await send(client, 'I text again to check we are OK. ');
        await client.call('POST', `/api/maps/${id}/share`);
      }
    },
    // One edit per side is in flight at a time, so the author identifies it.
    expect: (couple, from) => couple[from].person.userId,
    act: (couple, from, k) => send(couple[from], `again ${k} `).then(() => {}),
  };
}

/**
 * In the moment (#5): A asks for a 10-minute same-room pause with a tether; B's
 * screen gets `pause.requested`. Untimed afterwards, A withdraws it so the couple
 * can ask again later in the run (one live pause per couple).
 */
export const pauseStart: Scenario = {
  label: 'pause asked for',
  keyOf: (e) => (e.type === 'pause.requested' ? 'pause.requested' : null),
  expect: () => 'pause.requested',
  act: (couple, from) =>
    couple[from]
      .call('POST', '/api/pause/commands', {
        commandId: randomUUID(),
        command: { type: 'request', minutes: 10, where: 'same_room', tether: 'I am coming back. I love you.', returnPlan: 'talk' },
      })
      .then(() => {}),
  settle: (couple, from) => couple[from].call('POST', '/api/pause/commands', { commandId: randomUUID(), command: { type: 'cancel' } }).then(() => {}),
};

/**
 * "We're doing the thing" (#3): one tap; the partner's screen gets `signal.sent` (or
 * `signal.repeated` when it folds into the same sender's open signal, as a second tap does).
 */
export const signalTap: Scenario = {
  label: 'signal sent',
  keyOf: (e) => (e.type === 'signal.sent' || e.type === 'signal.repeated' ? 'signal' : null),
  expect: () => 'signal',
  act: (couple, from) => couple[from].call('POST', '/api/signals', { clientId: randomUUID(), need: null }).then(() => {}),
};
