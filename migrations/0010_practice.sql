-- Why: daily practice between fights — chosen rituals with each partner's own reminders, shared moments, voice and text notes, a joy log, capacity check-ins, asymmetric seasons and stretch experiments.

create table rituals (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  -- a key from our ritual library, or null for the couple's own
  library_key text,
  title text not null,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index rituals_couple_idx on rituals(couple_id);

-- Each person's own reminder for a ritual, in their own time zone. next_due_at is kept by the scheduler.
create table ritual_reminders (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  ritual_id uuid not null references rituals(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  local_time text not null,
  weekdays smallint[] not null,
  time_zone text not null,
  enabled boolean not null default true,
  next_due_at timestamptz,
  unique (ritual_id, user_id)
);
create index ritual_reminders_due_idx on ritual_reminders(next_due_at) where enabled;

-- One row per reminder occurrence: the unique key makes sending exactly-once across restarts and processes.
create table reminder_deliveries (
  reminder_id uuid not null references ritual_reminders(id) on delete cascade,
  due_at timestamptz not null,
  sent_at timestamptz not null default now(),
  primary key (reminder_id, due_at)
);

create table ritual_moments (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  ritual_id uuid not null references rituals(id) on delete cascade,
  marked_by uuid references users(id) on delete set null,
  together boolean not null,
  -- a moment marked "together" counts once the partner confirms it
  confirmed_at timestamptz,
  created_at timestamptz not null default now()
);
create index ritual_moments_couple_idx on ritual_moments(couple_id, created_at desc);

create table media (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  owner_id uuid references users(id) on delete set null,
  storage_key text not null unique,
  content_type text not null,
  bytes integer not null,
  created_at timestamptz not null default now()
);

create table notes (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  author_id uuid references users(id) on delete cascade,
  kind text not null check (kind in ('text', 'voice')),
  text text,
  media_id uuid references media(id) on delete set null,
  duration_seconds integer,
  episode_id uuid references episodes(id) on delete set null,
  reaction text,
  played_at timestamptz,
  created_at timestamptz not null default now()
);
create index notes_couple_idx on notes(couple_id, created_at desc);

create table joy_entries (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  text text not null,
  media_id uuid references media(id) on delete set null,
  created_at timestamptz not null default now()
);
create index joy_entries_couple_idx on joy_entries(couple_id, created_at desc);

create table capacity_checkins (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  level text not null check (level in ('low', 'some', 'plenty')),
  note text,
  -- the person's local calendar day
  day date not null,
  created_at timestamptz not null default now()
);
create index capacity_couple_idx on capacity_checkins(couple_id, day desc);

create table seasons (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  carrier_id uuid references users(id) on delete set null,
  what text not null,
  why text not null,
  review_on date not null,
  status text not null check (status in ('proposed', 'active', 'ended')),
  proposed_by uuid references users(id) on delete set null,
  accepted_by uuid[] not null default '{}',
  created_at timestamptz not null default now(),
  ended_at timestamptz
);
create index seasons_couple_idx on seasons(couple_id, created_at desc);

-- Personal: a person's own experiments with new discomfort.
create table stretch_experiments (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users(id) on delete cascade,
  role text not null check (role in ('pursuer', 'distancer', 'both')),
  title text not null,
  planned_for date,
  expected_discomfort smallint not null check (expected_discomfort between 0 and 10),
  actual_discomfort smallint check (actual_discomfort between 0 and 10),
  reflection text,
  done_at timestamptz,
  shared boolean not null default false,
  created_at timestamptz not null default now()
);
create index stretch_owner_idx on stretch_experiments(owner_id, created_at desc);
