// The therapist's desk for a therapist with 200 connected couples, each with a year of records and
// full consent, beside one plain indexed statement over the same rows in the same run, on PGlite and
// on PostgreSQL. Run alone: `npm run bench -- --only=desk` (or `--no-postgres`, `--desk-runs=N`).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openPglite, openPostgres, type Database } from '../src/core/db/database';
import { migrate } from '../src/core/db/migrate';
import { recordLooks, CONSENT_SCOPES } from '../src/core/therapist-scope';
import { deskCouples, overviewsOf } from '../src/features/desk/overview';
import { stats, type Stats } from './lib';

export interface DeskBenchResult {
  db: string;
  couples: number;
  /** Rows of the couples' records (all of them, not only since the last session). */
  records: Record<string, number>;
  desk: Stats;
  baseline: Stats;
}

const ZONE = 'Europe/Berlin';
const DAYS = 365;

/**
 * One couple's year: 3 signals and a pause a day, 2 ruptures a week repaired 2–50 hours later, a
 * ritual moment a day, weekly joy, and both partners' weekly check-ins; connected to the therapist a
 * year ago with every scope consented by both, the last session 1–21 days ago (every tenth couple has
 * had none yet, so its "what changed" spans the whole year).
 */
export async function seedCouple(db: Database, therapistId: string, i: number): Promise<void> {
  const [a, b, coupleId] = [randomUUID(), randomUUID(), randomUUID()];
  await db.query(
    `insert into users (id, email, email_normalized, display_name, password_hash) values ($1, $3, $3, $5, 'x'), ($2, $4, $4, $6, 'x')`,
    [a, b, `${a}@bench.test`, `${b}@bench.test`, `Alex ${i}`, `Blair ${i}`],
  );
  await db.query(`insert into couples (id, name) values ($1, 'Bench')`, [coupleId]);
  await db.query(`insert into couple_members (couple_id, user_id, slot) values ($1, $2, 1), ($1, $3, 2)`, [coupleId, a, b]);
  const p = [coupleId, a, b, DAYS];
  await db.query(
    `insert into episodes (couple_id, kind, started_by, started_at)
       select $1, 'signal', case when g % 2 = 0 then $2::uuid else $3::uuid end, now() - make_interval(days => g / 3) - make_interval(hours => 5 * (g % 3), mins => g % 37)
         from generate_series(1, $4::int * 3) g`,
    p,
  );
  await db.query(
    `insert into episodes (couple_id, kind, started_by, started_at, ended_at, outcome, minutes, on_time)
       select $1, 'pause', $2::uuid, now() - make_interval(days => g, hours => 3), now() - make_interval(days => g, hours => 3) + interval '20 minutes', 'reconnected', 20, g % 4 <> 0
         from generate_series(1, $3::int) g`,
    [coupleId, a, DAYS],
  );
  await db.query(
    `insert into ruptures (couple_id, topic, logged_by, created_at, repaired_at)
       select $1, (array['money','chores','parenting','in_laws','sex','other'])[1 + g % 6], $2,
              now() - make_interval(hours => g * 84), now() - make_interval(hours => g * 84) + make_interval(hours => 2 + (g * 13) % 48)
         from generate_series(1, $3::int * 2 / 7) g`,
    [coupleId, a, DAYS],
  );
  await db.query(
    `insert into rupture_views (rupture_id, couple_id, author_id, intensity, reached_by, withdrew_by)
       select r.id, $1, x.author, 5, $2::uuid, $3::uuid from ruptures r cross join (values ($2::uuid), ($3::uuid)) x(author) where r.couple_id = $1`,
    [coupleId, a, b],
  );
  const [ritual] = await db.query<{ id: string }>(`insert into rituals (couple_id, title, created_by) values ($1, 'Night breath', $2) returning id`, [coupleId, a]);
  await db.query(
    `insert into ritual_moments (couple_id, ritual_id, marked_by, together, confirmed_at, created_at)
       select $1, $2, $3, false, now() - make_interval(days => g, hours => 1), now() - make_interval(days => g, hours => 1) from generate_series(1, $4::int) g`,
    [coupleId, ritual!.id, a, DAYS],
  );
  await db.query(`insert into joy_entries (couple_id, author_id, text, created_at) select $1, $2, 'A joy', now() - make_interval(days => g * 7) from generate_series(1, $3::int / 7) g`, [coupleId, b, DAYS]);
  await db.query(
    `insert into checkins (user_id, couple_id, week_start, time_zone, csi4, loop)
       select u, $1, date_trunc('week', now())::date - g * 7, 'UTC', jsonb_build_object('happiness', 4, 'warm', 3, 'rewarding', 4, 'satisfied', g % 4),
              jsonb_build_object('caught', g % 5, 'wayBack', 3, 'safeToReach', 3, 'safeToStepBack', 2)
         from generate_series(0, 51) g cross join (values ($2::uuid), ($3::uuid)) x(u)`,
    [coupleId, a, b],
  );
  const [link] = await db.query<{ id: string }>(
    `insert into therapist_links (couple_id, therapist_id, started_at, last_session_at, next_session_at)
     values ($1, $2, now() - interval '366 days', case when $3::int % 10 = 0 then null else now() - make_interval(days => 1 + $3::int % 21) end, now() + interval '7 days') returning id`,
    [coupleId, therapistId, i],
  );
  await db.query(
    `insert into therapist_consents (link_id, couple_id, user_id, scope, granted) select $1, $2, u, s, true from unnest($3::text[]) s cross join (values ($4::uuid), ($5::uuid)) x(u)`,
    [link!.id, coupleId, CONSENT_SCOPES.filter((s) => s !== 'repair_words'), a, b],
  );
}

