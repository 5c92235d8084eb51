-- Why: password reset and email verification by mail (decision 0023). A person's email is
-- "verified" once they opened a link sent to it; accounts made without mail configured stay
-- unverified, which changes nothing they can do.
alter table users add column email_verified_at timestamptz;

-- One-time links sent by mail (or printed by `npm run reset-link`). Only the SHA-256 of the token
-- is kept, so a leaked table opens nothing. `used_at` makes each link work once.
--  reset:        user_id's password may be set anew (1 hour). A request for an email without an
--                account writes a row too, with no user_id (it opens nothing), so both do the same work.
--  signup:       no account yet: `email` and `pending` (display name, argon2id hash, therapist
--                details) become one when the link is opened (24 hours), so an account with a
--                password someone chose exists only for the mailbox's owner.
--  email_change: user_id's email becomes `email` when the link is opened (24 hours).
create table email_tokens (
  token_hash text primary key,
  purpose text not null check (purpose in ('reset', 'signup', 'email_change')),
  user_id uuid references users(id) on delete cascade,
  email text,
  pending jsonb,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now(),
  check (purpose <> 'signup' or user_id is null),
  check (purpose <> 'email_change' or user_id is not null),
  check (purpose = 'reset' or email is not null)
);
create index email_tokens_user_idx on email_tokens(user_id) where user_id is not null;
create index email_tokens_expires_idx on email_tokens(expires_at);
