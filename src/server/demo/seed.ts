import * as Y from 'yjs';
import { CoupleScope } from '../../core/couple-scope';
import type { BuiltApp } from '../../core/http/app';
import { runPauseCommand } from '../../features/pause/service';
import { demoJoyPhoto } from './demo-photo';

export const DEMO_PASSWORD = 'offbeat-demo-together';
export const DEMO_PEOPLE = [
  { email: 'alex@demo.offbeat.test', displayName: 'Alex' },
  { email: 'blair@demo.offbeat.test', displayName: 'Blair' },
] as const;
export const DEMO_SPACE = 'Alex & Blair';
export const DEMO_MAP = 'The kettle and the tortoise';

/**
 * Creates (or re-creates) the demo couple with a history that touches every part
 * of Offbeat, so one person can log in as each partner and see both sides: a named
 * pattern map with both sides written and shared, a pause yesterday evening that
 * ended with both check-ins, the rupture it belonged to repaired (both wrote, an
 * action done), two rituals with moments, and a joy entry with a photo.
 *
 * Everything goes through the app's own routes, as the two partners' browsers would
 * send it, so the data is exactly what the product makes. The one exception is the
 * pause's minutes passing: its commands run through the pause's own state machine
 * with a clock set a day back. Only the two demo accounts (and their space) are touched.
 */
