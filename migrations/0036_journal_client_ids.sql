-- Why: a journal entry written offline is sent again until the server's answer arrives; the id its device chose makes a repeat land on the same entry instead of a second one.
-- Unique per author only: another person's device choosing the same id never touches (or reveals) this entry.
alter table journal_entries add column client_id uuid;
create unique index journal_entries_client_id_idx on journal_entries(owner_id, client_id) where client_id is not null;
