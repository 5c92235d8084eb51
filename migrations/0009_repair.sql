-- Why: rupture and repair — a rupture log, the reveal-together repair conversation, actions tracked to done, stepping out of roles, and a private journal.

create table ruptures (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  -- set when a pause turned into this rupture
  pause_id uuid references pauses(id) on delete set null,
  topic text not null check (topic in ('sex', 'money', 'parenting', 'in_laws', 'chores', 'other')),
  intensity smallint not null check (intensity between 0 and 10),
  -- who reached and who withdrew *this time* (roles can reverse); null when unsure
  reached_by uuid references users(id) on delete set null,
  withdrew_by uuid references users(id) on delete set null,
  logged_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  repaired_at timestamptz
);
create index ruptures_couple_idx on ruptures(couple_id, created_at desc);

-- Each partner's own words about a rupture: only their author ever reads them.
create table rupture_notes (
  rupture_id uuid not null references ruptures(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  author_id uuid not null references users(id) on delete cascade,
  text text not null,
  updated_at timestamptz not null default now(),
  primary key (rupture_id, author_id)
);

-- A rupture is repaired when both partners say so.
create table rupture_repaired_marks (
  rupture_id uuid not null references ruptures(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (rupture_id, user_id)
);

-- The conversation; `state` is the pure machine's record (src/features/repair/machine.ts), never sent whole to a client.
create table repairs (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  rupture_id uuid not null unique references ruptures(id) on delete cascade,
  state jsonb not null,
  calm jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table repair_actions (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  repair_id uuid not null references repairs(id) on delete cascade,
  owner_id uuid references users(id) on delete set null,
  text text not null,
  due_on date,
  done_at timestamptz,
  acknowledged_at timestamptz,
  created_at timestamptz not null default now()
);
create index repair_actions_repair_idx on repair_actions(repair_id);

-- Personal rows: kept by their author whatever happens to the couple; shared only entry by entry.
create table journal_entries (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users(id) on delete cascade,
  text text not null,
  shared_at timestamptz,
  created_at timestamptz not null default now()
);
create index journal_owner_idx on journal_entries(owner_id, created_at desc);

create table role_reflections (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users(id) on delete cascade,
  letting_go text not null,
  instead text not null,
  contract_id uuid references contracts(id) on delete set null,
  shared boolean not null default false,
  created_at timestamptz not null default now()
);
create index role_reflections_owner_idx on role_reflections(owner_id);
