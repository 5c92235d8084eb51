-- Why: a therapist's own session notes, kept apart from anything the couple can see. They are the
-- therapist's: they go with the therapist's account, and outlive the link and the space (the label
-- says who they were about), so the therapist keeps their notes and nothing else when a connection ends.
create table therapist_notes (
  id uuid primary key default gen_random_uuid(),
  therapist_id uuid not null references users(id) on delete cascade,
  link_id uuid references therapist_links(id) on delete set null,
  -- the couple as the therapist knew them ("Ada & Bo"), kept as it was
  couple_label text not null,
  text text not null,
  session_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index therapist_notes_therapist_idx on therapist_notes(therapist_id, created_at desc);
create index therapist_notes_link_idx on therapist_notes(link_id) where link_id is not null;
