-- Why: the activity feed shows moments that matter to the couple; live-sync traffic (co-editing keystrokes, delivery receipts, breathing pace) is recorded for catch-up but kept out of the feed.
alter table couple_events add column in_feed boolean not null default true;
update couple_events set in_feed = false where type like '%.sync';
