import * as Y from 'yjs';
import { TOPICS, isTopic, type Topic } from '../../core/topics';
import { diffText } from './text-diff';

/**
 * One partner's side of a pattern map, as a Yjs document. Yjs is a CRDT, so
 * both partners can type in the same field at once and no keystroke is lost.
 *
 * Ownership: the side's owner writes everything. Once the side is shared, the
 * partner may co-edit the outer layers — what happens, the visible move, what
 * the other probably sees — but never the inner layers (feeling, fear,
 * longing) or the owner's roles. The server enforces this by applying each
 * update to its own copy and checking which fields it touched.
 */
export const OUTER_FIELDS = ['situation', 'move', 'partnerSees'] as const;
export const INNER_FIELDS = ['feeling', 'fear', 'longing'] as const;
export const FIELDS = [...OUTER_FIELDS, ...INNER_FIELDS] as const;
export type Field = (typeof FIELDS)[number];
export const ROLES = ['pursuer', 'distancer', 'switch'] as const;
export type Role = (typeof ROLES)[number];
export const ROLES_KEY = 'roles';
export const MAX_FIELD_LENGTH = 2000;

export type Writer = 'owner' | 'partner';

export function newSideDoc(): Y.Doc {
  const doc = new Y.Doc();
  for (const field of FIELDS) doc.getText(field);
  doc.getMap(ROLES_KEY);
  return doc;
}

export function loadSideDoc(state: Uint8Array | null): Y.Doc {
  const doc = newSideDoc();
  if (state && state.length > 0) Y.applyUpdate(doc, state);
  return doc;
}

export interface SideTexts {
  fields: Record<Field, string>;
  roles: Partial<Record<Topic, Role>>;
}

export function readSide(doc: Y.Doc): SideTexts {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, doc.getText(f).toString()])) as Record<Field, string>;
  const roles: Partial<Record<Topic, Role>> = {};
  doc.getMap(ROLES_KEY).forEach((value, key) => {
    if (isTopic(key) && (ROLES as readonly unknown[]).includes(value)) roles[key] = value as Role;
  });
  return { fields, roles };
}

export type UpdateCheck =
  | { ok: true; state: Uint8Array; touched: string[] }
  | { ok: false; code: 'malformed' | 'out_of_sync' | 'not_yours' | 'too_long' | 'bad_role'; touched?: string[] };

/** Which top-level field a (possibly nested) Yjs type belongs to. */
/** Any Yjs shared type; their generic parameter (the event type) does not matter here. */
type AnyType = Y.AbstractType<any>;
function rootName(doc: Y.Doc, type: AnyType): string | null {
  let current: AnyType = type;
  while (current._item) current = current._item.parent as AnyType;
  for (const [name, root] of doc.share) if (root === current) return name;
  return null;
}

/**
 * Applies a client's update to the stored state if `writer` may make it.
 * Returns the new state, or why it was refused (the stored state is untouched).
 */
export function checkSideUpdate(state: Uint8Array | null, update: Uint8Array, writer: Writer): UpdateCheck {
  const doc = loadSideDoc(state);
  const touched = new Set<string>();
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) touched.add(rootName(doc, type) ?? '?');
  });
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return { ok: false, code: 'malformed' };
  }
  // Parts that depend on changes we never saw would integrate later, unchecked.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return { ok: false, code: 'out_of_sync' };
  const allowed = new Set<string>(writer === 'owner' ? [...FIELDS, ROLES_KEY] : OUTER_FIELDS);
  const list = [...touched];
  if (list.some((name) => !allowed.has(name))) return { ok: false, code: 'not_yours', touched: list };
  if (FIELDS.some((f) => doc.getText(f).length > MAX_FIELD_LENGTH)) return { ok: false, code: 'too_long' };
  let rolesOk = true;
  doc.getMap(ROLES_KEY).forEach((value, key) => {
    if (!isTopic(key) || !(ROLES as readonly unknown[]).includes(value)) rolesOk = false;
  });
  if (!rolesOk) return { ok: false, code: 'bad_role' };
  return { ok: true, state: Y.encodeStateAsUpdate(doc), touched: list };
}

/**
 * The update that brings `current` back to the texts of an earlier version,
 * for the fields `writer` may write. Made as ordinary edits, so it merges with
 * anything typed meanwhile and shows in history like any other change.
 */
export function restoreUpdate(current: Uint8Array, target: SideTexts, writer: Writer): Uint8Array | null {
  const doc = loadSideDoc(current);
  const before = Y.encodeStateVector(doc);
  const fields: readonly Field[] = writer === 'owner' ? FIELDS : OUTER_FIELDS;
  let changed = false;
  doc.transact(() => {
    for (const field of fields) {
      const text = doc.getText(field);
      const splice = diffText(text.toString(), target.fields[field]);
      if (!splice) continue;
      changed = true;
      if (splice.remove) text.delete(splice.index, splice.remove);
      if (splice.insert) text.insert(splice.index, splice.insert);
    }
    if (writer === 'owner') {
      const roles = doc.getMap(ROLES_KEY);
      for (const topic of TOPICS) {
        const wanted = target.roles[topic];
        if (wanted === undefined && roles.has(topic)) {
          roles.delete(topic);
          changed = true;
        } else if (wanted !== undefined && roles.get(topic) !== wanted) {
          roles.set(topic, wanted);
          changed = true;
        }
      }
    }
  });
  return changed ? Y.encodeStateAsUpdate(doc, before) : null;
}

/** The side as it was after the first `count` stored updates. */
export function replay(updates: Uint8Array[]): Y.Doc {
  const doc = newSideDoc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

/**
 * The first version of a side this viewer may read: all of it for its owner; for the partner,
 * from the version it was shared at — sharing shares the present, never the private draft's
 * past. Null: nothing (a draft the viewer does not own).
 */
export function firstReadableVersion(side: { ownerId: string; sharedVersion: number | null }, viewerId: string): number | null {
  if (side.ownerId === viewerId) return 0;
  return side.sharedVersion;
}
