/**
 * The map's history as people remember it: "Alex worked on their side for a
 * few minutes", not two hundred keystroke batches. Pure, so it is unit-tested.
 */

export interface VersionEntry {
  ownerId: string;
  version: number;
  authorId: string | null;
  authorName: string | null;
  isMine: boolean;
  at: string;
}

export interface VersionGroup {
  /** Whose side changed. */
  ownerId: string;
  authorId: string | null;
  authorName: string | null;
  isMine: boolean;
  /** When the first and the last change of the group happened. */
  from: string;
  to: string;
  /** The side's version after the group's last change: what "restore" brings back. */
  version: number;
  /** The side's version just before the group began. */
  before: number;
  count: number;
}

/** Changes further apart than this start a new group. */
export const GROUP_GAP_MS = 5 * 60_000;
/** A long session is still split, so no group hides an hour of work. */
export const GROUP_SPAN_MS = 30 * 60_000;

/**
 * Groups versions (newest first, as the server lists them) by side and author:
 * a change joins the group of the same person on the same side when it is at
 * most `gap` older than that group's oldest change and the group would span
 * at most `span`. The two partners' interleaved edits form two groups, not
 * a hundred alternating ones. Groups come newest first.
 */
export function groupHistory(versions: VersionEntry[], gap = GROUP_GAP_MS, span = GROUP_SPAN_MS): VersionGroup[] {
  const groups: VersionGroup[] = [];
  const open = new Map<string, VersionGroup>();
  for (const v of versions) {
    const key = `${v.ownerId}|${v.authorId ?? 'gone'}`;
    const t = Date.parse(v.at);
    const group = open.get(key);
    if (group && Date.parse(group.from) - t <= gap && Date.parse(group.to) - t <= span) {
      group.from = v.at;
      group.before = v.version - 1;
      group.count += 1;
      continue;
    }
    const fresh: VersionGroup = {
      ownerId: v.ownerId,
      authorId: v.authorId,
      authorName: v.authorName,
      isMine: v.isMine,
      from: v.at,
      to: v.at,
      version: v.version,
      before: v.version - 1,
      count: 1,
    };
    open.set(key, fresh);
    groups.push(fresh);
  }
  return groups.sort((a, b) => Date.parse(b.to) - Date.parse(a.to) || b.version - a.version);
}
