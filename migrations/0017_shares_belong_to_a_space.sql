-- Why: a share is with one partner in one space — it lives in that space (shared_in) and ends with it, instead of following the person to whoever they pair with next.

alter table said_and_meant add column shared_in uuid references couples(id) on delete set null;
update said_and_meant s set shared_in = (select m.couple_id from couple_members m where m.user_id = s.owner_id) where s.shared;
alter table said_and_meant drop column shared;
create index said_and_meant_shared_in_idx on said_and_meant(shared_in) where shared_in is not null;

alter table journal_entries add column shared_in uuid references couples(id) on delete set null;
update journal_entries j set shared_in = (select m.couple_id from couple_members m where m.user_id = j.owner_id) where j.shared_at is not null;
update journal_entries set shared_at = null where shared_in is null;
create index journal_entries_shared_in_idx on journal_entries(shared_in) where shared_in is not null;

alter table role_reflections add column shared_in uuid references couples(id) on delete set null;
update role_reflections r set shared_in = (select m.couple_id from couple_members m where m.user_id = r.owner_id) where r.shared;
alter table role_reflections drop column shared;
create index role_reflections_shared_in_idx on role_reflections(shared_in) where shared_in is not null;

alter table stretch_experiments add column shared_in uuid references couples(id) on delete set null;
update stretch_experiments x set shared_in = (select m.couple_id from couple_members m where m.user_id = x.owner_id) where x.shared;
alter table stretch_experiments drop column shared;
create index stretch_experiments_shared_in_idx on stretch_experiments(shared_in) where shared_in is not null;

alter table toolkit_prefs add column helps_shared_in uuid references couples(id) on delete set null;
update toolkit_prefs t set helps_shared_in = (select m.couple_id from couple_members m where m.user_id = t.user_id) where t.helps_shared;
alter table toolkit_prefs drop column helps_shared;
