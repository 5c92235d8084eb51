-- Why: a shared device can ask for a PIN after time away and sign out after longer; the server, not only the page, keeps the lock.
create table app_locks (
  user_id uuid primary key references users(id) on delete cascade,
  -- argon2id, like the password: the PIN itself is never stored.
  pin_hash text not null,
  lock_after_minutes int not null check (lock_after_minutes between 1 and 1440),
  sign_out_after_minutes int check (sign_out_after_minutes between 1 and 10080),
  updated_at timestamptz not null default now()
);

-- Per session (per device): when it went out of sight, when it locked, and wrong PINs since it did.
-- Written only for people who set a lock, and only when something changes.
alter table sessions add column hidden_since timestamptz;
alter table sessions add column locked_at timestamptz;
alter table sessions add column unlock_failures int not null default 0;
