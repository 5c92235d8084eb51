import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { checkSideUpdate, loadSideDoc, readSide, restoreUpdate, MAX_FIELD_LENGTH, ROLES_KEY, type Field } from './side-doc';
import { applySplice, diffText } from './text-diff';

/** An edit made on a client: returns just that edit's update. */
function edit(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => fn(doc));
  return Y.encodeStateAsUpdate(doc, before);
}

function clientFrom(state: Uint8Array | null, clientID: number): Y.Doc {
  const doc = loadSideDoc(state);
  doc.clientID = clientID;
  return doc;
}

describe('text diff', () => {
  it('turns any text into any other with one splice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
        const splice = diffText(before, after);
        expect(splice === null ? before : applySplice(before, splice)).toBe(after);
      }),
    );
  });

  it('is minimal for typing in the middle', () => {
    expect(diffText('I go quiet', 'I go very quiet')).toEqual({ index: 5, remove: 0, insert: 'very ' });
  });
});

describe('side document ownership', () => {
  const owner = () => clientFrom(null, 1);

  it('lets the owner write every layer and their roles', () => {
    const doc = owner();
    const update = edit(doc, (d) => {
      d.getText('fear').insert(0, 'that I am too much');
      d.getText('move').insert(0, 'I text again');
      d.getMap(ROLES_KEY).set('money', 'pursuer');
    });
    const result = checkSideUpdate(null, update, 'owner');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(new Set(result.touched)).toEqual(new Set(['fear', 'move', ROLES_KEY]));
      expect(readSide(loadSideDoc(result.state)).roles).toEqual({ money: 'pursuer' });
    }
  });

  it.each(['feeling', 'fear', 'longing'] as Field[])('refuses the partner writing the inner layer “%s”', (field) => {
    const base = checkSideUpdate(null, edit(owner(), (d) => d.getText(field).insert(0, 'mine')), 'owner');
    if (!base.ok) throw new Error('setup');
    const partner = clientFrom(base.state, 2);
    const result = checkSideUpdate(base.state, edit(partner, (d) => d.getText(field).insert(4, ' and yours')), 'partner');
    expect(result).toMatchObject({ ok: false, code: 'not_yours' });
    // Deleting the owner's words counts as writing too.
    const deletion = checkSideUpdate(base.state, edit(clientFrom(base.state, 3), (d) => d.getText(field).delete(0, 2)), 'partner');
    expect(deletion).toMatchObject({ ok: false, code: 'not_yours' });
  });

  it('lets the partner co-edit the outer layers', () => {
    const result = checkSideUpdate(null, edit(clientFrom(null, 2), (d) => d.getText('partnerSees').insert(0, 'someone who stops listening')), 'partner');
    expect(result.ok).toBe(true);
  });

  it('refuses roles from the partner, unknown fields, bad roles, oversize text and garbage', () => {
    expect(checkSideUpdate(null, edit(clientFrom(null, 2), (d) => d.getMap(ROLES_KEY).set('sex', 'distancer')), 'partner')).toMatchObject({ code: 'not_yours' });
    expect(checkSideUpdate(null, edit(clientFrom(null, 1), (d) => d.getText('secret').insert(0, 'x')), 'owner')).toMatchObject({ code: 'not_yours' });
    expect(checkSideUpdate(null, edit(clientFrom(null, 1), (d) => d.getMap(ROLES_KEY).set('sex', 'villain')), 'owner')).toMatchObject({ code: 'bad_role' });
    expect(checkSideUpdate(null, edit(clientFrom(null, 1), (d) => d.getText('move').insert(0, 'x'.repeat(MAX_FIELD_LENGTH + 1))), 'owner')).toMatchObject({ code: 'too_long' });
    expect(checkSideUpdate(null, new Uint8Array([1, 2, 3, 250, 9]), 'owner')).toMatchObject({ ok: false });
  });

  it('refuses an update that depends on changes the server never saw', () => {
    const client = clientFrom(null, 1);
    edit(client, (d) => d.getText('move').insert(0, 'first'));
    const second = edit(client, (d) => d.getText('move').insert(5, ' second'));
    expect(checkSideUpdate(null, second, 'owner')).toMatchObject({ ok: false, code: 'out_of_sync' });
  });
});

