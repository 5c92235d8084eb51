import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { checkSideUpdate, type Writer } from '../side-doc';
import { SideSync, SyncFailure, isBlankSide, readTexts, type PendingEdits, type SideTransport } from './side-sync';

/**
 * A stand-in for the server's side routes, using the server's own update check:
 * versions, merged catch-up, out_of_sync and not_yours refusals, and events to
 * every screen that follows the side.
 */
class FakeSide {
  state: Uint8Array | null = null;
  updates: Uint8Array[] = [];
  screens: SideSync[] = [];
  /** Set to make the next N requests fail as if the network dropped. */
  dropNext = 0;
  /** Set to make the server forget the next accepted update (as if a write was lost). */
  forgetNext = false;

  transport(writer: Writer): SideTransport {
    return {
      push: async (update) => {
        await tick();
        if (this.dropNext > 0) {
          this.dropNext--;
          throw new SyncFailure('offline', '');
        }
        const result = checkSideUpdate(this.state, update, writer);
        if (!result.ok) throw new SyncFailure(result.code === 'out_of_sync' ? 'out_of_sync' : 'refused', result.code);
        if (this.forgetNext) {
          this.forgetNext = false;
          return this.updates.length + 1;
        }
        this.state = result.state;
        this.updates.push(update);
        const version = this.updates.length;
        // The live event reaches the screens a moment later.
        setTimeout(() => this.screens.forEach((s) => s.remoteVersion(version)), 0);
        return version;
      },
      pull: async (after) => {
        await tick();
        if (this.dropNext > 0) {
          this.dropNext--;
          throw new SyncFailure('offline', '');
        }
        const version = this.updates.length;
        if (after === 0) return { version, update: this.state ?? new Uint8Array() };
        const rest = this.updates.slice(after);
        return { version, update: rest.length ? Y.mergeUpdates(rest) : new Uint8Array() };
      },
    };
  }

  open(writer: Writer, pending?: PendingEdits): SideSync {
    const screen = new SideSync(this.transport(writer), this.state, this.updates.length, { batchMs: 2, retryMs: () => 5, pending });
    this.screens.push(screen);
    return screen;
  }

  text(field = 'move'): string {
    const doc = new Y.Doc();
    if (this.state) Y.applyUpdate(doc, this.state);
    return doc.getText(field).toString();
  }
}