/**
 * The baseline: a hand-written report over the same rows — for every link, one indexed range read
 * per record kind since the last session (or connecting): signals and pauses counted, ruptures with
 * their repair times as rows, moments and joy counted, and both partners' check-ins of the trend's
 * weeks as rows. No consent, no shaping, no look recorded: that is the desk's part.
 */
const BASELINE = `
  with l as (select couple_id, coalesce(last_session_at, started_at) as since from therapist_links where therapist_id = $1 and ended_at is null)
  select l.couple_id,
         (select json_build_array(count(*) filter (where kind = 'signal'), count(*) filter (where kind = 'pause'), max(started_at))
            from episodes e where e.couple_id = l.couple_id and e.started_at >= l.since) as loop,
         (select json_agg(json_build_array(r.created_at, r.repaired_at)) from ruptures r where r.couple_id = l.couple_id and (r.created_at >= l.since or r.repaired_at >= l.since)) as repair,
         (select count(*) from ritual_moments m where m.couple_id = l.couple_id and m.confirmed_at is not null and m.created_at >= l.since) as moments,
         (select count(*) from joy_entries j where j.couple_id = l.couple_id and j.created_at >= l.since) as joy,
         (select json_agg(json_build_array(c.user_id, c.week_start, c.csi4, c.loop)) from checkins c join couple_members cm on cm.user_id = c.user_id and cm.couple_id = l.couple_id
            where c.couple_id = l.couple_id and c.week_start >= $2::date) as checkins
    from l`;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function runDeskBench(db: Database, label: string, couples: number, runs: number): Promise<DeskBenchResult> {
  await migrate(db);
  const therapistId = randomUUID();
  await db.query(`insert into users (id, email, email_normalized, display_name, password_hash, kind) values ($1, $2, $2, 'Dr Lee', 'x', 'therapist')`, [therapistId, `${therapistId}@bench.test`]);
  for (let i = 0; i < couples; i++) await seedCouple(db, therapistId, i);
  const records: Record<string, number> = {};
  for (const t of ['episodes', 'ruptures', 'rupture_views', 'ritual_moments', 'joy_entries', 'checkins']) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${t}`);
    records[t] = row!.n;
  }
  await db.query('analyze');
  const therapist = { userId: therapistId, displayName: 'Dr Lee' };
  // What GET /api/desk does, in process (no HTTP): couples and consent, each overview, the looks.
  const desk = async () => {
    const list = await deskCouples(db, therapist);
    const now = Date.now();
    const overviews = await overviewsOf(db, list, now, ZONE);
    await recordLooks(
      db,
      list.map((c) => c.scope),
      'overview',
    );
    if (overviews.length !== couples || overviews.some((o) => !o.loop || !o.repair || !o.practice || o.checkins.length !== 2)) throw new Error(`${label}: the desk is missing what was consented`);
    return overviews;
  };
  const trendFrom = new Date(Date.now() - 8 * 7 * 86_400_000).toISOString().slice(0, 10);
  const baseline = () => db.query(BASELINE, [therapistId, trendFrom]);
  for (let i = 0; i < 5; i++) (await desk(), await baseline());
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so drift on a busy machine falls on both alike.
    a.push(await time(desk));
    b.push(await time(baseline));
  }
  return { db: label, couples, records, desk: stats(a), baseline: stats(b) };
}

export async function runDesk(postgresUrl: string | null, couples: number, runs: number): Promise<DeskBenchResult[]> {
  const out: DeskBenchResult[] = [];
  const lite = await openPglite();
  try {
    out.push(await runDeskBench(lite, 'PGlite (in memory)', couples, runs));
  } finally {
    await lite.close();
  }
  if (postgresUrl) {
    const schema = `bench_desk_${process.pid}`;
    const admin = await openPostgres({ connectionString: postgresUrl });
    await admin.query(`create schema ${schema}`);
    const pg = await openPostgres({ connectionString: postgresUrl, schema });
    try {
      out.push(await runDeskBench(pg, 'PostgreSQL', couples, runs));
    } finally {
      await pg.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.close();
    }
  }
  return out;
}
