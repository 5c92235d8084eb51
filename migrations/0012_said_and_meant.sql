-- Why: "said and meant" is one feature with one name (the pattern map's said-and-meant and repair's phrasebook showed the same rows), so its table, keys and events take that name and "phrases" stays the toolkit's word.
alter table phrases rename to said_and_meant;
alter table said_and_meant rename constraint phrases_pkey to said_and_meant_pkey;
alter table said_and_meant rename constraint phrases_owner_id_fkey to said_and_meant_owner_id_fkey;
alter index phrases_owner_idx rename to said_and_meant_owner_idx;
update couple_events set type = 'said_and_meant.shared', payload = jsonb_build_object('pairId', payload->'phraseId') where type = 'phrase.shared';
