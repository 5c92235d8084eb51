-- Why: a person may keep their heart rate from a pause with that pause (issue 18). The row is theirs
-- alone: keyed by the person and the pause, no couple_id, no event; it goes with the pause (and so
-- with the space) or when the person deletes it.
create table heart_traces (
  user_id uuid not null references users(id) on delete cascade,
  pause_id uuid not null references pauses(id) on delete cascade,
  started_at timestamptz not null,
  points jsonb not null,
  kept_at timestamptz not null default now(),
  primary key (user_id, pause_id)
);