class MemoryDevice implements PendingEdits {
  saved: Uint8Array | null = null;
  load = () => this.saved;
  save = (update: Uint8Array | null) => void (this.saved = update);
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function settle(...screens: SideSync[]): Promise<void> {
  for (let round = 0; round < 8; round++) {
    await new Promise((r) => setTimeout(r, 4));
    await Promise.all(screens.map((s) => s.flush()));
  }
}

function type(screen: SideSync, field: string, index: number, text: string): void {
  const t = screen.doc.getText(field);
  t.insert(Math.min(index, t.length), text);
}

describe('side sync', () => {
  it('sends batched edits and brings the other screen up to date', async () => {
    const server = new FakeSide();
    const owner = server.open('owner');
    const partner = server.open('partner');
    type(owner, 'move', 0, 'I text ');
    type(owner, 'move', 7, 'again');
    await settle(owner, partner);
    expect(server.updates).toHaveLength(1); // one batch
    expect(partner.doc.getText('move').toString()).toBe('I text again');
    expect(owner.getStatus()).toEqual({ state: 'saved' });
  });

  it('loses no keystroke when both type in the same field at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), fc.nat(40), fc.constantFrom('a', 'b', 'c', ' ', 'xy')), { minLength: 1, maxLength: 40 }),
        async (keys) => {
          const server = new FakeSide();
          const owner = server.open('owner');
          const partner = server.open('partner');
          const typed = { owner: '', partner: '' };
          for (const [byOwner, at, text] of keys) {
            type(byOwner ? owner : partner, 'move', at, text);
            typed[byOwner ? 'owner' : 'partner'] += text;
            if (at % 3 === 0) await tick();
          }
          await settle(owner, partner);
          const final = server.text();
          expect(owner.doc.getText('move').toString()).toBe(final);
          expect(partner.doc.getText('move').toString()).toBe(final);
          const count = (s: string) => [...s].sort().join('');
          expect(count(final)).toBe(count(typed.owner + typed.partner));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps edits made while offline and sends them when the connection returns', async () => {
    const server = new FakeSide();
    const owner = server.open('owner');
    server.dropNext = 3;
    type(owner, 'fear', 0, 'that I am too much');
    await new Promise((r) => setTimeout(r, 5));
    expect(['saving', 'offline']).toContain(owner.getStatus().state);
    await settle(owner);
    expect(server.text('fear')).toBe('that I am too much');
    expect(owner.getStatus()).toEqual({ state: 'saved' });
  });

  it('keeps unsent edits on the device, so a tab closed offline sends them when the side is next opened', async () => {
    const server = new FakeSide();
    type(server.open('owner'), 'move', 0, 'I text again');
    await settle(...server.screens);
    const device = new MemoryDevice();
    const closing = server.open('owner', device);
    server.dropNext = 1000;
    type(closing, 'fear', 0, 'that I am too much');
    await new Promise((r) => setTimeout(r, 10));
    expect(device.saved).not.toBeNull();
    closing.stop(); // the tab closes while still offline
    expect(server.text('fear')).toBe('');

    server.dropNext = 0;
    const reopened = server.open('owner', device);
    expect(reopened.doc.getText('fear').toString()).toBe('that I am too much');
    await settle(reopened);
    expect(server.text('fear')).toBe('that I am too much');
    expect(server.text('move')).toBe('I text again');
    expect(device.saved).toBeNull();
  });

  it('sends nothing again for kept edits the server already has', async () => {
    const server = new FakeSide();
    const device = new MemoryDevice();
    const first = server.open('owner', device);
    type(first, 'longing', 0, 'to feel chosen');
    await new Promise((r) => setTimeout(r, 1));
    const kept = device.saved!; // the tab closed after the server took it, before the device forgot it
    await settle(first);
    first.stop();
    device.saved = kept;
    const updatesBefore = server.updates.length;
    const reopened = server.open('owner', device);
    await settle(reopened);
    expect(server.updates).toHaveLength(updatesBefore);
    expect(reopened.doc.getText('longing').toString()).toBe('to feel chosen');
    expect(device.saved).toBeNull();
  });

  it('sends kept edits even when they build on changes the reopened screen has not fetched yet', async () => {
    const server = new FakeSide();
    const first = server.open('owner');
    type(first, 'move', 0, 'I text');
    await settle(first);
    const [staleState, staleVersion] = [server.state, server.updates.length];
    type(first, 'move', 6, ' again');
    await settle(first);
    const device = new MemoryDevice();
    const writer = server.open('owner', device);
    server.dropNext = 1000;
    type(writer, 'move', 12, ' and again'); // builds on " again"
    await new Promise((r) => setTimeout(r, 10));
    writer.stop();
    server.dropNext = 0;

    // Reopened from a copy older than " again" (a cached snapshot, say).
    const reopened = new SideSync(server.transport('owner'), staleState, staleVersion, { batchMs: 2, retryMs: () => 5, pending: device });
    server.screens.push(reopened);
    await settle(reopened);
    expect(server.text()).toBe('I text again and again');
    expect(reopened.doc.getText('move').toString()).toBe('I text again and again');
    expect(device.saved).toBeNull();
  });

  it('resends what the server is missing when it says out_of_sync', async () => {
    const server = new FakeSide();
    const owner = server.open('owner');
    server.forgetNext = true;
    type(owner, 'move', 0, 'I go quiet');
    await settle(owner);
    type(owner, 'move', 10, ' and leave');
    await settle(owner);
    expect(server.text()).toBe('I go quiet and leave');
    expect(owner.doc.getText('move').toString()).toBe('I go quiet and leave');
  });

  it('drops a refused edit by reloading the side from the server, and tells the bindings', async () => {
    const server = new FakeSide();
    const owner = server.open('owner');
    type(owner, 'longing', 0, 'to know we are okay');
    await settle(owner);
    const partner = server.open('partner');
    let replaced = 0;
    partner.onDocReplaced(() => replaced++);
    type(partner, 'longing', 0, 'rewritten: ');
    await settle(partner);
    expect(replaced).toBe(1);
    expect(partner.getStatus()).toEqual({ state: 'refused', message: 'not_yours' });
    expect(readTexts(partner.doc).fields.longing).toBe('to know we are okay');
    // The new document syncs like the old one, and the next edit clears the refusal.
    type(partner, 'partnerSees', 0, 'someone who won’t let it go');
    await settle(partner, owner);
    expect(partner.getStatus()).toEqual({ state: 'saved' });
    expect(owner.doc.getText('partnerSees').toString()).toBe('someone who won’t let it go');
  });

  it('stops when the side is gone', async () => {
    const transport: SideTransport = {
      push: () => Promise.reject(new SyncFailure('gone', 'Your partner hasn’t shared their side yet.')),
      pull: () => Promise.reject(new SyncFailure('gone', '')),
    };
    const screen = new SideSync(transport, null, 0, { batchMs: 1 });
    screen.doc.getText('move').insert(0, 'x');
    await screen.flush();
    await new Promise((r) => setTimeout(r, 5));
    expect(screen.getStatus()).toEqual({ state: 'gone', message: 'Your partner hasn’t shared their side yet.' });
  });

  it('fetches what it missed when its own push reveals a gap', async () => {
    const server = new FakeSide();
    const owner = server.open('owner');
    const partner = server.open('partner');
    server.screens = []; // no live events: only the version numbers tell
    type(partner, 'situation', 0, 'Sunday evenings');
    await partner.flush();
    type(owner, 'move', 0, 'I explain harder');
    await owner.flush();
    await owner.idle();
    expect(owner.doc.getText('situation').toString()).toBe('Sunday evenings');
    expect(owner.version).toBe(2);
  });

  it('asks once when told to catch up and nothing changed, instead of pulling again and again', async () => {
    const server = new FakeSide();
    type(server.open('owner'), 'move', 0, 'I text again');
    await settle(...server.screens);
    let pulls = 0;
    const counted = server.transport('partner');
    const screen = new SideSync({ ...counted, pull: (after) => (pulls++, counted.pull(after)) }, server.state, server.updates.length, { batchMs: 2 });
    screen.nudge();
    screen.nudge(); // a reconnect and a visibility change at once
    await new Promise((r) => setTimeout(r, 50));
    await screen.idle();
    expect(pulls).toBeGreaterThanOrEqual(1);
    expect(pulls).toBeLessThanOrEqual(2);
    screen.stop();
  });

  it('never loops when the server answers an older version than the one it announced', async () => {
    let pulls = 0;
    const transport: SideTransport = {
      push: async () => 1,
      pull: async () => (pulls++, await tick(), { version: 3, update: new Uint8Array() }),
    };
    const screen = new SideSync(transport, null, 3, { batchMs: 1 });
    screen.remoteVersion(5); // e.g. an event from a write the server then lost
    await new Promise((r) => setTimeout(r, 50));
    expect(pulls).toBe(1);
    screen.stop();
  });
});

describe('isBlankSide', () => {
  const blank = readTexts(new Y.Doc());
  it('is blank before anything is written, and while only spaces are', () => {
    expect(isBlankSide(blank)).toBe(true);
    expect(isBlankSide({ ...blank, fields: { ...blank.fields, fear: '  \n' } })).toBe(true);
  });

  it('is not blank once any layer has words or any role is chosen', () => {
    expect(isBlankSide({ ...blank, fields: { ...blank.fields, longing: 'rest' } })).toBe(false);
    expect(isBlankSide({ ...blank, roles: { money: 'pursuer' } })).toBe(false);
  });
});
