-- Why: Settled notifications are forgotten a day later (see PushDispatcher.sweep); this keeps finding them cheap.
create index push_outbox_settled_idx on push_outbox(done_at) where done_at is not null;
