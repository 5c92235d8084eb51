import type { Queryable } from './db/database';
import type { MediaStore } from './media-store';

/**
 * "Everything that is mine", for a person about to leave or delete: each feature hands over
 * the words its author wrote — never the partner's — as plain sections that the accounts
 * feature renders as a JSON file and a readable HTML page.
 */
export interface ArchiveFile {
  contentType: string;
  /** The file itself, base64: the archive must open offline, years later, with nothing else. */
  base64: string;
}

export interface ArchiveEntry {
  /** What this entry is, in the person's words where they gave one ("Journal entry", a map's name). */
  heading: string;
  /** Labelled lines of the person's own words, in the order they are read. */
  lines: Array<{ label: string | null; text: string }>;
  /** When it was written (ISO), or null when the record keeps no time. */
  at: string | null;
  file?: ArchiveFile;
}

export interface ArchiveSection {
  title: string;
  entries: ArchiveEntry[];
}

/** One feature's share of a person's archive: only rows that person wrote. */
export type ExportMine = (db: Queryable, userId: string, media: MediaStore) => Promise<ArchiveSection[]>;

/** An ISO time from a database value, or null. */
export function archiveTime(value: Date | string | null): string | null {
  return value == null ? null : new Date(value).toISOString();
}

/** Lines with text, dropping empty answers. */
export function filledLines(pairs: Array<[string | null, string | null | undefined]>): ArchiveEntry['lines'] {
  return pairs.filter((p): p is [string | null, string] => typeof p[1] === 'string' && p[1].trim() !== '').map(([label, text]) => ({ label, text: text.trim() }));
}
