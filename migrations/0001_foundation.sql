-- Why: the foundation every feature stands on: people and their sessions, the couple space two partners share, one-time invites, the per-couple event log that drives live screens, and cross-node presence.

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  -- lower-cased, trimmed: the identity used for log-in and uniqueness
  email_normalized text not null unique,
  display_name text not null,
  password_hash text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz
);

-- Sessions are server-side; the cookie holds a random token, the row holds only its SHA-256.
create table sessions (
  id text primary key,
  user_id uuid not null references users(id) on delete cascade,
  csrf_token text not null,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions(user_id);

create table couples (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_at timestamptz not null default now(),
  -- the last sequence number handed to this couple's event log
  event_seq integer not null default 0
);

-- A couple has at most two partners: slot 1 or 2, unique per couple. A person belongs to at most one couple.
create table couple_members (
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null unique references users(id) on delete cascade,
  slot smallint not null check (slot in (1, 2)),
  joined_at timestamptz not null default now(),
  primary key (couple_id, user_id),
  unique (couple_id, slot)
);

create table invites (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  token_hash text not null unique,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by uuid references users(id) on delete set null,
  revoked_at timestamptz
);
create index invites_couple_idx on invites(couple_id);

-- The couple's ordered log: live screens, reconnect catch-up and the activity feed read it.
-- Payloads hold ids, never names or private text, so deleting an account leaves nothing personal behind.
create table couple_events (
  couple_id uuid not null references couples(id) on delete cascade,
  seq integer not null,
  type text not null,
  actor_id uuid references users(id) on delete set null,
  payload jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  primary key (couple_id, seq)
);

-- Live socket counts per app process, so presence is right with any number of processes.
create table app_nodes (
  id text primary key,
  heartbeat_at timestamptz not null default now()
);
create table presence (
  user_id uuid not null references users(id) on delete cascade,
  node_id text not null references app_nodes(id) on delete cascade,
  connections integer not null check (connections >= 0),
  primary key (user_id, node_id)
);
