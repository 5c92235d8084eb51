import * as Y from 'yjs';
import { isTopic, type Topic } from '../../../core/topics';
import { FIELDS, ROLES, ROLES_KEY, type Field, type Role } from '../side-doc';

/**
 * One side of a pattern map on this screen: a Yjs document kept in step with
 * the server.
 *
 * Invariants:
 * - `known` is a version such that every stored change up to it is in `doc`.
 *   Changes after it are fetched (`pull`) when the server says a newer version
 *   exists (a `map.sync` event) or when a push reveals a gap.
 * - Local edits are batched (~120 ms) and pushed one batch at a time; a batch
 *   stays queued until the server has taken it, so nothing typed offline is lost.
 *   The queue is also kept on the device (`PendingEdits`), so edits typed offline
 *   survive the tab closing and are sent when the side is next opened.
 * - Network work is strictly one request at a time, so version bookkeeping
 *   never races.
 * - Changes that came from the server carry the origin `REMOTE` and are never
 *   sent back.
 */

export const REMOTE = Symbol('remote');

export type FailureKind = 'out_of_sync' | 'refused' | 'gone' | 'offline';

/** What a transport throws when a request fails; `message` is written for people. */
export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncFailure';
  }
}

export interface SideTransport {
  /** Stores one update; resolves with the side's new version. */
  push(update: Uint8Array): Promise<number>;
  /** Everything after `after` merged into one update (empty when nothing), and the current version. */
  pull(after: number): Promise<{ version: number; update: Uint8Array }>;
}

export type SyncStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'offline' }
  /** The server refused a change (e.g. too long); the side was reloaded from the server. */
  | { state: 'refused'; message: string }
  /** The side is no longer reachable (unshared, map gone, left the couple). */
  | { state: 'gone'; message: string };

/** Where edits the server has not taken yet wait on this device (e.g. localStorage). */
export interface PendingEdits {
  load(): Uint8Array | null;
  /** `null`: nothing is waiting any more. */
  save(update: Uint8Array | null): void;
}

export interface SideSyncOptions {
  batchMs?: number;
  pending?: PendingEdits;
  /** Delay before retry n after a network failure. */
  retryMs?: (attempt: number) => number;
}

export interface SideTexts {
  fields: Record<Field, string>;
  roles: Partial<Record<Topic, Role>>;
}

const EMPTY_TEXTS: SideTexts = { fields: Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>, roles: {} };

export function newDoc(state: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  for (const field of FIELDS) doc.getText(field);
  doc.getMap(ROLES_KEY);
  if (state && state.length) Y.applyUpdate(doc, state, REMOTE);
  return doc;
}

export function readTexts(doc: Y.Doc): SideTexts {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, doc.getText(f).toString()])) as Record<Field, string>;
  const roles: Partial<Record<Topic, Role>> = {};
  doc.getMap(ROLES_KEY).forEach((value, key) => {
    if (isTopic(key) && (ROLES as readonly unknown[]).includes(value)) roles[key] = value as Role;
  });
  return { fields, roles };
}

/** Nothing written and no role chosen yet (whitespace counts as nothing): the side of someone who has not begun. */
export function isBlankSide(texts: SideTexts): boolean {
  return FIELDS.every((f) => !texts.fields[f].trim()) && Object.keys(texts.roles).length === 0;
}

function isEmptyUpdate(update: Uint8Array): boolean {
  if (update.length === 0) return true;
  const decoded = Y.decodeUpdate(update);
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}

export class SideSync {
  doc: Y.Doc;
  private known: number;
  /** The newest version the server has announced. */
  private announced: number;
  /** One pull was asked for (reconnect, back online) although no newer version was announced. */
  private catchUpAsked = false;
  private queue: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private running: Promise<void> | null = null;
  private stopped = false;
  private status: SyncStatus = { state: 'saved' };
  private texts: SideTexts | null = null;
  private readonly changeListeners = new Set<() => void>();
  private readonly docListeners = new Set<(doc: Y.Doc) => void>();
  private readonly batchMs: number;
  private readonly retryMs: (attempt: number) => number;
  private readonly pending: PendingEdits | undefined;

