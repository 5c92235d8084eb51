-- Why: a lock screen is public, so notifications say only that something is new unless the person chooses to show details; and a push subscription belongs to one signed-in device, so ending that session (logging out there, or everywhere) ends its notifications.

alter table notification_prefs add column show_details boolean not null default false;

-- Null for subscriptions made before this: their device is unknown, so logging out everywhere removes them too.
alter table push_subscriptions add column session_id text references sessions(id) on delete cascade;
create index push_subscriptions_session_idx on push_subscriptions(session_id);
