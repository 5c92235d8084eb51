import type { CoupleScope, ScopedTx } from '../../core/couple-scope';

export interface MapRow {
  id: string;
  name: string | null;
  topic: string | null;
  isMain: boolean;
  createdAt: Date;
}
const MAP_COLUMNS = `id, name, topic, is_main as "isMain", created_at as "createdAt"`;

export function listMaps(scope: CoupleScope | ScopedTx): Promise<MapRow[]> {
  return scope.query<MapRow>(`select ${MAP_COLUMNS} from pattern_maps where couple_id = $1 order by is_main desc, created_at`);
}

export async function findMap(scope: CoupleScope | ScopedTx, id: string): Promise<MapRow | null> {
  const [row] = await scope.query<MapRow>(`select ${MAP_COLUMNS} from pattern_maps where couple_id = $1 and id = $2`, [id]);
  return row ?? null;
}

export async function insertMap(tx: ScopedTx, m: { name: string | null; topic: string | null; createdBy: string }): Promise<MapRow> {
  const [row] = await tx.query<MapRow>(
    `insert into pattern_maps (couple_id, name, topic, is_main, created_by)
     values ($1, $2, $3, not exists (select 1 from pattern_maps where couple_id = $1 and is_main), $4)
     returning ${MAP_COLUMNS}`,
    [m.name, m.topic, m.createdBy],
  );
  return row!;
}

export async function renameMap(tx: ScopedTx, id: string, name: string | null): Promise<void> {
  await tx.query('update pattern_maps set name = $3 where couple_id = $1 and id = $2', [id, name]);
}

export async function makeMain(tx: ScopedTx, id: string): Promise<void> {
  await tx.query('update pattern_maps set is_main = false where couple_id = $1 and is_main and id <> $2', [id]);
  await tx.query('update pattern_maps set is_main = true where couple_id = $1 and id = $2', [id]);
}

export interface SideRow {
  ownerId: string;
  state: string;
  version: number;
  sharedAt: Date | null;
  /** The version the side had when first shared: the partner reads from there on, never the draft before. */
  sharedVersion: number | null;
}
const SIDE_COLUMNS = `owner_id as "ownerId", state, version, shared_at as "sharedAt", shared_version as "sharedVersion"`;

export function listSides(scope: CoupleScope | ScopedTx, mapId: string): Promise<SideRow[]> {
  return scope.query<SideRow>(`select ${SIDE_COLUMNS} from map_sides where couple_id = $1 and map_id = $2`, [mapId]);
}

/** The side row, created empty on first use, locked for this transaction. */
export async function lockSide(tx: ScopedTx, mapId: string, ownerId: string, create: boolean): Promise<SideRow | null> {
  if (create) {
    await tx.query(
      `insert into map_sides (couple_id, map_id, owner_id, state) values ($1, $2, $3, '') on conflict (map_id, owner_id) do nothing`,
      [mapId, ownerId],
    );
  }
  const [row] = await tx.query<SideRow>(
    `select ${SIDE_COLUMNS} from map_sides where couple_id = $1 and map_id = $2 and owner_id = $3 for update`,
    [mapId, ownerId],
  );
  return row ?? null;
}

export async function findSide(scope: CoupleScope, mapId: string, ownerId: string): Promise<SideRow | null> {
  const [row] = await scope.query<SideRow>(`select ${SIDE_COLUMNS} from map_sides where couple_id = $1 and map_id = $2 and owner_id = $3`, [mapId, ownerId]);
  return row ?? null;
}

export async function saveSide(tx: ScopedTx, mapId: string, ownerId: string, state: string, version: number, authorId: string, update: string): Promise<void> {
  await tx.query(
    `update map_sides set state = $4, version = $5, updated_at = now() where couple_id = $1 and map_id = $2 and owner_id = $3`,
    [mapId, ownerId, state, version],
  );
  await tx.query(
    `insert into map_updates (couple_id, map_id, owner_id, version, author_id, update_b64) values ($1, $2, $3, $4, $5, $6)`,
    [mapId, ownerId, version, authorId, update],
  );
}

export async function shareSide(tx: ScopedTx, mapId: string, ownerId: string): Promise<void> {
  await tx.query(
    `update map_sides set shared_at = coalesce(shared_at, now()), shared_version = coalesce(shared_version, version)
      where couple_id = $1 and map_id = $2 and owner_id = $3`,
    [mapId, ownerId],
  );
}

export function updatesBetween(scope: CoupleScope, mapId: string, ownerId: string, after: number, upTo: number): Promise<Array<{ update: string }>> {
  return scope.query<{ update: string }>(
    `select update_b64 as update from map_updates
      where couple_id = $1 and map_id = $2 and owner_id = $3 and version > $4 and version <= $5 order by version`,
    [mapId, ownerId, after, upTo],
  );
}

export interface HistoryRow {
  ownerId: string;
  version: number;
  authorId: string | null;
  authorName: string | null;
  at: Date;
}

export function history(scope: CoupleScope | ScopedTx, mapId: string, visibleOwners: string[]): Promise<HistoryRow[]> {
  return scope.query<HistoryRow>(
    `select u.owner_id as "ownerId", u.version, u.author_id as "authorId", p.display_name as "authorName", u.created_at as at
       from map_updates u left join users p on p.id = u.author_id
      where u.couple_id = $1 and u.map_id = $2 and u.owner_id = any($3::uuid[])
      order by u.created_at desc, u.version desc limit 2000`,
    [mapId, visibleOwners],
  );
}

export interface CommentRow {
  id: string;
  sideOwnerId: string;
  field: string;
  authorId: string | null;
  reaction: string | null;
  text: string | null;
  createdAt: Date;
}

export function listComments(scope: CoupleScope | ScopedTx, mapId: string): Promise<CommentRow[]> {
  return scope.query<CommentRow>(
    `select id, side_owner_id as "sideOwnerId", field, author_id as "authorId", reaction, text, created_at as "createdAt"
       from map_comments where couple_id = $1 and map_id = $2 order by created_at`,
    [mapId],
  );
}

export async function insertComment(tx: ScopedTx, c: { mapId: string; sideOwnerId: string; field: string; authorId: string; reaction: string | null; text: string | null }): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into map_comments (couple_id, map_id, side_owner_id, field, author_id, reaction, text) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [c.mapId, c.sideOwnerId, c.field, c.authorId, c.reaction, c.text],
  );
  return row!.id;
}

export async function deleteOwnComment(tx: ScopedTx, id: string, authorId: string): Promise<boolean> {
  const rows = await tx.query('delete from map_comments where couple_id = $1 and id = $2 and author_id = $3 returning id', [id, authorId]);
  return rows.length > 0;
}

export async function memberIds(scope: CoupleScope | ScopedTx): Promise<string[]> {
  const rows = await scope.query<{ userId: string }>('select user_id as "userId" from couple_members where couple_id = $1');
  return rows.map((r) => r.userId);
}
