-- Why: a therapist closing their account must not erase a couple's consent history (issue 15:
-- consent at any moment can be shown). Their connections end and stay, holding the name they had.

alter table therapist_links add column therapist_name text;
alter table therapist_links alter column therapist_id drop not null;
alter table therapist_links drop constraint therapist_links_therapist_id_fkey;
alter table therapist_links add constraint therapist_links_therapist_id_fkey foreign key (therapist_id) references users(id) on delete set null;

create function offbeat_end_links_of_closing_therapist() returns trigger language plpgsql as $$
begin
  update therapist_links set ended_at = coalesce(ended_at, now()), therapist_name = old.display_name where therapist_id = old.id;
  return old;
end $$;
create trigger users_end_therapist_links before delete on users
  for each row when (old.kind = 'therapist') execute function offbeat_end_links_of_closing_therapist();
