-- Why: the moment calms instead of chasing — repeated taps fold into one signal, the partner answers it with a few words, "what would help" is only what the person chose, and each person keeps a usual pause ready for one tap.

alter table signals alter column need drop not null;
alter table signals add column taps integer not null default 1;
alter table signals add column last_tapped_at timestamptz;
update signals set last_tapped_at = created_at;
alter table signals alter column last_tapped_at set not null;
alter table signals alter column last_tapped_at set default now();
-- The partner's one answer: a preset or their own words.
alter table signals add column answer_kind text;
alter table signals add column answer_text text;
alter table signals add column answered_at timestamptz;
-- Each side may put the card away; never told to the other.
alter table signals add column receiver_put_away_at timestamptz;
alter table signals add column sender_put_away_at timestamptz;

-- Every tap's client id, so a retried tap (first or repeated) counts once.
create table signal_taps (
  couple_id uuid not null references couples(id) on delete cascade,
  client_id uuid not null,
  signal_id uuid not null references signals(id) on delete cascade,
  primary key (couple_id, client_id)
);
insert into signal_taps (couple_id, client_id, signal_id) select couple_id, client_id, id from signals;

-- A person's usual pause, offered as one tap when the moment comes.
create table usual_pauses (
  user_id uuid primary key references users(id) on delete cascade,
  minutes integer not null,
  "where" text not null,
  tether text,
  return_plan text not null,
  updated_at timestamptz not null default now()
);
