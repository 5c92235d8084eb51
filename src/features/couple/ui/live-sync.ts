import { useQueryClient } from '@tanstack/react-query';
import type { LiveCoupleEvent, Presence, LiveMessage } from '../../../core/realtime/protocol';
import { useLiveMessages } from '../../../core/web/live/live-provider';
import { announce } from '../../../core/web/ui/announcer';
import type { ActivityItem, CoupleAnswer, CoupleSnapshot } from '../contract';
import { coupleKeys, withSnapshot, type ActivityData } from './api';
import { describeActivity } from './names';

/** Event types after which the snapshot's members or invite summary are out of date. */
const REFETCH_ON = new Set(['member.joined', 'member.renamed', 'invite.created', 'invite.revoked']);

/** The snapshot after one event: a newer headSeq, a new name; `refetch` when members or invites changed. */
export function applyEvent(snapshot: CoupleSnapshot, event: LiveCoupleEvent): { snapshot: CoupleSnapshot; refetch: boolean } {
  let next: CoupleSnapshot = { ...snapshot, headSeq: Math.max(snapshot.headSeq, event.seq) };
  if (event.type === 'couple.renamed' && typeof event.payload.name === 'string') next = { ...next, name: event.payload.name, named: true };
  return { snapshot: next, refetch: REFETCH_ON.has(event.type) };
}

/** One person's presence replaced (or added). */
export function applyPresence(snapshot: CoupleSnapshot, presence: Presence): CoupleSnapshot {
  const others = snapshot.presence.filter((p) => p.userId !== presence.userId);
  return { ...snapshot, presence: [...others, presence] };
}

/** A live event as a feed item; names come from the members known when it happened. */
export function toActivityItem(event: LiveCoupleEvent, snapshot: CoupleSnapshot | null | undefined): ActivityItem {
  const actor = snapshot?.members.find((m) => m.userId === event.actorId);
  return {
    seq: event.seq,
    type: event.type,
    actorId: event.actorId,
    actorName: actor?.displayName ?? null,
    isMe: actor?.isMe ?? false,
    payload: event.payload,
    createdAt: event.createdAt,
  };
}

/** The feed with `item` added at the top of the newest page, unless it is already there. */
export function prependActivity(data: ActivityData, item: ActivityItem): ActivityData {
  if (data.pages.some((page) => page.items.some((i) => i.seq === item.seq))) return data;
  const [first, ...rest] = data.pages;
  const items = [...(first?.items ?? []), item].sort((a, b) => b.seq - a.seq);
  return { ...data, pages: [{ items }, ...rest] };
}

/** The feed after a live event: live-sync traffic (feed = false) never enters it. */
export function addToFeed(data: ActivityData, event: LiveCoupleEvent, snapshot: CoupleSnapshot | null | undefined): ActivityData {
  return event.feed ? prependActivity(data, toActivityItem(event, snapshot)) : data;
}

/**
 * Keeps the couple's cached snapshot and activity feed current from the live
 * socket, and reads the partner's new activity out (polite live region). Mounted
 * once by the app shell while someone is signed in.
 */
export function CoupleLiveSync(): null {
  const client = useQueryClient();

  const patch = (change: (snapshot: CoupleSnapshot) => CoupleSnapshot) =>
    client.setQueryData<CoupleAnswer>(coupleKeys.answer, (answer) => withSnapshot(answer, change));

  const readAgain = () => {
    void client.invalidateQueries({ queryKey: coupleKeys.all });
    void client.invalidateQueries({ queryKey: coupleKeys.answer });
  };

  useLiveMessages((message: LiveMessage) => {
    const snapshot = client.getQueryData<CoupleAnswer>(coupleKeys.answer)?.couple;
    switch (message.type) {
      case 'welcome': {
        if (snapshot && message.coupleId === snapshot.id) {
          patch((c) => ({ ...c, presence: message.presence }));
        } else if ((snapshot?.id ?? null) !== message.coupleId) {
          readAgain();
        }
        break;
      }
      case 'event': {
        const item = toActivityItem(message.event, snapshot);
        if (snapshot) {
          const { snapshot: next, refetch } = applyEvent(snapshot, message.event);
          patch(() => next);
          if (refetch) void client.invalidateQueries({ queryKey: coupleKeys.answer, exact: true });
        }
        client.setQueryData<ActivityData>(coupleKeys.activity, (data) => (data ? addToFeed(data, message.event, snapshot) : data));
        const said = message.event.feed && !item.isMe ? describeActivity(item, snapshot?.members ?? []) : null;
        if (said) announce(said);
        break;
      }
      case 'presence': {
        // The partner card's presence line is itself a status region, so the change is announced there.
        const presence = message.presence;
        patch((c) => applyPresence(c, presence));
        // A snapshot fetch in flight (e.g. after member.joined) may have read presence before this
        // change; once it lands, apply the change again so the older reading cannot overwrite it.
        const inFlight = client.getQueryCache().find<CoupleAnswer>({ queryKey: coupleKeys.answer, exact: true })?.promise;
        void inFlight?.then(() => patch((c) => applyPresence(c, presence))).catch(() => {});
        break;
      }
      case 'resync':
      case 'membership':
        readAgain();
        break;
    }
  });

  return null;
}
