-- Why: Web Push, so a signal, a pause and a reconnect reach a partner whose app is closed, with each person's own mute and quiet hours; VAPID keys are made on first start and kept here.

create table app_settings (
  key text primary key,
  value jsonb not null,
  created_at timestamptz not null default now()
);

create table push_subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  endpoint text not null unique,
  p256dh text not null,
  auth text not null,
  created_at timestamptz not null default now(),
  last_success_at timestamptz
);
create index push_subscriptions_user_idx on push_subscriptions(user_id);

create table notification_prefs (
  user_id uuid primary key references users(id) on delete cascade,
  muted boolean not null default false,
  -- quiet hours as minutes after local midnight; both null means none
  quiet_start smallint check (quiet_start between 0 and 1439),
  quiet_end smallint check (quiet_end between 0 and 1439),
  time_zone text not null default 'UTC'
);

-- Written in the same transaction as the change it announces, so no notification is lost; sent by any process.
create table push_outbox (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  message jsonb not null,
  created_at timestamptz not null default now(),
  claimed_until timestamptz,
  attempts integer not null default 0,
  done_at timestamptz,
  outcome text
);
create index push_outbox_pending_idx on push_outbox(created_at) where done_at is null;
