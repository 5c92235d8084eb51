// "How we're doing" over 52 weeks for one busy couple with five years of records, beside a plain
// SQL aggregate over the same rows in the same run, on PGlite and on PostgreSQL.
// Run alone: `npm run bench -- --only=insights` (or `--no-postgres`).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CoupleScope } from '../src/core/couple-scope';
import { openPglite, openPostgres, type Database } from '../src/core/db/database';
import { migrate } from '../src/core/db/migrate';
import { EventLog } from '../src/core/realtime/event-log';
import { loadRecords } from '../src/features/insights/routes';
import { fromRows, loopRhythm, weekWindows, type InsightRecords } from '../src/features/insights/rhythm';
import { stats, type Stats } from './lib';

export interface InsightsBenchResult {
  db: string;
  records: Record<string, number>;
  total: number;
  /** In the 52-week span: what both the insights and the aggregate read. */
  inSpan: number;
  insights: Stats;
  /** Of which the pure maths (no database). */
  maths: Stats;
  aggregate: Stats;
}

const ZONE = 'Europe/Berlin';
const DAYS = 5 * 365;

/**
 * Five years ending now: 3 signals a day, a pause a day (reconnected, with both check-ins),
 * 2 ruptures a week each seen from both sides and repaired within 2–50 hours with one action
 * done, a ritual moment a day, a joy entry a week, and a season every quarter.
 */
