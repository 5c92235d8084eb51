-- Why: the in-the-moment features — "we're doing the thing" signals and the regulated pause — and the episode record that repair and insight build on.

-- One row per pause; `state` is the pure state machine's record (src/features/pause/machine.ts).
create table pauses (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  status text not null,
  state jsonb not null,
  -- when the server clock must next look at this pause (end of pause, unanswered request…)
  next_deadline timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- At most one live pause per couple, guaranteed by the database.
create unique index pauses_one_live_per_couple on pauses(couple_id) where status in ('requested', 'active', 'returning');
create index pauses_due on pauses(next_deadline) where next_deadline is not null;

-- Commands carry a client id so a retried tap never acts twice.
create table pause_commands (
  couple_id uuid not null references couples(id) on delete cascade,
  command_id uuid not null,
  pause_id uuid references pauses(id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (couple_id, command_id)
);

create table signals (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  client_id uuid not null,
  sender_id uuid references users(id) on delete set null,
  need text not null,
  note text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  seen_at timestamptz,
  unique (couple_id, client_id)
);
create index signals_couple_idx on signals(couple_id, created_at desc);

-- One record per signal or pause: who, when, how long, whether the return was on time.
create table episodes (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  kind text not null check (kind in ('signal', 'pause')),
  signal_id uuid references signals(id) on delete cascade,
  pause_id uuid references pauses(id) on delete cascade,
  started_by uuid references users(id) on delete set null,
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  outcome text,
  minutes integer,
  on_time boolean,
  topic text,
  unique (pause_id),
  unique (signal_id)
);
create index episodes_couple_idx on episodes(couple_id, started_at desc);
