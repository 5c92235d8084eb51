-- Why: a private weekly check-in for each partner (the CSI-4 and Offbeat's own loop questions), shared only by choice, on a day the couple picks.

-- One person's answers for one week. A personal row, like a journal entry: it stays its author's
-- when a space ends (couple_id, the space it was answered in, and shared_in, the space it is shared
-- into, both fall to null with it) and goes with the author's account. week_start is the Monday of
-- the week on the author's own wall clock (time_zone, kept as answered).
create table checkins (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  couple_id uuid references couples(id) on delete set null,
  week_start date not null,
  time_zone text not null,
  -- the four CSI-4 item values, or null when skipped or switched off
  csi4 jsonb,
  loop jsonb not null,
  sharing text not null default 'private' check (sharing in ('private', 'reveal_together', 'share')),
  -- set exactly when sharing is not private: the share is with this space's partner only
  shared_in uuid references couples(id) on delete set null,
  answered_at timestamptz not null default now(),
  unique (user_id, week_start),
  check (shared_in is null or sharing <> 'private')
);
create index checkins_shared_in_idx on checkins(shared_in, week_start) where shared_in is not null;

-- The couple's check-in day (ISO weekday); the couple's own, so it ends with the space.
create table checkin_days (
  couple_id uuid primary key references couples(id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  updated_at timestamptz not null default now()
);

-- Each person's own gentle reminder on the couple's day, in their own time zone; kept with the
-- space it was set in. next_due_at is kept by the scheduler (null when off or no day is chosen).
create table checkin_reminders (
  user_id uuid primary key references users(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  enabled boolean not null default true,
  local_time text not null,
  time_zone text not null,
  next_due_at timestamptz,
  last_sent_at timestamptz
);
create index checkin_reminders_due_idx on checkin_reminders(next_due_at) where enabled;