export async function seed(db: Database): Promise<{ coupleId: string; alex: string; records: Record<string, number> }> {
  const [alex, blair] = [randomUUID(), randomUUID()];
  const coupleId = randomUUID();
  for (const [id, name] of [
    [alex, 'Alex'],
    [blair, 'Blair'],
  ] as const) {
    await db.query(`insert into users (id, email, email_normalized, display_name, password_hash) values ($1, $2, $2, $3, 'x')`, [id, `${id}@bench.test`, name]);
  }
  await db.query(`insert into couples (id, name) values ($1, 'Bench')`, [coupleId]);
  await db.query(`insert into couple_members (couple_id, user_id, slot) values ($1, $2, 1), ($1, $3, 2)`, [coupleId, alex, blair]);
  const p = [coupleId, alex, blair, DAYS];
  // Signals: three a day, at 08:00, 13:00 and 19:00 UTC plus a few minutes' jitter.
  await db.query(
    `with s as (insert into signals (couple_id, client_id, sender_id, need, created_at)
       select $1, gen_random_uuid(), case when g % 2 = 0 then $2::uuid else $3::uuid end, 'pause',
              now() - make_interval(days => g / 3) - make_interval(hours => 5 * (g % 3), mins => g % 37)
         from generate_series(1, $4::int * 3) g returning id, sender_id, created_at)
     insert into episodes (couple_id, kind, signal_id, started_by, started_at) select $1, 'signal', id, sender_id, created_at from s`,
    p,
  );
  // Pauses: one a day, 20 minutes, on time on most days; both partners' check-ins in the state.
  await db.query(
    `with p as (insert into pauses (couple_id, status, state, created_at)
       select $1, 'reconnected',
              jsonb_build_object('status', 'reconnected', 'checkIns', jsonb_build_object($2::text, jsonb_build_object('feeling', g % 11), $3::text, jsonb_build_object('feeling', (g * 7) % 11))),
              now() - make_interval(days => g, hours => 3)
         from generate_series(1, $4::int) g returning id, created_at)
     insert into episodes (couple_id, kind, pause_id, started_by, started_at, ended_at, outcome, minutes, on_time)
       select $1, 'pause', id, $2::uuid, created_at, created_at + interval '20 minutes', 'reconnected', 20, extract(day from created_at)::int % 4 <> 0 from p`,
    p,
  );
  // Ruptures: two a week, repaired 2–50 hours later; both views; one repair with one action done.
  await db.query(
    `insert into ruptures (couple_id, topic, logged_by, created_at, repaired_at)
       select $1, (array['money','chores','parenting','in_laws','sex','other'])[1 + g % 6], $2,
              now() - make_interval(hours => g * 84), now() - make_interval(hours => g * 84) + make_interval(hours => 2 + (g * 13) % 48)
         from generate_series(1, $3::int * 2 / 7) g`,
    [coupleId, alex, DAYS],
  );
  await db.query(
    `insert into rupture_views (rupture_id, couple_id, author_id, intensity, reached_by, withdrew_by)
       select r.id, $1, a.author, 5, case when (extract(epoch from r.created_at)::bigint / 86400) % 5 < 3 then $2::uuid else $3::uuid end,
              case when (extract(epoch from r.created_at)::bigint / 86400) % 5 < 3 then $3::uuid else $2::uuid end
         from ruptures r cross join (values ($2::uuid), ($3::uuid)) a(author) where r.couple_id = $1`,
    p.slice(0, 3),
  );
  await db.query(
    `with rep as (insert into repairs (couple_id, rupture_id, state) select $1, id, '{}' from ruptures where couple_id = $1 returning id, rupture_id)
     insert into repair_actions (couple_id, repair_id, owner_id, text, done_at)
       select $1, rep.id, $2, 'An action', r.repaired_at + interval '1 day' from rep join ruptures r on r.id = rep.rupture_id`,
    p.slice(0, 2),
  );
  const [ritual] = await db.query<{ id: string }>(`insert into rituals (couple_id, title, created_by) values ($1, 'Night breath', $2) returning id`, [coupleId, alex]);
  await db.query(
    `insert into ritual_moments (couple_id, ritual_id, marked_by, together, confirmed_at, created_at)
       select $1, $2, $3, false, now() - make_interval(days => g, hours => 1), now() - make_interval(days => g, hours => 1) from generate_series(1, $4::int) g`,
    [coupleId, ritual!.id, alex, DAYS],
  );
  await db.query(
    `insert into joy_entries (couple_id, author_id, text, created_at) select $1, $2, 'A joy', now() - make_interval(days => g * 7) from generate_series(1, $3::int / 7) g`,
    [coupleId, blair, DAYS],
  );
  await db.query(
    `insert into seasons (couple_id, carrier_id, what, why, review_on, status, proposed_by, accepted_by, created_at, ended_at)
       select $1, $2, 'Carrying more', 'A busy time', current_date, 'ended', $2, array[$2, $3]::uuid[], now() - make_interval(days => g * 91), now() - make_interval(days => g * 91 - 30)
         from generate_series(1, $4::int / 91) g`,
    p,
  );
  const records: Record<string, number> = {};
  for (const t of ['signals', 'pauses', 'episodes', 'ruptures', 'rupture_views', 'repair_actions', 'ritual_moments', 'joy_entries', 'seasons']) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${t} where couple_id = $1`, [coupleId]);
    records[t] = row!.n;
  }
  await db.query('analyze');
  return { coupleId, alex, records };
}

/**
 * The baseline: what a hand-written report would do — one statement over the same rows of the
 * same span, computing the same inputs the maths takes: signals, pauses (reconnected, on time) and
 * the viewer's feelings (sum and count), repair actions, kept ritual moments and joy counted per
 * local week; ruptures with both views and seasons as rows (time to repair, roles and spans need
 * each one). No medians, no roles, no shaping: that is the maths' part, timed separately.
 */
const AGGREGATE = `
  with e as (
    select date_trunc('week', e.started_at at time zone $4) as week, e.kind, e.outcome, e.on_time,
           case when e.outcome = 'reconnected' then (p.state->'checkIns'->$3->>'feeling')::int end as feeling
      from episodes e left join pauses p on p.couple_id = $1 and p.id = e.pause_id where e.couple_id = $1 and e.started_at >= $2
  )
  select to_char(week, 'YYYY-MM-DD') as week, 'episodes' as k,
         json_build_array(count(*) filter (where kind = 'signal'), count(*) filter (where kind = 'pause'),
           count(*) filter (where kind = 'pause' and outcome = 'reconnected'), count(*) filter (where kind = 'pause' and outcome = 'reconnected' and on_time),
           coalesce(sum(feeling) filter (where kind = 'pause'), 0), count(feeling) filter (where kind = 'pause')) as v
    from e group by 1
  union all select to_char(date_trunc('week', done_at at time zone $4), 'YYYY-MM-DD'), 'actions', json_build_array(count(*)) from repair_actions where couple_id = $1 and done_at >= $2 group by 1
  union all select to_char(date_trunc('week', created_at at time zone $4), 'YYYY-MM-DD'), 'moments', json_build_array(count(*)) from ritual_moments where couple_id = $1 and confirmed_at is not null and created_at >= $2 group by 1
  union all select to_char(date_trunc('week', created_at at time zone $4), 'YYYY-MM-DD'), 'joy', json_build_array(count(*)) from joy_entries where couple_id = $1 and created_at >= $2 group by 1
  union all select null, 'rupture', json_build_array(r.topic, r.created_at, r.repaired_at,
              (select json_agg(json_build_array(v.reached_by, v.withdrew_by) order by v.author_id) from rupture_views v where v.couple_id = $1 and v.rupture_id = r.id))
     from ruptures r where r.couple_id = $1 and (r.created_at >= $2 or r.repaired_at >= $2)
  union all select null, 'season', json_build_array(created_at, ended_at) from seasons
     where couple_id = $1 and (status = 'active' or (status = 'ended' and cardinality(accepted_by) >= 2)) and (ended_at is null or ended_at >= $2)`;

/** The old way, kept here only as the reference: every row of the span, counted per week in Luxon. */
async function rowsOf(db: Database, coupleId: string, since: Date, viewerId: string): Promise<InsightRecords> {
  const ms = (rows: Array<{ t: Date }>) => rows.map((r) => r.t.getTime());
  const episodes = await db.query<{ kind: 'signal' | 'pause'; t: Date; outcome: string | null; onTime: boolean | null; f: number | null }>(
    `select e.kind, e.started_at as t, e.outcome, e.on_time as "onTime", case when e.outcome = 'reconnected' then (p.state->'checkIns'->$3->>'feeling')::int end as f
       from episodes e left join pauses p on p.couple_id = $1 and p.id = e.pause_id where e.couple_id = $1 and e.started_at >= $2 order by e.started_at`,
    [coupleId, since, viewerId],
  );
  const ruptures = await db.query<{ topic: string; createdAt: Date; repairedAt: Date | null; views: Array<{ reachedBy: string | null; withdrewBy: string | null }> }>(
    `select r.topic, r.created_at as "createdAt", r.repaired_at as "repairedAt",
            coalesce((select json_agg(json_build_object('reachedBy', v.reached_by, 'withdrewBy', v.withdrew_by) order by v.author_id) from rupture_views v where v.couple_id = $1 and v.rupture_id = r.id), '[]'::json) as views
       from ruptures r where r.couple_id = $1 and (r.created_at >= $2 or r.repaired_at >= $2) order by r.created_at`,
    [coupleId, since],
  );
  const seasons = await db.query<{ s: Date; e: Date | null }>(
    `select created_at as s, ended_at as e from seasons where couple_id = $1 and (status = 'active' or (status = 'ended' and cardinality(accepted_by) >= 2)) and (ended_at is null or ended_at >= $2) order by created_at`,
    [coupleId, since],
  );
  return {
    episodes: episodes.map((e) => ({ kind: e.kind, startedAt: e.t.getTime(), outcome: e.outcome, onTime: e.onTime, myFeelingAfter: e.f })),
    ruptures: ruptures.map((r) => ({ topic: r.topic, createdAt: r.createdAt.getTime(), repairedAt: r.repairedAt && r.repairedAt.getTime(), views: r.views })),
    actionsDone: ms(await db.query(`select done_at as t from repair_actions where couple_id = $1 and done_at >= $2 order by done_at`, [coupleId, since])),
    moments: ms(await db.query(`select created_at as t from ritual_moments where couple_id = $1 and confirmed_at is not null and created_at >= $2 order by created_at`, [coupleId, since])),
    joy: ms(await db.query(`select created_at as t from joy_entries where couple_id = $1 and created_at >= $2 order by created_at`, [coupleId, since])),
    seasons: seasons.map((x) => ({ startedAt: x.s.getTime(), endedAt: x.e && x.e.getTime() })),
  };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function runInsightsBench(db: Database, label: string, runs: number): Promise<InsightsBenchResult> {
  await migrate(db);
  const { coupleId, alex, records } = await seed(db);
  const scope = new CoupleScope(coupleId, alex, db, new EventLog('bench'));
  const insights = async () => {
    const now = Date.now();
    const windows = weekWindows(now, ZONE, 52);
    const { records: r } = await loadRecords(scope, new Date(windows[0]!.startMs), ZONE);
    return loopRhythm(r, now, ZONE, 52, alex);
  };
  const since = new Date(weekWindows(Date.now(), ZONE, 52)[0]!.startMs);
  const aggregate = () => db.query(AGGREGATE, [coupleId, since, alex, ZONE]);
  const loaded = (await loadRecords(scope, since, ZONE)).records;
  // Same figures as counting every row in Luxon's weeks (the way before the reads grouped in SQL).
  const rows = await rowsOf(db, coupleId, since, alex);
  const at = Date.now();
  const [grouped, reference] = [loopRhythm(loaded, at, ZONE, 52, alex), loopRhythm(fromRows(rows, ZONE), at, ZONE, 52, alex)];
  if (JSON.stringify(grouped) !== JSON.stringify(reference)) throw new Error(`${label}: insights from per-week counts differ from insights over rows`);
  const inSpan = rows.episodes.length + rows.ruptures.length + rows.actionsDone.length + rows.moments.length + rows.joy.length + rows.seasons.length;
  for (let i = 0; i < 20; i++) (await insights(), await aggregate());
  const a: number[] = [];
  const b: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so drift on a busy machine falls on both alike.
    a.push(await time(insights));
    b.push(await time(aggregate));
    const t0 = performance.now();
    loopRhythm(loaded, Date.now(), ZONE, 52, alex);
    m.push(performance.now() - t0);
  }
  return { db: label, records, total: Object.entries(records).reduce((n, [k, v]) => (k === 'episodes' ? n : n + v), 0), inSpan, insights: stats(a), maths: stats(m), aggregate: stats(b) };
}

export async function runInsights(postgresUrl: string | null, runs: number): Promise<InsightsBenchResult[]> {
  const out: InsightsBenchResult[] = [];
  const lite = await openPglite();
  try {
    out.push(await runInsightsBench(lite, 'PGlite (in memory)', runs));
  } finally {
    await lite.close();
  }
  if (postgresUrl) {
    const schema = `bench_insights_${process.pid}`;
    const admin = await openPostgres({ connectionString: postgresUrl });
    await admin.query(`create schema ${schema}`);
    const pg = await openPostgres({ connectionString: postgresUrl, schema });
    try {
      out.push(await runInsightsBench(pg, 'PostgreSQL', runs));
    } finally {
      await pg.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.close();
    }
  }
  return out;
}
