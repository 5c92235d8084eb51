-- Why: a rupture is seen from both sides — each partner keeps their own view of how intense it felt and who reached or stepped back this time, instead of the first partner's view standing as the couple's record.
create table rupture_views (
  rupture_id uuid not null references ruptures(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  author_id uuid not null references users(id) on delete cascade,
  intensity smallint not null check (intensity between 0 and 10),
  -- as the author saw it, this time only (roles can reverse); null when unsure
  reached_by uuid references users(id) on delete set null,
  withdrew_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (rupture_id, author_id)
);

-- What each rupture held until now was the view of the partner who noted it.
insert into rupture_views (rupture_id, couple_id, author_id, intensity, reached_by, withdrew_by, created_at, updated_at)
  select id, couple_id, logged_by, intensity, reached_by, withdrew_by, created_at, created_at from ruptures where logged_by is not null;

alter table ruptures drop column intensity;
alter table ruptures drop column reached_by;
alter table ruptures drop column withdrew_by;
