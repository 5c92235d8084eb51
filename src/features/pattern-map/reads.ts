import type { CoupleQueries } from '../../core/couple-scope';
import type { Queryable } from '../../core/db/database';
import type { Topic } from '../../core/topics';
import { loadSideDoc, readSide, type Field, type Role } from './side-doc';

/**
 * Pattern-map's server front door: the reads other features may make of its tables.
 * Server-only — the client reaches pattern-map through contract.ts and the API.
 */

/** Whether `contractId` is one of the implicit contracts of a couple `userId` belongs to. */
export async function isContractOfMyCouple(db: Queryable, userId: string, contractId: string): Promise<boolean> {
  const found = await db.query('select 1 from contracts c join couple_members m on m.couple_id = c.couple_id where c.id = $1 and m.user_id = $2', [contractId, userId]);
  return found.length > 0;
}

export interface SharedSide {
  ownerId: string;
  fields: Record<Field, string>;
  roles: Partial<Record<Topic, Role>>;
}

export interface SharedComment {
  sideOwnerId: string;
  field: string;
  authorId: string | null;
  reaction: string | null;
  text: string | null;
  createdAt: Date;
}

export interface SharedMap {
  id: string;
  name: string | null;
  topic: string | null;
  isMain: boolean;
  /** Only sides their owner shared, as they read now; a side still a draft is not here at all. */
  sides: SharedSide[];
  /** Comments on those shared sides. */
  comments: SharedComment[];
}

/**
 * The couple's maps as both partners see them together: each map's shared sides (never a draft,
 * never a version from before sharing: a shared side's present is what the partner reads), the
 * comments on them, and the said-and-meant pairs each partner shared into this space. For a reader
 * who may see what the two share with each other, and nothing either keeps to themselves.
 */
export async function sharedMaps(scope: CoupleQueries): Promise<{ maps: SharedMap[]; saidAndMeant: Array<{ ownerId: string; said: string; meant: string }> }> {
  const [maps, sides, comments, pairs] = await Promise.all([
    scope.query<Omit<SharedMap, 'sides' | 'comments'>>(
      `select id, name, topic, is_main as "isMain" from pattern_maps where couple_id = $1 order by is_main desc, created_at`,
    ),
    scope.query<{ mapId: string; ownerId: string; state: string }>(
      `select map_id as "mapId", owner_id as "ownerId", state from map_sides where couple_id = $1 and shared_at is not null order by shared_at`,
    ),
    scope.query<SharedComment & { mapId: string }>(
      `select c.map_id as "mapId", c.side_owner_id as "sideOwnerId", c.field, c.author_id as "authorId", c.reaction, c.text, c.created_at as "createdAt"
         from map_comments c join map_sides s on s.map_id = c.map_id and s.owner_id = c.side_owner_id and s.couple_id = $1
        where c.couple_id = $1 and s.shared_at is not null order by c.created_at`,
    ),
    // A pair is shared into the space it names; the space's members are its only readers.
    scope.query<{ ownerId: string; said: string; meant: string }>(
      `select p.owner_id as "ownerId", p.said, p.meant from said_and_meant p
         join couple_members m on m.user_id = p.owner_id and m.couple_id = $1
        where p.shared_in = $1 order by p.created_at`,
    ),
  ]);
  return {
    maps: maps.map((m) => ({
      ...m,
      sides: sides.filter((s) => s.mapId === m.id).map((s) => ({ ownerId: s.ownerId, ...readSide(loadSideDoc(s.state ? Buffer.from(s.state, 'base64') : null)) })),
      comments: comments.filter((c) => c.mapId === m.id).map(({ mapId: _mapId, ...c }) => c),
    })),
    saidAndMeant: pairs,
  };
}
