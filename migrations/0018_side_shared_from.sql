-- Why: sharing a pattern-map side shares its present, not its past — the partner may read the side from the version it was shared at, never the private draft's earlier versions (words written and deleted before sharing).

alter table map_sides add column shared_version integer;
-- Sides shared before now: from now on their history before this moment is the owner's alone.
update map_sides set shared_version = version where shared_at is not null;
