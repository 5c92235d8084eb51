/**
 * The regulated pause as a pure, server-authoritative state machine:
 * `decide(state, command, now) → { state, events } | rejection`.
 * No I/O and no clock: `now` (epoch ms) is passed in, so tests control time.
 *
 *   requested ──accept──▶ active ──(ends)──▶ returning ──both ready──▶ reconnected
 *       │  ▲ propose (partner, once)  │ extend (requester, ≤2)   │ more time ──▶ active
 *       ├─cancel / no reply──▶ cancelled / expired
 *       └─not now (partner)──▶ not_now  (a gentle no: not in the feed, counted nowhere)
 *
 * Invariants: a pause has exactly one requester, and only they may extend it;
 * the partner may propose a different length once; no pause runs past 24 hours
 * from its start; terminal states (reconnected, cancelled, expired) never change.
 */
import type { PayloadOf } from '../../core/contracts';
import type { PauseEvent as ContractPauseEvent, pauseEvents } from './contract';
import { pauseCopy } from './copy';

export const PAUSE_RULES = {
  minMinutes: 1,
  maxMinutes: 120,
  maxExtensions: 2,
  /** A pause (with extensions and more time) never runs past this from its start. */
  maxTotalMs: 24 * 60 * 60 * 1000,
  /** A request nobody answered closes after this, so it never hangs. */
  replyWindowMs: 15 * 60 * 1000,
  /** Coming back within this of the agreed end counts as on time. */
  onTimeGraceMs: 5 * 60 * 1000,
  maxTetherLength: 280,
  /** Slow breathing around six breaths a minute calms most people; the couple can change it. */
  defaultBreathsPerMinute: 6,
  minBreathsPerMinute: 3,
  maxBreathsPerMinute: 12,
} as const;

export const WHERE = ['same_room', 'nearby', 'apart'] as const;
export const RETURN_PLANS = ['talk', 'hug', 'check_in'] as const;
export type Where = (typeof WHERE)[number];
export type ReturnPlan = (typeof RETURN_PLANS)[number];

/**
 * A usual pause for someone who has not chosen their own: long enough for a flooded body to
 * settle (about 20 minutes), close by, and a simple check-in to come back.
 */
export const FIRST_USUAL_PAUSE = { minutes: 20, where: 'nearby', tether: null, returnPlan: 'check_in' } as const satisfies {
  minutes: number;
  where: Where;
  tether: string | null;
  returnPlan: ReturnPlan;
};

export const LIVE_STATUSES = ['requested', 'active', 'returning'] as const;
export const TERMINAL_STATUSES = ['reconnected', 'cancelled', 'expired', 'not_now'] as const;
export type PauseStatus = (typeof LIVE_STATUSES)[number] | (typeof TERMINAL_STATUSES)[number];

export interface CheckIn {
  /** How I feel now, 0 (calm) … 10 (very activated). */
  feeling: number;
  nextStep: ReturnPlan;
  at: number;
}

export interface Pause {
  status: PauseStatus;
  requesterId: string;
  partnerId: string;
  minutes: number;
  where: Where;
  /** The asker's words to hold on to; optional, because a flooded person may have none yet. */
  tether: string | null;
  partnerTether: string | null;
  returnPlan: ReturnPlan;
  /** The partner's one counter-proposal of a length, waiting for the requester. */
  proposedMinutes: number | null;
  proposalUsed: boolean;
  requestedAt: number;
  startedAt: number | null;
  endsAt: number | null;
  extensions: number;
  moreTimeRequests: number;
  checkIns: Record<string, CheckIn>;
  endedAt: number | null;
  onTime: boolean | null;
  /** Both pacers derive their phase from (anchor, pace) and server time, so they breathe together. */
  breathsPerMinute: number;
  paceAnchorAt: number | null;
}

