-- Why: the pattern map — the couple's loop drawn together — with each partner's side as a CRDT document, its full history, kind comments, implicit contracts and said-vs-meant phrases.

create table pattern_maps (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  -- the loop's light name, e.g. "the doom spiral"
  name text,
  -- null for the main loop; a topic for a variant
  topic text,
  is_main boolean not null default false,
  created_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create unique index pattern_maps_one_main on pattern_maps(couple_id) where is_main;
create index pattern_maps_couple_idx on pattern_maps(couple_id);

-- One Yjs document per partner's side. A side is a private draft until its owner shares it.
create table map_sides (
  map_id uuid not null references pattern_maps(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  owner_id uuid not null references users(id) on delete cascade,
  state text not null,          -- base64 Yjs state
  version integer not null default 0,
  shared_at timestamptz,
  updated_at timestamptz not null default now(),
  primary key (map_id, owner_id)
);
create index map_sides_couple_idx on map_sides(couple_id);

-- Every accepted change, with who and when: the map's history.
create table map_updates (
  map_id uuid not null,
  owner_id uuid not null,
  version integer not null,
  couple_id uuid not null references couples(id) on delete cascade,
  author_id uuid references users(id) on delete set null,
  update_b64 text not null,
  created_at timestamptz not null default now(),
  primary key (map_id, owner_id, version),
  foreign key (map_id, owner_id) references map_sides(map_id, owner_id) on delete cascade
);

-- A kind reaction or comment on the partner's inner layer (which only its owner may rewrite).
create table map_comments (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  map_id uuid not null references pattern_maps(id) on delete cascade,
  side_owner_id uuid not null references users(id) on delete cascade,
  field text not null,
  author_id uuid references users(id) on delete cascade,
  reaction text,
  text text,
  created_at timestamptz not null default now()
);
create index map_comments_map_idx on map_comments(map_id);

-- Unspoken roles that hold the loop up; each partner marks keep / renegotiate / retire.
create table contracts (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  text text not null,
  proposed_by uuid references users(id) on delete set null,
  created_at timestamptz not null default now()
);
create index contracts_couple_idx on contracts(couple_id);
create table contract_marks (
  contract_id uuid not null references contracts(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  decision text not null check (decision in ('keep', 'renegotiate', 'retire')),
  note text,
  updated_at timestamptz not null default now(),
  primary key (contract_id, user_id)
);

-- "When I say ___, I mean ___": the author's own (kept if a couple ends), private until shared with their partner.
create table phrases (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users(id) on delete cascade,
  said text not null,
  meant text not null,
  shared boolean not null default false,
  created_at timestamptz not null default now()
);
create index phrases_owner_idx on phrases(owner_id);