  constructor(
    private readonly transport: SideTransport,
    state: Uint8Array | null,
    version: number,
    options: SideSyncOptions = {},
  ) {
    this.batchMs = options.batchMs ?? 120;
    this.retryMs = options.retryMs ?? ((n) => Math.min(15_000, 1000 * 2 ** n));
    this.known = version;
    this.announced = version;
    this.pending = options.pending;
    this.doc = this.adopt(newDoc(state));
    // Edits left unsent when this side was last open here (the tab closed offline, say). Any
    // part the server already has changes nothing; the rest is queued like fresh typing.
    const unsent = this.pending?.load();
    if (unsent && !isEmptyUpdate(unsent)) {
      try {
        // Whatever the server may lack is queued as it is — even a part that builds on changes this
        // screen has not fetched yet (it shows once they arrive; the server has them already).
        const missing = Y.diffUpdate(unsent, Y.encodeStateVector(this.doc));
        Y.applyUpdate(this.doc, unsent, REMOTE);
        if (!isEmptyUpdate(missing)) {
          this.queue.push(missing);
          this.status = { state: 'saving' };
        }
      } catch {
        // Unreadable leftovers: nothing to restore.
      }
    }
    this.keepPending();
    if (this.queue.length) this.kick();
  }

  get version(): number {
    return this.known;
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  /** The side's texts now (a stable object between changes, for React). */
  getTexts(): SideTexts {
    this.texts ??= readTexts(this.doc);
    return this.texts;
  }

  /** Called on every change to the side (local or remote) and on status changes. */
  subscribe(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  /** Called when the document was replaced (after a refusal): bindings re-attach to the new one. */
  onDocReplaced(listener: (doc: Y.Doc) => void): () => void {
    this.docListeners.add(listener);
    return () => void this.docListeners.delete(listener);
  }

  /** The server says the side is at `version` now (a `map.sync` or `map.restored` event). */
  remoteVersion(version: number): void {
    if (version <= this.announced) return;
    this.announced = version;
    this.kick();
  }

  /** Catch up now, e.g. after the live socket reconnected or the device came back online. */
  nudge(): void {
    // One pull, answered by the server's version: a side nobody changed costs one request, not a loop.
    this.catchUpAsked = true;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    this.kick();
  }

  /** Sends queued edits now instead of waiting for the batch. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.kick();
    return this.idle();
  }

  /** Resolves when no request is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  get hasUnsentChanges(): boolean {
    return this.queue.length > 0;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    this.doc.off('update', this.onUpdate);
  }

  private adopt(doc: Y.Doc): Y.Doc {
    doc.on('update', this.onUpdate);
    return doc;
  }

  /** Mirrors the queue onto the device, so a closed tab does not lose it. */
  private keepPending(): void {
    this.pending?.save(this.queue.length ? Y.mergeUpdates(this.queue) : null);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.texts = null;
    if (origin !== REMOTE) {
      this.queue.push(update);
      this.keepPending();
      this.setStatus({ state: 'saving' });
      if (!this.timer) this.timer = setTimeout(() => {
        this.timer = undefined;
        this.kick();
      }, this.batchMs);
    }
    this.emit();
  };

  private setStatus(status: SyncStatus): void {
    if (status.state === this.status.state && !('message' in status)) return;
    this.status = status;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.changeListeners) listener();
  }

  private kick(): void {
    if (this.stopped || this.running || this.retryTimer) return;
    this.running = this.run().finally(() => {
      this.running = null;
      // Something may have arrived while the last request was under way.
      if (!this.stopped && !this.retryTimer && (this.wantsPull() || (this.queue.length && !this.timer))) this.kick();
    });
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        if (this.queue.length && !this.timer) await this.pushQueued();
        else if (this.wantsPull()) await this.pull();
        else break;
      }
      this.attempt = 0;
      // A refusal stays shown until the person edits again.
      if (!this.queue.length && this.status.state !== 'gone' && this.status.state !== 'refused') this.setStatus({ state: 'saved' });
    } catch (error) {
      await this.recover(error);
    }
  }

  private async pushQueued(): Promise<void> {
    const batch = this.queue.length;
    const update = Y.mergeUpdates(this.queue.slice(0, batch));
    const version = await this.transport.push(update);
    this.queue.splice(0, batch);
    this.keepPending();
    // Only a version right after ours proves we hold everything before it.
    if (version === this.known + 1) this.known = version;
    else this.announced = Math.max(this.announced, version);
  }

  private wantsPull(): boolean {
    return this.catchUpAsked || this.announced > this.known;
  }

  private async pull(): Promise<void> {
    this.catchUpAsked = false;
    const announcedBefore = this.announced;
    const { version, update } = await this.transport.pull(this.known);
    if (!isEmptyUpdate(update)) Y.applyUpdate(this.doc, update, REMOTE);
    this.known = Math.max(this.known, version);
    // The answer holds everything announced before it was asked for; only an announcement
    // that arrived meanwhile asks again. So no answer, however odd, can make pulls loop.
    this.announced = this.announced === announcedBefore ? this.known : Math.max(this.announced, this.known);
  }

  private async recover(error: unknown): Promise<void> {
    const failure = error instanceof SyncFailure ? error : new SyncFailure('offline', '');
    if (this.stopped) return;
    try {
      switch (failure.kind) {
        case 'offline':
          this.setStatus({ state: 'offline' });
          this.retryTimer = setTimeout(() => {
            this.retryTimer = undefined;
            this.kick();
          }, this.retryMs(this.attempt++));
          return;
        case 'out_of_sync': {
          // The server lacks something our edits build on: take its whole state, then send what it does not have.
          const full = await this.transport.pull(0);
          if (!isEmptyUpdate(full.update)) Y.applyUpdate(this.doc, full.update, REMOTE);
          const missing = Y.encodeStateAsUpdate(this.doc, full.update.length ? Y.encodeStateVectorFromUpdate(full.update) : new Uint8Array([0]));
          this.queue = isEmptyUpdate(missing) ? [] : [missing];
          this.keepPending();
          this.known = full.version;
          this.announced = Math.max(this.announced, full.version);
          if (this.queue.length) {
            const version = await this.transport.push(missing);
            this.queue = [];
            this.keepPending();
            if (version === this.known + 1) this.known = version;
            else this.announced = Math.max(this.announced, version);
          }
          this.setStatus({ state: 'saved' });
          return;
        }
        case 'refused':
          await this.reload(failure.message);
          return;
        case 'gone':
          this.queue = [];
          this.keepPending();
          this.setStatus({ state: 'gone', message: failure.message });
          this.stop();
          return;
      }
    } catch (again) {
      // The recovery itself failed: try the whole thing again later.
      if (again instanceof SyncFailure && again.kind === 'gone') {
        this.setStatus({ state: 'gone', message: again.message });
        this.stop();
        return;
      }
      this.setStatus({ state: 'offline' });
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.kick();
      }, this.retryMs(this.attempt++));
    }
  }

  /** Drops edits the server refused by starting again from the server's state. */
  private async reload(message: string): Promise<void> {
    const full = await this.transport.pull(0);
    this.doc.off('update', this.onUpdate);
    this.queue = [];
    this.keepPending();
    this.doc = this.adopt(newDoc(full.update));
    this.known = full.version;
    this.announced = Math.max(this.announced, full.version);
    this.texts = null;
    for (const listener of this.docListeners) listener(this.doc);
    this.setStatus({ state: 'refused', message });
  }
}

export const emptyTexts = EMPTY_TEXTS;
