-- Why: nothing in Offbeat may be turned into pressure — each person decides whether their partner sees "seen" receipts and presence, and can go quiet for a while without anyone being told.

create table sharing_prefs (
  user_id uuid primary key references users(id) on delete cascade,
  -- when false, a signal this person receives is never marked delivered or seen for the sender
  seen_receipts boolean not null default true,
  -- when false, the partner always sees this person as away, never "here now" or a last-seen time
  presence_visible boolean not null default true,
  -- until then no notification is pushed to this person; in-app items still arrive, silently
  quiet_until timestamptz,
  updated_at timestamptz not null default now()
);
