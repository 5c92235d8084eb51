import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every table has one owner: a feature, or core for the shared plumbing every feature may
 * use (people, couples, their membership, the event log, push, stored media). Only the
 * owner's SQL reads or writes a feature's table; any other feature goes through the
 * owner's `reads.ts` (test/boundaries.test.ts). Core's SQL names only core tables.
 * A new migration's table fails here until it is given an owner.
 */
const OWNERS: Record<string, string> = {
  users: 'core',
  sessions: 'core',
  couples: 'core',
  couple_members: 'core',
  couple_events: 'core',
  app_nodes: 'core',
  presence: 'core',
  app_settings: 'core',
  // The app lock is checked by core on every request (core/auth/app-lock.ts); accounts has its routes.
  app_locks: 'core',
  // A way to sign in, like the password: the accounts feature's alone.
  passkeys: 'accounts',
  passkey_challenges: 'accounts',
  // One-time links sent by mail (reset, sign-up, email change): only the accounts feature reads or writes them.
  email_tokens: 'accounts',
  // Push is core plumbing (core/push sends, prunes and respects quiet hours); the
  // notifications feature is only its settings screen and routes.
  push_subscriptions: 'core',
  notification_prefs: 'core',
  // What each person lets their partner see, enforced by core (hub, push) and read by signal.
  sharing_prefs: 'core',
  push_outbox: 'core',
  // Stored files are swept and deleted with a space by core (media-store, membership).
  media: 'core',
  // Written by core/membership as a space ends, shown by couple.
  space_endings: 'core',
  // Who a therapist is connected to and what each partner consents to, read by core's TherapistScope on every therapist request.
  therapist_links: 'core',
  therapist_consents: 'core',
  therapist_access_log: 'core',
  therapist_profiles: 'therapist',
  therapist_invites: 'therapist',
  homework_assignments: 'homework',
  homework_replies: 'homework',
  // A partner's private word to their therapist: never a couple's record, so not core's or homework's.
  therapist_messages: 'tell-therapist',
  therapist_notes: 'desk',
  invites: 'couple',
  pauses: 'pause',
  pause_commands: 'pause',
  usual_pauses: 'pause',
  episodes: 'pause', // why pause and not signal or core: src/features/pause/reads.ts
  signals: 'signal',
  // A person's heart rate kept with a pause: their own, never the couple's record (decision 0026).
  heart_traces: 'heart',
  signal_taps: 'signal',
  scripts: 'toolkit',
  helps: 'toolkit',
  toolkit_prefs: 'toolkit',
  safety_checks: 'safety',
  checkins: 'checkin',
  checkin_days: 'checkin',
  checkin_reminders: 'checkin',
  pattern_maps: 'pattern-map',
  map_sides: 'pattern-map',
  map_updates: 'pattern-map',
  map_comments: 'pattern-map',
  contracts: 'pattern-map',
  contract_marks: 'pattern-map',
  said_and_meant: 'pattern-map',
  ruptures: 'repair',
  rupture_notes: 'repair',
  rupture_repaired_marks: 'repair',
  rupture_views: 'repair',
  repairs: 'repair',
  repair_actions: 'repair',
  journal_entries: 'repair',
  role_reflections: 'repair',
  rituals: 'practice',
  ritual_reminders: 'practice',
  reminder_deliveries: 'practice',
  ritual_moments: 'practice',
  notes: 'practice',
  joy_entries: 'practice',
  joy_ideas: 'practice',
  capacity_checkins: 'practice',
  seasons: 'practice',
  stretch_experiments: 'practice',
};

const SRC = path.resolve('src');

/** The tables the migrations leave, in order: created, then renamed. */
function migratedTables(): Set<string> {
  const tables = new Set<string>();
  const dir = path.resolve('migrations');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.sql')).sort()) {
    const sql = readFileSync(path.join(dir, name), 'utf8');
    for (const m of sql.matchAll(/\b(?:create\s+table(?:\s+if\s+not\s+exists)?\s+(\w+))|(?:alter\s+table\s+(\w+)\s+rename\s+to\s+(\w+))|(?:drop\s+table(?:\s+if\s+exists)?\s+(\w+))/gi)) {
      if (m[1]) tables.add(m[1].toLowerCase());
      if (m[2]) {
        tables.delete(m[2].toLowerCase());
        tables.add(m[3]!.toLowerCase());
      }
      if (m[4]) tables.delete(m[4].toLowerCase());
    }
  }
  return tables;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** SQL in `source` naming a feature's table that `owner` does not own, as `file:line table (owner)`. */
function foreignTables(rel: string, source: string, owner: string): string[] {
  const foreign = Object.keys(OWNERS).filter((t) => OWNERS[t] !== owner && OWNERS[t] !== 'core');
  const pattern = new RegExp(`\\b(?:from|join|into|update|table)\\s+(${foreign.join('|')})\\b`, 'gi');
  return [...source.matchAll(pattern)].map((m) => {
    const line = source.slice(0, m.index).split('\n').length;
    const table = m[1]!.toLowerCase();
    return `${rel}:${line} ${table} (owned by ${OWNERS[table]})`;
  });
}

function crossings(): string[] {
  const found: string[] = [];
  const featuresDir = path.join(SRC, 'features');
  for (const feature of readdirSync(featuresDir)) {
    for (const file of sourceFiles(path.join(featuresDir, feature))) {
      found.push(...foreignTables(path.relative(process.cwd(), file), readFileSync(file, 'utf8'), feature));
    }
  }
  for (const file of sourceFiles(path.join(SRC, 'core'))) {
    // Core may not name even a feature's table: it knows no feature.
    found.push(...foreignTables(path.relative(process.cwd(), file), readFileSync(file, 'utf8'), 'core'));
  }
  return found;
}

describe('table owners', () => {
  it('gives every migrated table exactly one owner, and names no table the migrations do not make', () => {
    const tables = migratedTables();
    expect([...tables].filter((t) => !(t in OWNERS)).map((t) => `${t}: no owner`)).toEqual([]);
    expect(Object.keys(OWNERS).filter((t) => !tables.has(t)).map((t) => `${t}: not a migrated table`)).toEqual([]);
  });

  it('names only real owners', () => {
    const unknown = [...new Set(Object.values(OWNERS))].filter((o) => o !== 'core' && !existsSync(path.join(SRC, 'features', o)));
    expect(unknown).toEqual([]);
  });

  it('holds: no feature’s SQL names another feature’s table, and core’s names none', () => {
    expect(crossings()).toEqual([]);
  });

  it('would notice a read across the line, wherever the SQL breaks its lines', () => {
    const planted = "const a = 1;\nawait tx.query(`select sum(minutes)\n  from\n    episodes where couple_id = $1`);\nawait tx.query('select 1 from pauses_archive');";
    expect(foreignTables('src/features/practice/x.ts', planted, 'practice')).toEqual(['src/features/practice/x.ts:3 episodes (owned by pause)']);
    expect(foreignTables('src/features/pause/x.ts', planted, 'pause')).toEqual([]);
  });
});