export async function seedDemoCouple(app: BuiltApp): Promise<{ coupleId: string }> {
  const { db } = app.ctx;
  const emails = DEMO_PEOPLE.map((p) => p.email);
  await db.transaction(async (tx) => {
    await tx.query(
      `delete from couples where id in (select m.couple_id from couple_members m join users u on u.id = m.user_id where u.email_normalized = any($1))`,
      [emails],
    );
    await tx.query('delete from users where email_normalized = any($1)', [emails]);
  });

  const alex = new Partner(app);
  const blair = new Partner(app);
  await alex.call('POST', '/api/auth/signup', { email: DEMO_PEOPLE[0].email, password: DEMO_PASSWORD, displayName: DEMO_PEOPLE[0].displayName });
  await blair.call('POST', '/api/auth/signup', { email: DEMO_PEOPLE[1].email, password: DEMO_PASSWORD, displayName: DEMO_PEOPLE[1].displayName });

  // The space, and Blair joining it through Alex's invite.
  const { id: coupleId } = await alex.call<{ id: string }>('POST', '/api/couple', { name: DEMO_SPACE });
  const { url } = await alex.call<{ url: string }>('POST', '/api/couple/invites');
  await blair.call('POST', '/api/invites/accept', { token: new URL(url).hash.slice(1) });
  await blair.refresh();
  await alex.refresh();

  // The pattern map: each writes their own side, then shares it.
  const map = await alex.call<{ id: string }>('POST', '/api/maps', { name: DEMO_MAP });
  await alex.writeSide(map.id, {
    fields: {
      situation: 'One of us comes home tense, and the evening goes quiet.',
      move: 'I ask what is wrong, then ask again, and follow you from room to room.',
      partnerSees: 'Questions that keep coming, like a test I might fail.',
      feeling: 'Alone, and a little frantic.',
      fear: 'That you are slipping away from me.',
      longing: 'To know we are still close, even on a hard day.',
    },
    roles: { chores: 'pursuer', money: 'pursuer', in_laws: 'distancer' },
  });
  await blair.writeSide(map.id, {
    fields: {
      situation: 'The questions start before I have even put my bag down.',
      move: 'I go quiet, look at my phone, and say we can talk later.',
      partnerSees: 'A closed door, as if I did not care.',
      feeling: 'Flooded, like there is no air in the room.',
      fear: 'That whatever I say will make it worse.',
      longing: 'A little room to land, and then to come back to you without a fight.',
    },
    roles: { chores: 'distancer', money: 'distancer', in_laws: 'pursuer' },
  });
  await alex.call('POST', `/api/maps/${map.id}/share`);
  await blair.call('POST', `/api/maps/${map.id}/share`);

  // Yesterday evening: Blair asked for ten minutes in the same room; both checked in after.
  const pauseStart = Date.now() - 24 * 60 * MINUTE;
  const beforePause = await headSeq(app, coupleId);
  const pauseId = await pastPause(app, coupleId, blair.userId, alex.userId, pauseStart);
  const beforeRupture = await headSeq(app, coupleId);

  // The rupture that pause was part of, noted that evening and repaired together today.
  const rupture = await alex.call<{ id: string }>('POST', '/api/ruptures', {
    topic: 'chores',
    intensity: 6,
    reached: 'me',
    withdrew: 'partner',
    pauseId,
    note: 'I kept asking after Blair had said “later”. I knew it, and kept going.',
  });
  // Blair adds their own view of the same moment: a rupture is seen from both sides.
  await blair.call('PUT', `/api/ruptures/${rupture.id}/view`, { intensity: 5, reached: 'partner', withdrew: 'me' });
  const afterRupture = await headSeq(app, coupleId);
  // The routes stamp "now"; the feed and the rupture should say yesterday, as the pause does.
  await db.query(
    `update couple_events set created_at = $4::timestamptz + (seq - $2) * interval '1 minute' where couple_id = $1 and seq > $2 and seq <= $3`,
    [coupleId, beforePause, beforeRupture, new Date(pauseStart)],
  );
  await db.query(`update ruptures set created_at = $3 where couple_id = $1 and id = $2`, [coupleId, rupture.id, new Date(pauseStart + 40 * MINUTE)]);
  await db.query(`update couple_events set created_at = $4 where couple_id = $1 and seq > $2 and seq <= $3`, [coupleId, beforeRupture, afterRupture, new Date(pauseStart + 40 * MINUTE)]);
  const repair = await alex.call<{ id: string }>('POST', `/api/ruptures/${rupture.id}/repair`, { calmEnough: true });
  await blair.call('POST', `/api/ruptures/${rupture.id}/repair`, { calmEnough: true });
  await alex.call('POST', `/api/repairs/${repair.id}/submit`, {
    answers: {
      feelings: 'Shut out, and then ashamed of how hard I pushed.',
      myReality: 'The dishes were the surface. Underneath I was scared we were drifting.',
      myPart: 'I followed you from room to room after you asked for a moment.',
      impact: 'You felt cornered in your own home.',
      unmetNeed: 'To hear that we are okay, even when you need quiet.',
      iWill: 'When you say “later”, I will ask “when?” once, and then let it be.',
      iWillBy: isoDate(7),
      iAsk: 'Give me a time to hold on to when you need space.',
    },
  });
  const revealed = await blair.call<{ actions: Array<{ id: string; mine: boolean }> }>('POST', `/api/repairs/${repair.id}/submit`, {
    answers: {
      feelings: 'Overwhelmed, and then sad that I had gone so far away.',
      myReality: 'I had nothing left after work, and every question felt like a push.',
      myPart: 'I went silent without saying when I would be back.',
      impact: 'You were left alone with the worry.',
      unmetNeed: 'A few minutes to settle before we talk.',
      iWill: 'Say “I need ten minutes, and I will come back” instead of going quiet.',
      iWillBy: isoDate(3),
      iAsk: 'Trust the ten minutes, even when they feel long.',
    },
  });
  await alex.call('POST', `/api/repairs/${repair.id}/acknowledge`, { step: 'unmetNeed' });
  await blair.call('POST', `/api/repairs/${repair.id}/acknowledge`, { step: 'myPart' });
  // Blair has kept their word once already, and Alex noticed.
  const blairsAction = revealed.actions.find((a) => a.mine)!;
  await blair.call('POST', `/api/actions/${blairsAction.id}/done`);
  await alex.call('POST', `/api/actions/${blairsAction.id}/acknowledge`);
  await alex.call('POST', `/api/ruptures/${rupture.id}/repaired`);
  await blair.call('POST', `/api/ruptures/${rupture.id}/repaired`);

  // Two small rituals, with moments done together (and confirmed by the other).
  const breath = await alex.call<{ id: string }>('POST', '/api/rituals', { libraryKey: 'night_breath' });
  const hello = await blair.call<{ id: string }>('POST', '/api/rituals', { libraryKey: 'welcome_home' });
  await alex.call('PUT', `/api/rituals/${breath.id}/reminder`, { localTime: '22:30', weekdays: [1, 2, 3, 4, 5, 6, 7], timeZone: 'Europe/London', enabled: true });
  const first = await alex.call<{ id: string }>('POST', `/api/rituals/${breath.id}/moments`, { together: true });
  await blair.call('POST', `/api/moments/${first.id}/confirm`);
  const second = await blair.call<{ id: string }>('POST', `/api/rituals/${hello.id}/moments`, { together: true });
  await alex.call('POST', `/api/moments/${second.id}/confirm`);

  // Something joyful, with a photo.
  const joy = await blair.call<{ id: string }>('POST', '/api/joy', { text: 'Pancakes for dinner on the hill, and the one we burnt was the best.' });
  await blair.call('PUT', `/api/joy/${joy.id}/photo`, demoJoyPhoto(), 'image/png');

  return { coupleId };
}