describe('co-editing one field', () => {
  it('never loses a keystroke when both partners type in the same field at once', () => {
    const typing = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 })), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), typing, typing, fc.array(fc.boolean(), { maxLength: 50 }), (initial, aKeys, bKeys, order) => {
        const seed = edit(clientFrom(null, 1), (d) => d.getText('situation').insert(0, initial.replace(/[a-zA-Z]/g, '.')));
        const start = checkSideUpdate(null, seed, 'owner');
        if (!start.ok) throw new Error('setup');
        const a = clientFrom(start.state, 10);
        const b = clientFrom(start.state, 20);
        // Each keystroke is a textarea edit turned into a splice, as the app does.
        const type = (doc: Y.Doc, keys: Array<[number, number]>, alphabet: string) =>
          keys.map(([pos, letter], i) =>
            edit(doc, (d) => {
              const text = d.getText('situation');
              const before = text.toString();
              const at = pos % (before.length + 1);
              const splice = diffText(before, before.slice(0, at) + alphabet[(letter + i) % alphabet.length] + before.slice(at))!;
              text.insert(splice.index, splice.insert);
            }),
          );
        const aUpdates = type(a, aKeys, 'abc');
        const bUpdates = type(b, bKeys, 'XYZ');
        const aLocal = a.getText('situation').toString();
        const bLocal = b.getText('situation').toString();
        // The server receives both streams interleaved in any order (each stream stays in its own order).
        const queue: Array<[Uint8Array, 'owner' | 'partner']> = [];
        let i = 0;
        let j = 0;
        for (const takeA of order) {
          if (takeA && i < aUpdates.length) queue.push([aUpdates[i++]!, 'owner']);
          else if (!takeA && j < bUpdates.length) queue.push([bUpdates[j++]!, 'partner']);
        }
        while (i < aUpdates.length) queue.push([aUpdates[i++]!, 'owner']);
        while (j < bUpdates.length) queue.push([bUpdates[j++]!, 'partner']);
        let state = start.state;
        for (const [update, writer] of queue) {
          const r = checkSideUpdate(state, update, writer);
          if (!r.ok) throw new Error(`refused ${r.code}`);
          state = r.state;
        }
        const merged = readSide(loadSideDoc(state)).fields.situation;
        expect(merged.length).toBe(initial.length + aKeys.length + bKeys.length);
        expect(merged.replace(/[^abc]/g, '')).toBe(aLocal.replace(/[^abc]/g, ''));
        expect(merged.replace(/[^XYZ]/g, '')).toBe(bLocal.replace(/[^XYZ]/g, ''));
        // And both clients converge on it.
        Y.applyUpdate(a, state);
        Y.applyUpdate(b, state);
        expect(a.getText('situation').toString()).toBe(merged);
        expect(b.getText('situation').toString()).toBe(merged);
      }),
      { numRuns: 200 },
    );
  });
});

describe('restoring a version', () => {
  it('brings back exactly that version’s content', () => {
    const doc = clientFrom(null, 1);
    const v1 = edit(doc, (d) => {
      d.getText('move').insert(0, 'I go quiet');
      d.getText('fear').insert(0, 'that I will fail you');
      d.getMap(ROLES_KEY).set('chores', 'distancer');
    });
    const old = readSide(loadSideDoc(v1));
    edit(doc, (d) => {
      d.getText('move').insert(10, ' and leave the room');
      d.getText('fear').delete(0, 4);
      d.getMap(ROLES_KEY).set('chores', 'switch');
      d.getMap(ROLES_KEY).set('money', 'pursuer');
    });
    const current = Y.encodeStateAsUpdate(doc);
    const update = restoreUpdate(current, old, 'owner')!;
    const result = checkSideUpdate(current, update, 'owner');
    expect(result.ok).toBe(true);
    if (result.ok) expect(readSide(loadSideDoc(result.state))).toEqual(old);
    expect(restoreUpdate(v1, old, 'owner')).toBeNull();
  });
});
