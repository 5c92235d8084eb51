-- Why: a couple space is for two specific people — when one leaves or closes their account it ends for both (no one new ever joins it), and the one who stays is told once, kindly.

create table space_endings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  reason text not null check (reason in ('partner_left', 'partner_closed_account')),
  -- Only when the partner left (a closed account leaves no name behind).
  partner_name text,
  ended_at timestamptz not null default now(),
  seen_at timestamptz
);
create index space_endings_user_idx on space_endings(user_id, ended_at desc);
