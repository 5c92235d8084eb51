-- Why: a couple's own outside therapist connects with each partner's consent, per scope and
-- revocable at once; every look is on the couple's record; the therapist keeps only their notes.

-- A person is a partner (the default, everyone so far) or a therapist; a therapist is never in a space.
alter table users add column kind text not null default 'partner' check (kind in ('partner', 'therapist'));

create table therapist_profiles (
  user_id uuid primary key references users(id) on delete cascade,
  practice text not null,
  contact text not null,
  updated_at timestamptz not null default now()
);

-- One connection between a therapist and a space. Ended links stay (ended_at set) so the consent
-- history and the couple's record of looks keep their reference; the space's end removes them all.
create table therapist_links (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  therapist_id uuid not null references users(id) on delete cascade,
  started_at timestamptz not null default now(),
  ended_at timestamptz,
  -- the therapist's own calendar, which the couple sees as "next session"
  last_session_at timestamptz,
  next_session_at timestamptz,
  -- ask each partner for a check-in before the next session
  checkin_before_session boolean not null default false
);
-- A space has at most one connected therapist at a time.
create unique index therapist_links_one_per_space on therapist_links(couple_id) where ended_at is null;
create index therapist_links_therapist_idx on therapist_links(therapist_id) where ended_at is null;

-- A link to connect, from either side: a therapist's (couple_id null) for a couple to accept, or a
-- partner's (couple_id set) for their therapist to accept. Only the token's hash is kept.
create table therapist_invites (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  created_by uuid not null references users(id) on delete cascade,
  couple_id uuid references couples(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

-- Consent, append-only: each row is one partner granting or withdrawing one scope on one link
-- (for a conversation's words, subject_id is the rupture). The latest row per (link, partner,
-- scope, subject) is in force; the rows before it show consent at any earlier moment.
create table therapist_consents (
  id bigserial primary key,
  link_id uuid not null references therapist_links(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  scope text not null,
  subject_id uuid,
  granted boolean not null,
  at timestamptz not null default now()
);
create index therapist_consents_link_idx on therapist_consents(link_id, user_id, scope, id);

-- The couple's record of every look and export by their therapist, shown to both partners. The
-- name is kept as it was, so the record reads the same after the therapist renames or leaves.
create table therapist_access_log (
  id bigserial primary key,
  couple_id uuid not null references couples(id) on delete cascade,
  link_id uuid references therapist_links(id) on delete set null,
  therapist_name text not null,
  what text not null,
  at timestamptz not null default now()
);
create index therapist_access_log_couple_idx on therapist_access_log(couple_id, at desc);

-- Consent history and the record of looks are never rewritten by a statement: they change only by
-- a cascade (the space or an account ending, a link's reference falling to null) and, for old
-- looks, the retention sweep, which says so for its transaction.
create function offbeat_append_only() returns trigger language plpgsql as $$
begin
  if pg_trigger_depth() > 1 then
    return coalesce(new, old);
  end if;
  if tg_op = 'DELETE' and current_setting('offbeat.retention_sweep', true) = 'on' then
    return old;
  end if;
  raise exception '% is append-only', tg_table_name using errcode = 'P0001';
end $$;
create trigger therapist_consents_append_only before update or delete on therapist_consents
  for each row execute function offbeat_append_only();
create trigger therapist_access_log_append_only before update or delete on therapist_access_log
  for each row execute function offbeat_append_only();
