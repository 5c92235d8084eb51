import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoupleScope } from '../../core/couple-scope';
import { EventLog } from '../../core/realtime/event-log';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db';
import { rhythmEpisodeWeeksSince } from '../pause/reads';
import { joyWeeksSince, ritualMomentWeeksSince } from '../practice/reads';
import { repairActionWeeksSince } from '../repair/reads';
import { countWeeks, weekKey, type InsightRecords } from './rhythm';

/**
 * The owners' reads count per local week in SQL (`date_trunc('week', t at time zone zone)`); the
 * maths' weeks are Luxon's (rhythm.ts). Both must put every instant in the same Monday-to-Monday
 * week, DST changes included: checked on instants around each change of 2025–2027 and around
 * local Monday midnights, in zones with hour, half-hour and 45-minute offsets, both hemispheres.
 */
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'Australia/Sydney'];
const MINUTE = 60_000;
const FROM = Date.parse('2024-12-01T00:00:00Z');

/** Instants around each DST change (found hour by hour) and around local Monday 00:00 near it. */
function instantsAround(zone: string): number[] {
  const out: number[] = [];
  const end = Date.parse('2027-12-31T00:00:00Z');
  for (let t = Date.parse('2025-01-01T00:00:00Z'); t < end; t += 60 * MINUTE) {
    const before = DateTime.fromMillis(t, { zone }).offset;
    const after = DateTime.fromMillis(t + 60 * MINUTE, { zone }).offset;
    if (before === after) continue;
    let lo = t;
    let hi = t + 60 * MINUTE;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
      if (DateTime.fromMillis(mid, { zone }).offset === before) lo = mid;
      else hi = mid;
    }
    for (const d of [-90, -60, -31, -30, -1, 0, 1, 29, 30, 59, 60, 61, 90]) out.push(hi + d * MINUTE);
    // The Monday midnights either side of the change, and the minutes around them.
    const monday = DateTime.fromMillis(hi, { zone }).startOf('week');
    for (const m of [monday, monday.plus({ weeks: 1 })]) for (const d of [-61, -1, 0, 1, 61]) out.push(m.toMillis() + d * MINUTE);
  }
  const plain = DateTime.fromISO('2026-06-15T00:00', { zone }).toMillis();
  for (const d of [-1, 0, 1]) out.push(plain + d * MINUTE);
  return out;
}

const instants = [...new Set(ZONES.flatMap(instantsAround))].sort((a, b) => a - b);