export type PauseCommand =
  | { type: 'request'; by: string; partnerId: string; minutes: number; where: Where; tether?: string | null; returnPlan: ReturnPlan }
  | { type: 'propose'; by: string; minutes: number }
  | { type: 'accept'; by: string; tether?: string | null }
  | { type: 'cancel'; by: string }
  /** The partner's gentle "not now": the request closes, with no consequence for anyone. */
  | { type: 'not_now'; by: string }
  | { type: 'extend'; by: string; minutes: number }
  | { type: 'ready'; by: string; feeling: number; nextStep: ReturnPlan }
  | { type: 'more_time'; by: string; minutes: number; tether?: string | null }
  | { type: 'pace'; by: string; breathsPerMinute: number }
  /** The clock: ends pauses whose time is up and closes unanswered requests. */
  | { type: 'tick' };

/**
 * The steps a decision emits: the contract's pause events the machine itself makes (a pulse is
 * not a step), with their payloads but for the pause's id, which the store assigns.
 */
export type PauseEventType = Exclude<ContractPauseEvent['type'], 'pause.pulse'>;
export type PauseEvent = {
  [K in PauseEventType]: { type: K; actorId: string | null; payload: Omit<PayloadOf<typeof pauseEvents, K>, 'pauseId'> };
}[PauseEventType];

export type RejectionCode =
  | 'pause_in_progress'
  | 'no_pause'
  | 'not_participant'
  | 'not_requester'
  | 'not_partner'
  | 'wrong_state'
  | 'proposal_used'
  | 'invalid_minutes'
  | 'invalid_feeling'
  | 'invalid_tether'
  | 'invalid_pace'
  | 'too_many_extensions'
  | 'over_24_hours'
  | 'self_partner';

export type Decision =
  | { ok: true; state: Pause; events: PauseEvent[] }
  | { ok: false; code: RejectionCode; message: string };

function reject(code: RejectionCode): Decision {
  return { ok: false, code, message: pauseCopy.rejections[code] };
}

function validMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= PAUSE_RULES.minMinutes && minutes <= PAUSE_RULES.maxMinutes;
}

/** Optional words: blank means none; too long is refused. */
function optionalTether(tether: string | null | undefined): { ok: true; text: string | null } | { ok: false } {
  const text = tether?.trim() || null;
  return text !== null && text.length > PAUSE_RULES.maxTetherLength ? { ok: false } : { ok: true, text };
}

export function isLive(p: Pause | null): p is Pause & { status: (typeof LIVE_STATUSES)[number] } {
  return p !== null && (LIVE_STATUSES as readonly string[]).includes(p.status);
}

/** The latest moment this pause may run to. */
export function hardStop(p: Pause): number {
  return (p.startedAt ?? p.requestedAt) + PAUSE_RULES.maxTotalMs;
}

const MINUTE = 60_000;

/**
 * Applies one command to the couple's current pause (`null` when there is
 * none live). A rejection leaves the state untouched and says why, kindly.
 */
