-- Why: the couple's own joy ideas, drawn from alongside our deck, so the ideas can be in their own words too.

create table joy_ideas (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  text text not null,
  created_at timestamptz not null default now()
);
create index joy_ideas_couple_idx on joy_ideas(couple_id, created_at desc);
