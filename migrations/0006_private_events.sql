-- Why: some events concern one partner only (e.g. edits to a side of the pattern map that is still a private draft); they keep their place in the couple's sequence but reach only their audience.
alter table couple_events add column audience uuid references users(id) on delete cascade;