let t: TestDatabase;
let scope: CoupleScope;
let rows: InsightRecords;
beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  const [alex, blair, couple] = [randomUUID(), randomUUID(), randomUUID()];
  for (const [id, name] of [[alex, 'Alex'], [blair, 'Blair']] as const) {
    await db.query(`insert into users (id, email, email_normalized, display_name, password_hash) values ($1, $2, $2, $3, 'x')`, [id, `${id}@weeks.test`, name]);
  }
  await db.query(`insert into couples (id, name) values ($1, 'Weeks')`, [couple]);
  await db.query(`insert into couple_members (couple_id, user_id, slot) values ($1, $2, 1), ($1, $3, 2)`, [couple, alex, blair]);
  const ts = JSON.stringify(instants.map((x) => new Date(x).toISOString()));
  const each = `from json_array_elements_text($2::json) with ordinality as x(t, i)`;
  await db.query(
    `with s as (insert into signals (couple_id, client_id, sender_id, need, created_at) select $1, gen_random_uuid(), $3::uuid, 'pause', x.t::timestamptz ${each} returning id, created_at)
     insert into episodes (couple_id, kind, signal_id, started_by, started_at) select $1, 'signal', id, $3::uuid, created_at from s`,
    [couple, ts, alex],
  );
  // Pauses: reconnected on time, late, or cancelled by turn; Alex's feeling on two in three, Blair's on all.
  await db.query(
    `with p as (insert into pauses (couple_id, status, state, created_at)
       select $1, case when x.i % 3 = 0 then 'cancelled' else 'reconnected' end,
              jsonb_build_object('checkIns', case when x.i % 3 = 1 then jsonb_build_object($4::text, jsonb_build_object('feeling', 9))
                                                  else jsonb_build_object($3::text, jsonb_build_object('feeling', x.i % 11), $4::text, jsonb_build_object('feeling', 9)) end),
              x.t::timestamptz ${each} returning id, created_at, status)
     insert into episodes (couple_id, kind, pause_id, started_by, started_at, outcome, on_time, minutes)
       select $1, 'pause', id, $3::uuid, created_at, status, case when status = 'reconnected' then extract(minute from created_at)::int % 2 = 0 end, 20 from p`,
    [couple, ts, alex, blair],
  );
  await db.query(`insert into joy_entries (couple_id, author_id, text, created_at) select $1, $3, 'A joy', x.t::timestamptz ${each}`, [couple, ts, blair]);
  const [ritual] = await db.query<{ id: string }>(`insert into rituals (couple_id, title, created_by) values ($1, 'Breath', $2) returning id`, [couple, alex]);
  // Kept moments, and "together" ones never confirmed (not kept, never counted).
  await db.query(
    `insert into ritual_moments (couple_id, ritual_id, marked_by, together, confirmed_at, created_at)
       select $1, $3, $4, x.i % 4 = 0, case when x.i % 4 = 0 then null else x.t::timestamptz end, x.t::timestamptz ${each}`,
    [couple, ts, ritual!.id, alex],
  );
  const [rupture] = await db.query<{ id: string }>(`insert into ruptures (couple_id, topic, logged_by) values ($1, 'money', $2) returning id`, [couple, alex]);
  const [repair] = await db.query<{ id: string }>(`insert into repairs (couple_id, rupture_id, state) values ($1, $2, '{}') returning id`, [couple, rupture!.id]);
  await db.query(`insert into repair_actions (couple_id, repair_id, owner_id, text, done_at) select $1, $3, $4, 'An action', x.t::timestamptz ${each}`, [couple, ts, repair!.id, alex]);
  scope = new CoupleScope(couple, alex, db, new EventLog('weeks'));

  // The same rows, read one by one: the reference the per-week counts must equal.
  const ms = (r: Array<{ t: Date }>) => r.map((x) => x.t.getTime());
  const episodes = await db.query<{ kind: 'signal' | 'pause'; t: Date; outcome: string | null; onTime: boolean | null; f: number | null }>(
    `select e.kind, e.started_at as t, e.outcome, e.on_time as "onTime", case when e.outcome = 'reconnected' then (p.state->'checkIns'->$2->>'feeling')::int end as f
       from episodes e left join pauses p on p.id = e.pause_id where e.couple_id = $1`,
    [couple, alex],
  );
  rows = {
    episodes: episodes.map((e) => ({ kind: e.kind, startedAt: e.t.getTime(), outcome: e.outcome, onTime: e.onTime, myFeelingAfter: e.f })),
    ruptures: [],
    actionsDone: ms(await db.query(`select done_at as t from repair_actions where couple_id = $1`, [couple])),
    moments: ms(await db.query(`select created_at as t from ritual_moments where couple_id = $1 and confirmed_at is not null`, [couple])),
    joy: ms(await db.query(`select created_at as t from joy_entries where couple_id = $1`, [couple])),
    seasons: [],
  };
});
afterAll(() => t.drop());

describe('weeks in SQL are the maths’ weeks', () => {
  it('puts every instant around a DST change in the same local Monday as Luxon, in every zone', async () => {
    expect(instants.length).toBeGreaterThan(500);
    for (const zone of ZONES) {
      const got = await t.db.query<{ week: string }>(
        `select to_char(date_trunc('week', x.t::timestamptz at time zone $2), 'YYYY-MM-DD') as week from json_array_elements_text($1::json) with ordinality as x(t, i) order by x.i`,
        [JSON.stringify(instants.map((x) => new Date(x).toISOString())), zone],
      );
      expect({ zone, weeks: got.map((r) => r.week) }).toEqual({ zone, weeks: instants.map((x) => weekKey(x, zone)) });
    }
  });

  it('the owners’ per-week reads count what counting every row in Luxon’s weeks counts', async () => {
    expect(rows.episodes.length).toBe(2 * instants.length);
    for (const zone of ZONES) {
      const reference = countWeeks(rows, zone);
      const from = new Date(FROM);
      const [episodes, actions, moments, joy] = await Promise.all([
        rhythmEpisodeWeeksSince(scope, from, scope.userId, zone),
        repairActionWeeksSince(scope, from, zone),
        ritualMomentWeeksSince(scope, from, zone),
        joyWeeksSince(scope, from, zone),
      ]);
      const pick = <K extends keyof (typeof reference)[number]>(keys: K[]) =>
        reference.map((w) => Object.fromEntries([['week', w.week], ...keys.map((k) => [k, w[k]])]));
      expect({ zone, episodes }).toEqual({ zone, episodes: pick(['signals', 'pauses', 'pausesReconnected', 'pausesOnTime', 'feelingSum', 'feelingCount']) });
      const counts = (k: 'actionsDone' | 'moments' | 'joy') => reference.filter((w) => w[k] > 0).map((w) => ({ week: w.week, count: w[k] }));
      expect({ zone, actions, moments, joy }).toEqual({ zone, actions: counts('actionsDone'), moments: counts('moments'), joy: counts('joy') });
    }
  });
});