export function decide(current: Pause | null, command: PauseCommand, now: number): Decision {
  if (command.type === 'request') {
    if (isLive(current)) return reject('pause_in_progress');
    if (command.by === command.partnerId) return reject('self_partner');
    if (!validMinutes(command.minutes)) return reject('invalid_minutes');
    const tether = optionalTether(command.tether);
    if (!tether.ok) return reject('invalid_tether');
    const state: Pause = {
      status: 'requested',
      requesterId: command.by,
      partnerId: command.partnerId,
      minutes: command.minutes,
      where: command.where,
      tether: tether.text,
      partnerTether: null,
      returnPlan: command.returnPlan,
      proposedMinutes: null,
      proposalUsed: false,
      requestedAt: now,
      startedAt: null,
      endsAt: null,
      extensions: 0,
      moreTimeRequests: 0,
      checkIns: {},
      endedAt: null,
      onTime: null,
      breathsPerMinute: PAUSE_RULES.defaultBreathsPerMinute,
      paceAnchorAt: null,
    };
    return { ok: true, state, events: [{ type: 'pause.requested', actorId: command.by, payload: summary(state) }] };
  }

  if (!isLive(current)) {
    // The clock finding nothing to do is not an error.
    if (command.type === 'tick') return { ok: true, state: current as Pause, events: [] };
    return reject('no_pause');
  }
  const p = current;
  if (command.type === 'tick') return tick(p, now);
  if (command.by !== p.requesterId && command.by !== p.partnerId) return reject('not_participant');

  switch (command.type) {
    case 'propose': {
      if (p.status !== 'requested') return reject('wrong_state');
      if (command.by !== p.partnerId) return reject('not_partner');
      if (p.proposalUsed) return reject('proposal_used');
      if (!validMinutes(command.minutes)) return reject('invalid_minutes');
      const state = { ...p, proposedMinutes: command.minutes, proposalUsed: true };
      return { ok: true, state, events: [{ type: 'pause.proposed', actorId: command.by, payload: { minutes: command.minutes } }] };
    }
    case 'accept': {
      if (p.status !== 'requested') return reject('wrong_state');
      // Normally the partner accepts the request; after a counter-proposal, the requester accepts that.
      const accepter = p.proposedMinutes === null ? p.partnerId : p.requesterId;
      if (command.by !== accepter) return reject(p.proposedMinutes === null ? 'not_partner' : 'not_requester');
      const tether = optionalTether(command.tether);
      if (!tether.ok) return reject('invalid_tether');
      const minutes = p.proposedMinutes ?? p.minutes;
      const state: Pause = {
        ...p,
        status: 'active',
        minutes,
        proposedMinutes: null,
        partnerTether: command.by === p.partnerId ? tether.text : p.partnerTether,
        startedAt: now,
        endsAt: now + minutes * MINUTE,
        paceAnchorAt: now,
      };
      return { ok: true, state, events: [{ type: 'pause.started', actorId: command.by, payload: summary(state) }] };
    }
    case 'cancel': {
      if (p.status !== 'requested') return reject('wrong_state');
      if (command.by !== p.requesterId) return reject('not_requester');
      const state: Pause = { ...p, status: 'cancelled', endedAt: now };
      return { ok: true, state, events: [{ type: 'pause.cancelled', actorId: command.by, payload: {} }] };
    }
    case 'not_now': {
      if (p.status !== 'requested') return reject('wrong_state');
      if (command.by !== p.partnerId) return reject('not_partner');
      const state: Pause = { ...p, status: 'not_now', endedAt: now };
      // No actor: the log keeps that the request was set aside, never who set it aside.
      return { ok: true, state, events: [{ type: 'pause.not_now', actorId: null, payload: {} }] };
    }
    case 'extend': {
      if (p.status !== 'active') return reject('wrong_state');
      if (command.by !== p.requesterId) return reject('not_requester');
      if (p.extensions >= PAUSE_RULES.maxExtensions) return reject('too_many_extensions');
      if (!validMinutes(command.minutes)) return reject('invalid_minutes');
      const endsAt = p.endsAt! + command.minutes * MINUTE;
      if (endsAt > hardStop(p)) return reject('over_24_hours');
      const state: Pause = { ...p, endsAt, extensions: p.extensions + 1 };
      return { ok: true, state, events: [{ type: 'pause.extended', actorId: command.by, payload: { endsAt: new Date(endsAt).toISOString(), minutes: command.minutes } }] };
    }
    case 'ready': {
      if (p.status !== 'returning' && p.status !== 'active') return reject('wrong_state');
      if (!Number.isInteger(command.feeling) || command.feeling < 0 || command.feeling > 10) return reject('invalid_feeling');
      const checkIns = { ...p.checkIns, [command.by]: { feeling: command.feeling, nextStep: command.nextStep, at: now } };
      const events: PauseEvent[] = [{ type: 'pause.checked_in', actorId: command.by, payload: { nextStep: command.nextStep } }];
      const bothReady = checkIns[p.requesterId] !== undefined && checkIns[p.partnerId] !== undefined;
      if (!bothReady) return { ok: true, state: { ...p, checkIns }, events };
      const state: Pause = { ...p, checkIns, status: 'reconnected', endedAt: now, onTime: now <= p.endsAt! + PAUSE_RULES.onTimeGraceMs };
      events.push({ type: 'pause.reconnected', actorId: null, payload: { onTime: state.onTime } });
      return { ok: true, state, events };
    }
    case 'pace': {
      if (p.status === 'requested') return reject('wrong_state');
      const bpm = command.breathsPerMinute;
      if (!Number.isInteger(bpm) || bpm < PAUSE_RULES.minBreathsPerMinute || bpm > PAUSE_RULES.maxBreathsPerMinute) {
        return reject('invalid_pace');
      }
      const state: Pause = { ...p, breathsPerMinute: bpm, paceAnchorAt: now };
      return { ok: true, state, events: [{ type: 'pause.paced', actorId: command.by, payload: { breathsPerMinute: bpm, anchorAt: new Date(now).toISOString() } }] };
    }
    case 'more_time': {
      if (p.status !== 'returning') return reject('wrong_state');
      if (!validMinutes(command.minutes)) return reject('invalid_minutes');
      const tether = optionalTether(command.tether);
      if (!tether.ok) return reject('invalid_tether');
      const endsAt = now + command.minutes * MINUTE;
      if (endsAt > hardStop(p)) return reject('over_24_hours');
      const { [command.by]: _dropped, ...checkIns } = p.checkIns;
      // New words for the extra minutes replace the asker's earlier ones on both screens.
      const words = command.by === p.requesterId ? { tether: tether.text ?? p.tether } : { partnerTether: tether.text ?? p.partnerTether };
      const state: Pause = { ...p, ...words, status: 'active', endsAt, moreTimeRequests: p.moreTimeRequests + 1, checkIns };
      return {
        ok: true,
        state,
        events: [{ type: 'pause.more_time', actorId: command.by, payload: { endsAt: new Date(endsAt).toISOString(), minutes: command.minutes } }],
      };
    }
  }
}

