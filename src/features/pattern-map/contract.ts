import { z } from 'zod';
import { defineEvents, type EventOf } from '../../core/contracts';
import { TOPICS } from '../../core/topics';
import { FIELDS, INNER_FIELDS, ROLES } from './side-doc';

// ── events ──
/** How a partner marks an implicit contract, and where the two marks leave it (contracts.ts). */
export const DECISIONS = ['keep', 'renegotiate', 'retire'] as const;
export const CONTRACT_STATUSES = ['open', 'kept', 'renegotiating', 'retired'] as const;
const map = z.object({ mapId: z.string() });
const sideChange = map.extend({ ownerId: z.string(), version: z.number().int() });
const agreement = z.object({ contractId: z.string() });

/** The pattern map, its unspoken agreements and said-and-meant: ids and the loop's name, never the words on it. */
export const patternMapEvents = defineEvents({
  'map.created': { payload: map, feed: true },
  'map.renamed': { payload: map.extend({ name: z.string().nullable() }), feed: true },
  'map.main_changed': { payload: map, feed: true },
  'map.side_shared': { payload: map.extend({ ownerId: z.string() }), feed: true },
  /** A batch of keystrokes on a side: for catching screens up, not a moment for the feed. */
  'map.sync': { payload: sideChange, feed: false },
  'map.restored': { payload: sideChange, feed: true },
  'map.commented': {
    payload: map.extend({ commentId: z.string(), sideOwnerId: z.string(), field: z.string(), reaction: z.string().nullable(), written: z.boolean() }),
    feed: true,
  },
  'map.comment_removed': { payload: map.extend({ commentId: z.string() }), feed: true },
  'contract.proposed': { payload: agreement, feed: true },
  'contract.marked': { payload: agreement.extend({ decision: z.enum(DECISIONS) }), feed: true },
  'said_and_meant.shared': { payload: z.object({ pairId: z.string() }), feed: true },
  /** A shared pair taken back: the partner's screen lets it go; not a moment for the feed. */
  'said_and_meant.withdrawn': { payload: z.object({ pairId: z.string() }), feed: false },
});
export type PatternMapEvent = EventOf<typeof patternMapEvents>;
declare module '../../core/realtime/protocol' {
  interface CoupleEventsByFeature {
    patternMap: PatternMapEvent;
  }
}

// ── views ──
// What the pattern map's routes answer: the server validates with these, and the client takes
// its types from them (`import type`, no bundle cost). A view that can change under a live screen
// carries the couple event `seq` it reflects (core/web/view-clock.ts).
const seq = z.number().int().min(0);

/** One "when I say ___, I mean ___" pair, mine or shared with me by my partner. */
export const saidAndMeantPair = z.object({ id: z.uuid(), said: z.string(), meant: z.string(), shared: z.boolean(), isMine: z.boolean() });
/** My pairs and my partner's shared ones, as of `seq`. */
export const saidAndMeantList = z.object({ pairs: z.array(saidAndMeantPair), seq });
/** A pair just added or changed, as of the `seq` its change committed at. */
export const saidAndMeantChanged = saidAndMeantPair.extend({ seq });

export type SaidAndMeantPair = z.infer<typeof saidAndMeantPair>;
export type SaidAndMeantList = z.infer<typeof saidAndMeantList>;
export type SaidAndMeantChanged = z.infer<typeof saidAndMeantChanged>;

/** One pattern map: the couple's first is their main loop, later ones variants (e.g. per topic). */
export const mapSummary = z.object({ id: z.uuid(), name: z.string().nullable(), topic: z.enum(TOPICS).nullable(), isMain: z.boolean(), createdAt: z.string() });
/** The couple's maps, as of `seq`. */
export const mapList = z.object({ maps: z.array(mapSummary), seq });
/** A map just made or changed, as of the `seq` its change committed at. */
export const mapChanged = mapSummary.extend({ seq });
export const sideSnapshot = z.object({
  ownerId: z.uuid(),
  isMine: z.boolean(),
  shared: z.boolean(),
  /** The side's own version clock (its Yjs updates), apart from the couple's seq. */
  version: z.number().int(),
  /** The whole side as a base64 Yjs update (empty string before the first edit). */
  state: z.string(),
});
export const REACTIONS = ['heart', 'hug', 'same', 'thank_you'] as const;
/** A kind reaction or comment on a partner's feeling, fear or longing. */
export const mapComment = z.object({
  id: z.uuid(),
  sideOwnerId: z.uuid(),
  field: z.enum(INNER_FIELDS),
  isMine: z.boolean(),
  reaction: z.enum(REACTIONS).nullable(),
  text: z.string().nullable(),
  createdAt: z.string(),
});
/** One map with my side, my partner's once shared, and the comments on them, as of `seq`. */
export const mapDetail = z.object({ map: mapSummary, sides: z.array(sideSnapshot), comments: z.array(mapComment), seq });
export const historyEntry = z.object({ ownerId: z.uuid(), version: z.number().int(), authorId: z.uuid().nullable(), authorName: z.string().nullable(), isMine: z.boolean(), at: z.string() });
/** Every change to a map's sides, newest first, as of `seq`. */
export const mapHistory = z.object({ versions: z.array(historyEntry), seq });
/** A side as it was at one version. */
export const versionPreview = z.object({ fields: z.record(z.enum(FIELDS), z.string()), roles: z.partialRecord(z.enum(TOPICS), z.enum(ROLES)) });
/** A side's version after a change to it. */
export const sideVersion = z.object({ version: z.number().int() });
export const sideUpdates = sideVersion.extend({ update: z.string() });
export const created = z.object({ id: z.uuid() });

const mark = z.object({ decision: z.enum(DECISIONS), note: z.string().nullable() });
/** An implicit contract (an unspoken role named together), with each partner's mark on it. */
export const contractView = z.object({
  id: z.uuid(),
  text: z.string(),
  proposedByMe: z.boolean(),
  createdAt: z.string(),
  status: z.enum(CONTRACT_STATUSES),
  myMark: mark.nullable(),
  partnerMark: mark.nullable(),
});
/** The couple's implicit contracts, as of `seq`. */
export const contractList = z.object({ contracts: z.array(contractView), seq });

export type MapSummary = z.infer<typeof mapSummary>;
export type MapList = z.infer<typeof mapList>;
export type MapChanged = z.infer<typeof mapChanged>;
export type SideSnapshot = z.infer<typeof sideSnapshot>;
export type Reaction = (typeof REACTIONS)[number];
export type MapComment = z.infer<typeof mapComment>;
export type MapDetail = z.infer<typeof mapDetail>;
export type HistoryEntry = z.infer<typeof historyEntry>;
export type MapHistory = z.infer<typeof mapHistory>;
export type VersionPreview = z.infer<typeof versionPreview>;
export type SideVersion = z.infer<typeof sideVersion>;
export type Created = z.infer<typeof created>;
export type Decision = (typeof DECISIONS)[number];
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type Mark = z.infer<typeof mark>;
export type Contract = z.infer<typeof contractView>;
export type ContractList = z.infer<typeof contractList>;

// ── reads ──
/** The maps (the signal button names the main loop) and the implicit contracts (repair's roles screen) are read by other features too. */
declare module '../../core/contracts' {
  interface SharedReads {
    '/api/maps': MapList;
    '/api/contracts': ContractList;
  }
}
