import { describe, expect, it } from 'vitest';
import type { LiveCoupleEvent } from '../../../core/realtime/protocol';
import { liveEvent } from '../../../../test/support/live-event';
import type { CoupleSnapshot } from '../contract';
import { withSnapshot, type ActivityData } from './api';
import { addToFeed, applyEvent, applyPresence, prependActivity, toActivityItem } from './live-sync';
import { describeActivity, feedLines } from './names';

const me = { userId: 'u-me', displayName: 'Robin', joinedAt: '2026-11-25T10:00:00Z', isMe: true };
const partner = { userId: 'u-p', displayName: 'Sam', joinedAt: '2026-11-25T10:05:00Z', isMe: false };
const snapshot: CoupleSnapshot = {
  id: 'c1',
  name: 'Robin & Sam',
  named: true,
  createdAt: '2026-11-25T10:00:00Z',
  headSeq: 4,
  members: [me, partner],
  presence: [{ userId: 'u-p', online: false, lastSeenAt: '2026-11-25T11:00:00Z' }],
  invite: null,
};
const event = (seq: number, type: LiveCoupleEvent['type'], actorId: string | null, payload: Record<string, unknown> = {}): LiveCoupleEvent => liveEvent({
  seq,
  type,
  actorId,
  payload,
  createdAt: '2026-11-25T12:00:00Z',
  feed: true,
});

describe('applyEvent', () => {
  it('renames in place and advances headSeq', () => {
    const { snapshot: next, refetch } = applyEvent(snapshot, event(5, 'couple.renamed', 'u-p', { name: 'The doom spiral' }));
    expect(next.name).toBe('The doom spiral');
    expect(next.headSeq).toBe(5);
    expect(refetch).toBe(false);
  });

  it('asks for a refetch when members or invites changed', () => {
    for (const type of ['member.joined', 'invite.created', 'invite.revoked'] as const) {
      expect(applyEvent(snapshot, event(5, type, 'u-p')).refetch).toBe(true);
    }
  });

  it('never moves headSeq backwards', () => {
    expect(applyEvent(snapshot, event(2, 'couple.renamed', 'u-p', { name: 'x' })).snapshot.headSeq).toBe(4);
  });
});

describe('applyPresence', () => {
  it('replaces the person’s presence', () => {
    const next = applyPresence(snapshot, { userId: 'u-p', online: true, lastSeenAt: null });
    expect(next.presence).toEqual([{ userId: 'u-p', online: true, lastSeenAt: null }]);
  });
});

describe('the activity feed', () => {
  const feed: ActivityData = {
    pages: [{ items: [toActivityItem(event(4, 'invite.created', 'u-me'), snapshot)] }],
    pageParams: [null],
  };

  it('adds a live event on top, once', () => {
    const item = toActivityItem(event(5, 'member.joined', 'u-p'), snapshot);
    const once = prependActivity(feed, item);
    expect(once.pages[0]!.items.map((i) => i.seq)).toEqual([5, 4]);
    expect(prependActivity(once, item)).toBe(once);
  });

  it('keeps live-sync traffic out of the feed', () => {
    expect(addToFeed(feed, { ...event(5, 'map.sync', 'u-p'), feed: false }, snapshot)).toBe(feed);
    expect(addToFeed(feed, event(5, 'member.joined', 'u-p'), snapshot).pages[0]!.items.map((i) => i.seq)).toEqual([5, 4]);
  });

  it('speaks of people kindly and by name', () => {
    const members = snapshot.members;
    expect(describeActivity(toActivityItem(event(5, 'member.joined', 'u-p'), snapshot), members)).toBe('Sam joined the space. Welcome!');
    expect(describeActivity(toActivityItem(event(6, 'couple.created', 'u-me'), snapshot), members)).toBe('You created this shared space');
    expect(describeActivity(toActivityItem(event(8, 'member.joined', 'u-me'), snapshot), members)).toBe('You joined the space');
  });

  it('leaves out an event nobody has words for, instead of a vague line', () => {
    const members = snapshot.members;
    const items = [event(9, 'something.from_a_newer_server' as LiveCoupleEvent['type'], 'u-p'), event(8, 'couple.renamed', 'u-p', { name: 'Us' })].map((e) => toActivityItem(e, snapshot));
    expect(describeActivity(items[0]!, members)).toBeNull();
    expect(feedLines(items, members).map((line) => line.text)).toEqual(['Sam renamed the space to “Us”']);
  });

  it('names someone who joined before the snapshot knew them, once the members are known', () => {
    const item = toActivityItem(event(5, 'member.joined', 'u-new'), snapshot);
    expect(describeActivity(item, snapshot.members)).toBe('Your partner joined the space. Welcome!');
    const later = [...snapshot.members, { userId: 'u-new', displayName: 'Kit', joinedAt: '', isMe: false }];
    expect(describeActivity(item, later)).toBe('Kit joined the space. Welcome!');
  });
});

describe('withSnapshot', () => {
  it('changes the snapshot inside the couple answer, and leaves an answer without a space (or none) alone', () => {
    const answer = { couple: snapshot, ended: false };
    expect(withSnapshot(answer, (c) => ({ ...c, name: 'Us' }))).toEqual({ couple: { ...snapshot, name: 'Us' }, ended: false });
    const ended = { couple: null, ended: true };
    expect(withSnapshot(ended, (c) => ({ ...c, name: 'Us' }))).toBe(ended);
    expect(withSnapshot(undefined, (c) => c)).toBeUndefined();
  });
});
