-- Why: passkeys (WebAuthn), so a person can sign in with one as well as, or instead of, their password (issue #17).
create table passkeys (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  -- The credential's id as the browser gives it (base64url); one account owns each.
  credential_id text not null unique,
  public_key bytea not null,
  -- The authenticator's signature counter (0 for most synced passkeys, which do not count).
  counter bigint not null default 0,
  transports text[] not null default '{}',
  -- Synced to the person's other devices by their platform (a copy survives a lost phone).
  backed_up boolean not null default false,
  name text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index passkeys_user_idx on passkeys(user_id);

-- One ceremony's challenge: answered once (deleted as it is used) within a few minutes.
create table passkey_challenges (
  id uuid primary key default gen_random_uuid(),
  -- Who is adding a passkey; null for a sign-in, where nobody is known yet.
  user_id uuid references users(id) on delete cascade,
  purpose text not null check (purpose in ('register', 'sign_in')),
  challenge text not null,
  expires_at timestamptz not null
);
create index passkey_challenges_expiry_idx on passkey_challenges(expires_at);
create index passkey_challenges_user_idx on passkey_challenges(user_id);
