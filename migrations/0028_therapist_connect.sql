-- Why: a link to connect with a therapist works once; a used one says so (410) instead of looking unknown.
alter table therapist_invites add column used_at timestamptz;
alter table therapist_invites add column used_by uuid references users(id) on delete set null;
