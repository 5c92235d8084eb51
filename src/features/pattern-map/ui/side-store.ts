import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { api, ApiError } from '../../../core/web/api';
import { claimDeviceDrafts, deviceDraft } from '../../../core/web/device-drafts';
import { randomId } from '../../../core/web/random-id';
import { onPersonLeaves } from '../../../core/web/session';
import type { Field } from '../side-doc';
import type { SideSnapshot } from './api';
import { SideSync, SyncFailure, emptyTexts, type PendingEdits, type SideTexts, type SideTransport, type SyncStatus } from './side-sync';

/**
 * The live sides of this tab: one `SideSync` per (person signed in, map,
 * side), kept while the tab is open so moving between the guided start and
 * the loop view never reloads or loses a document. A different person
 * signing in on this tab starts from nothing.
 */

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  if (!text) return new Uint8Array();
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function failure(error: unknown): SyncFailure {
  if (!(error instanceof ApiError)) return new SyncFailure('offline', '');
  if (error.status === 0 || error.status >= 500) return new SyncFailure('offline', error.message);
  if (error.code === 'out_of_sync') return new SyncFailure('out_of_sync', error.message);
  if (error.status === 404 || error.status === 401) return new SyncFailure('gone', error.message);
  return new SyncFailure('refused', error.message);
}

function httpTransport(mapId: string, ownerId: string): SideTransport {
  const base = `/api/maps/${mapId}/sides/${ownerId}/updates`;
  return {
    async push(update) {
      try {
        return (await api.post<{ version: number }>(base, { update: toBase64(update) })).version;
      } catch (error) {
        throw failure(error);
      }
    },
    async pull(after) {
      try {
        const res = await api.get<{ version: number; update: string }>(`${base}?after=${after}`);
        return { version: res.version, update: fromBase64(res.update) };
      } catch (error) {
        throw failure(error);
      }
    },
  };
}

/**
 * Unsent edits of a side wait on the device until the server takes them, under a name of
 * this screen's own: two tabs on one side never overwrite each other's. Opening the side
 * takes whatever earlier screens left (their edits are sent from here).
 */
function unsentEdits(userId: string, mapId: string, ownerId: string): PendingEdits {
  const prefix = `map.${mapId}.${ownerId}.`;
  const own = deviceDraft(userId, prefix + randomId());
  return {
    load: () => {
      const left = claimDeviceDrafts(userId, prefix).map(fromBase64);
      return left.length ? Y.mergeUpdates(left) : null;
    },
    save: (update) => own.save(update ? toBase64(update) : null),
  };
}

let owner: string | null = null;
const sides = new Map<string, SideSync>();
const key = (mapId: string, ownerId: string) => `${mapId}:${ownerId}`;

/** The side's live document, made from the snapshot the first time and caught up at once. */
export function sideFor(userId: string, mapId: string, snapshot: SideSnapshot): SideSync {
  if (owner !== userId) forgetSides(userId);
  const k = key(mapId, snapshot.ownerId);
  let side = sides.get(k);
  if (!side || side.getStatus().state === 'gone') {
    side = new SideSync(httpTransport(mapId, snapshot.ownerId), fromBase64(snapshot.state), snapshot.version, {
      pending: unsentEdits(userId, mapId, snapshot.ownerId),
    });
    sides.set(k, side);
    // The snapshot may come from the cache: ask what changed since.
    side.nudge();
  }
  return side;
}

export function existingSide(mapId: string, ownerId: string): SideSync | undefined {
  return sides.get(key(mapId, ownerId));
}

export function allSides(): SideSync[] {
  return [...sides.values()];
}

/** Drops every side (another person signed in, or the couple space changed). */
export function forgetSides(nextOwner: string | null): void {
  for (const side of sides.values()) side.stop();
  sides.clear();
  owner = nextOwner;
  awareness.clear();
  notifyAwareness();
}

// Someone signs out or another person signs in: no side may go on sending under the next person's session.
onPersonLeaves(() => forgetSides(null));

/** Sends queued edits before the tab goes away, where the browser allows it. */
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    for (const side of sides.values()) if (side.hasUnsentChanges) void side.flush();
  });
}

export function useSideTexts(side: SideSync | null): SideTexts {
  return useSyncExternalStore(
    (listener) => side?.subscribe(listener) ?? (() => {}),
    () => side?.getTexts() ?? emptyTexts,
  );
}

export function useSyncStatus(side: SideSync | null): SyncStatus {
  return useSyncExternalStore(
    (listener) => side?.subscribe(listener) ?? (() => {}),
    () => side?.getStatus() ?? SAVED,
  );
}
const SAVED: SyncStatus = { state: 'saved' };

/* Awareness: where the partner is working right now. Ephemeral, never stored. */

export type AwareField = Field | 'roles';
interface Presence {
  field: AwareField;
  until: number;
}
const awareness = new Map<string, Presence>();
const awarenessListeners = new Set<() => void>();
let awarenessVersion = 0;
/** A marker disappears if not refreshed for this long (the sender refreshes every 20 s). */
const AWARENESS_TTL_MS = 45_000;

function notifyAwareness(): void {
  awarenessVersion++;
  for (const l of awarenessListeners) l();
}

export function setPartnerAwareness(mapId: string, ownerId: string, field: AwareField | null, now = Date.now()): void {
  const k = key(mapId, ownerId);
  if (field === null) awareness.delete(k);
  else awareness.set(k, { field, until: now + AWARENESS_TTL_MS });
  notifyAwareness();
}

/** Which field of this side the partner is in, if any. */
export function usePartnerField(mapId: string, ownerId: string): AwareField | null {
  useSyncExternalStore(
    (l) => {
      awarenessListeners.add(l);
      return () => awarenessListeners.delete(l);
    },
    () => awarenessVersion,
  );
  const presence = awareness.get(key(mapId, ownerId));
  const [, setTick] = useState(0);
  // Re-render when the marker expires.
  useEffect(() => {
    if (!presence) return;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.max(0, presence.until - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [presence]);
  return presence && presence.until > Date.now() ? presence.field : null;
}

/**
 * Tells the partner where I am working: on focus at once, refreshed every
 * 20 s, and cleared a moment after leaving a field (unless another field of
 * the same side took focus).
 */
class AwarenessSender {
  private current: { mapId: string; ownerId: string; field: AwareField } | null = null;
  private refresh: ReturnType<typeof setInterval> | undefined;
  private clearTimer: ReturnType<typeof setTimeout> | undefined;

  enter(mapId: string, ownerId: string, field: AwareField): void {
    clearTimeout(this.clearTimer);
    if (this.current && this.current.mapId === mapId && this.current.ownerId === ownerId && this.current.field === field) return;
    if (this.current && (this.current.mapId !== mapId || this.current.ownerId !== ownerId)) this.send(this.current.mapId, this.current.ownerId, null);
    this.current = { mapId, ownerId, field };
    this.send(mapId, ownerId, field);
    clearInterval(this.refresh);
    this.refresh = setInterval(() => this.current && this.send(this.current.mapId, this.current.ownerId, this.current.field), 20_000);
  }

  leave(): void {
    clearTimeout(this.clearTimer);
    this.clearTimer = setTimeout(() => {
      if (!this.current) return;
      this.send(this.current.mapId, this.current.ownerId, null);
      this.current = null;
      clearInterval(this.refresh);
    }, 400);
  }

  private send(mapId: string, ownerId: string, field: AwareField | null): void {
    // Best effort: a lost marker is harmless.
    void api.post(`/api/maps/${mapId}/awareness`, { ownerId, field }).catch(() => {});
  }
}
export const awarenessSender = new AwarenessSender();