const MINUTE = 60_000;

async function headSeq(app: BuiltApp, coupleId: string): Promise<number> {
  const [row] = await app.ctx.db.query<{ seq: number }>('select coalesce(max(seq), 0)::int as seq from couple_events where couple_id = $1', [coupleId]);
  return row!.seq;
}

/** A pause that started at `start`, step by step through the pause's own state machine. */
async function pastPause(app: BuiltApp, coupleId: string, requesterId: string, partnerId: string, start: number): Promise<string> {
  const { db, events } = app.ctx;
  const as = (userId: string) => new CoupleScope(coupleId, userId, db, events);
  const { row } = await runPauseCommand(
    as(requesterId),
    null,
    { type: 'request', by: requesterId, partnerId, minutes: 10, where: 'same_room', tether: 'I need ten minutes to settle. I am staying right here, and I will come back to you.', returnPlan: 'talk' },
    start,
  );
  await runPauseCommand(as(partnerId), null, { type: 'accept', by: partnerId, tether: 'Okay. I will make us tea while we wait.' }, start + MINUTE);
  await runPauseCommand(as(requesterId), null, { type: 'tick' }, start + 11 * MINUTE);
  await runPauseCommand(as(requesterId), null, { type: 'ready', by: requesterId, feeling: 4, nextStep: 'talk' }, start + 12 * MINUTE);
  await runPauseCommand(as(partnerId), null, { type: 'ready', by: partnerId, feeling: 3, nextStep: 'talk' }, start + 13 * MINUTE);
  return row!.id;
}

function isoDate(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

type Roles = Partial<Record<'sex' | 'money' | 'parenting' | 'in_laws' | 'chores' | 'other', 'pursuer' | 'distancer' | 'switch'>>;

/** One partner's browser, in-process: own cookies and CSRF token, every request through the app's routes. */
class Partner {
  private cookies = new Map<string, string>();
  private csrfToken = '';
  userId = '';

  constructor(private readonly app: BuiltApp) {}

  async refresh(): Promise<void> {
    const session = await this.call<{ csrfToken: string; user: { id: string } | null }>('GET', '/api/session');
    this.csrfToken = session.csrfToken;
    this.userId = session.user?.id ?? '';
  }

  async call<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    if (method !== 'GET' && !this.csrfToken) await this.refresh();
    const raw = Buffer.isBuffer(body);
    const res = await this.app.api.inject({
      method,
      url,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        ...(body === undefined ? {} : { 'content-type': contentType }),
      },
      ...(body === undefined ? {} : { payload: raw ? body : JSON.stringify(body) }),
    });
    for (const cookie of res.cookies) {
      if (cookie.value === '' || cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    if (res.statusCode >= 400) throw new Error(`demo seed: ${method} ${url} → ${res.statusCode} ${res.body}`);
    const data: unknown = res.body ? JSON.parse(res.body) : null;
    // Signing up or logging in answers with the new session's token.
    const session = data as { csrfToken?: string; user?: { id: string } } | null;
    if (session?.csrfToken) {
      this.csrfToken = session.csrfToken;
      if (session.user) this.userId = session.user.id;
    }
    return data as T;
  }

  /** Writes my side of the map as one Yjs update, as the map screen sends typing. */
  async writeSide(mapId: string, side: { fields: Record<string, string>; roles: Roles }): Promise<void> {
    const doc = new Y.Doc();
    for (const [field, text] of Object.entries(side.fields)) doc.getText(field).insert(0, text);
    const roles = doc.getMap('roles');
    for (const [topic, role] of Object.entries(side.roles)) roles.set(topic, role);
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
    await this.call('POST', `/api/maps/${mapId}/sides/${this.userId}/updates`, { update });
  }
}
