-- Why: every couple-owned table finds a couple's rows by an index that couple_id leads
-- (docs/sharding.md; test/couple-id-indexes.int.test.ts). Distributed by couple_id, each of
-- these would otherwise be read whole on every shard; on one database today, ending a space
-- (`on delete cascade` / `set null` from couples) scanned each of them whole.
create index checkin_reminders_couple_idx on checkin_reminders(couple_id);
create index checkins_couple_idx on checkins(couple_id) where couple_id is not null;
create index contract_marks_couple_idx on contract_marks(couple_id);
create index homework_replies_couple_idx on homework_replies(couple_id);
create index map_comments_couple_idx on map_comments(couple_id);
create index map_updates_couple_idx on map_updates(couple_id);
create index media_couple_idx on media(couple_id);
create index push_outbox_couple_idx on push_outbox(couple_id);
create index repair_actions_couple_idx on repair_actions(couple_id);
create index repairs_couple_idx on repairs(couple_id);
create index ritual_reminders_couple_idx on ritual_reminders(couple_id);
create index rupture_notes_couple_idx on rupture_notes(couple_id);
create index rupture_repaired_marks_couple_idx on rupture_repaired_marks(couple_id);
create index rupture_views_couple_idx on rupture_views(couple_id);
create index therapist_consents_couple_idx on therapist_consents(couple_id);
create index therapist_invites_couple_idx on therapist_invites(couple_id) where couple_id is not null;
