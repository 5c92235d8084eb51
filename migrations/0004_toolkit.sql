-- Why: each person's own calming toolkit for the moment — "what I'll say when…" scripts and a "what helps me" list — plus the couple's shared playlist.

-- Personal rows belong to a person, not a couple: they stay with their author if a couple ends.
create table scripts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  situation text,
  text text not null,
  created_at timestamptz not null default now()
);
create index scripts_user_idx on scripts(user_id);

create table helps (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  text text not null,
  created_at timestamptz not null default now()
);
create index helps_user_idx on helps(user_id);

-- Whether a person's "what helps me" list is visible to their partner; private unless they choose.
create table toolkit_prefs (
  user_id uuid primary key references users(id) on delete cascade,
  helps_shared boolean not null default false
);

alter table couples add column playlist_url text;