function tick(p: Pause, now: number): Decision {
  if (p.status === 'requested' && now >= p.requestedAt + PAUSE_RULES.replyWindowMs) {
    const state: Pause = { ...p, status: 'expired', endedAt: now };
    return { ok: true, state, events: [{ type: 'pause.expired', actorId: null, payload: { reason: 'no_reply' } }] };
  }
  if (p.status === 'active' && now >= p.endsAt!) {
    const state: Pause = { ...p, status: 'returning' };
    return { ok: true, state, events: [{ type: 'pause.returning', actorId: null, payload: {} }] };
  }
  if (p.status === 'returning' && now >= hardStop(p)) {
    const state: Pause = { ...p, status: 'expired', endedAt: now };
    return { ok: true, state, events: [{ type: 'pause.expired', actorId: null, payload: { reason: 'day_passed' } }] };
  }
  return { ok: true, state: p, events: [] };
}

/** When the clock must next look at this pause, or null when nothing is scheduled. */
export function nextDeadline(p: Pause | null): number | null {
  if (!isLive(p)) return null;
  if (p.status === 'requested') return p.requestedAt + PAUSE_RULES.replyWindowMs;
  if (p.status === 'active') return p.endsAt;
  return hardStop(p);
}

/** What both screens need to know; tethers are shared on purpose, check-in feelings are not. */
function summary(p: Pause): Omit<PayloadOf<typeof pauseEvents, 'pause.started'>, 'pauseId'> {
  return {
    minutes: p.minutes,
    where: p.where,
    returnPlan: p.returnPlan,
    endsAt: p.endsAt === null ? null : new Date(p.endsAt).toISOString(),
  };
}
