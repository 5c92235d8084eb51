-- Why: a couple's therapist assigns practices between sessions and each partner says how it went;
-- and each partner can tell their therapist something privately, which the other partner never
-- learns exists (issue 15).

-- A practice the therapist asked the couple to try, from the library in code (practice_key).
-- Tied to the link it was assigned on: once the connection ends, the couple no longer sees it.
create table homework_assignments (
  id uuid primary key default gen_random_uuid(),
  couple_id uuid not null references couples(id) on delete cascade,
  link_id uuid not null references therapist_links(id) on delete cascade,
  practice_key text not null,
  note text,
  due_on date not null,
  created_at timestamptz not null default now()
);
create index homework_assignments_couple_idx on homework_assignments(couple_id, link_id, due_on);

-- Each partner's own answer to one assignment: done or not yet, and a few optional words that the
-- other partner sees, and the therapist with both partners' consent to "practice".
create table homework_replies (
  assignment_id uuid not null references homework_assignments(id) on delete cascade,
  couple_id uuid not null references couples(id) on delete cascade,
  user_id uuid not null references users(id) on delete cascade,
  done boolean not null,
  how_it_went text,
  updated_at timestamptz not null default now(),
  primary key (assignment_id, user_id)
);

-- A partner's private word to their therapist, and/or a snapshot of their own safety-check answers.
-- No couple_id on purpose: nothing a couple's read joins on can reach it; it belongs to the sender
-- and the link (whose space's end removes it by cascade).
create table therapist_messages (
  id uuid primary key default gen_random_uuid(),
  link_id uuid not null references therapist_links(id) on delete cascade,
  sender_id uuid not null references users(id) on delete cascade,
  text text,
  safety_answers jsonb,
  created_at timestamptz not null default now(),
  check (text is not null or safety_answers is not null)
);
create index therapist_messages_link_idx on therapist_messages(link_id, created_at);
create index therapist_messages_sender_idx on therapist_messages(sender_id, link_id);

-- When a connection ends the therapist keeps only their own notes: the private messages go with it,
-- in the same statement that ends it, whichever route ends it.
create function offbeat_link_ended_forget_messages() returns trigger language plpgsql as $$
begin
  delete from therapist_messages where link_id = new.id;
  return new;
end $$;
create trigger therapist_links_end_forgets_messages after update of ended_at on therapist_links
  for each row when (old.ended_at is null and new.ended_at is not null)
  execute function offbeat_link_ended_forget_messages();
