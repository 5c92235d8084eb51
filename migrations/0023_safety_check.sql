-- Why: a private safety check for each partner alone. The row belongs to one person and to no
-- space: no couple_id, no event, no timestamp the partner could ever be shown. Erasing the
-- answers deletes them; "not now" on the one-time offer is remembered so it is not asked again.
create table safety_checks (
  user_id uuid primary key references users(id) on delete cascade,
  answers jsonb,
  offer_dismissed boolean not null default false
);
