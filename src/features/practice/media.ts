/**
 * Checking uploaded media by its bytes, never by what the browser claims, and
 * removing hidden metadata (location, device, time) from photos before they
 * are stored. Pure functions over buffers.
 */
export const VOICE_TYPES = ['audio/webm', 'audio/ogg', 'audio/mp4'] as const;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type VoiceType = (typeof VOICE_TYPES)[number];
export type PhotoType = (typeof PHOTO_TYPES)[number];
export type MediaType = VoiceType | PhotoType;

/** Two minutes of voice at a generous 160 kbit/s. */
export const MAX_VOICE_BYTES = 2_500_000;
export const MAX_VOICE_SECONDS = 120;
export const MAX_PHOTO_BYTES = 5_000_000;

export type MediaProblem = 'wrong_type' | 'truncated' | 'empty';

const startsWith = (b: Buffer, bytes: number[], at = 0) => bytes.every((v, i) => b[at + i] === v);

/** The real type of the bytes, if it is one we accept. */
export function sniff(b: Buffer): MediaType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]) && b.subarray(0, 64).includes(Buffer.from('webm'))) return 'audio/webm';
  if (b.toString('latin1', 0, 4) === 'OggS') return 'audio/ogg';
  if (b.toString('latin1', 4, 8) === 'ftyp') return 'audio/mp4';
  return null;
}

/** Whether the file is whole: its own structure must account for every byte to its end. */
export function isComplete(type: MediaType, b: Buffer): boolean {
  switch (type) {
    case 'image/jpeg':
      return b.length > 4 && b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9;
    case 'image/png':
      return pngChunks(b)?.at(-1)?.type === 'IEND';
    case 'image/webp':
      return b.length >= 12 && b.readUInt32LE(4) + 8 === b.length;
    case 'audio/ogg':
      return oggComplete(b);
    case 'audio/mp4':
      return mp4Complete(b);
    case 'audio/webm':
      return webmComplete(b);
  }
}

export function checkMedia(claimed: string, b: Buffer, allowed: readonly MediaType[]): { ok: true; type: MediaType } | { ok: false; problem: MediaProblem } {
  if (b.length === 0) return { ok: false, problem: 'empty' };
  const actual = sniff(b);
  if (!actual || actual !== claimed || !allowed.includes(actual)) return { ok: false, problem: 'wrong_type' };
  if (!isComplete(actual, b)) return { ok: false, problem: 'truncated' };
  return { ok: true, type: actual };
}

/** A photo without EXIF, XMP, comments or text chunks; the picture itself is untouched. */
export function stripPhotoMetadata(type: PhotoType, b: Buffer): Buffer {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(b);
    case 'image/png':
      return Buffer.concat(pngChunks(b)!.filter((c) => !PNG_METADATA.has(c.type)).reduce<Buffer[]>((out, c) => [...out, c.raw], [b.subarray(0, 8)]));
    case 'image/webp':
      return stripWebp(b);
  }
}

// JPEG: keep SOI, APP0 (JFIF) and the image segments; drop APP1–APP15 and COM. From SOS on, copy as is.
function stripJpeg(b: Buffer): Buffer {
  const out: Buffer[] = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!;
    if (marker === 0xda) break; // start of scan
    const length = b.readUInt16BE(i + 2);
    const segment = b.subarray(i, i + 2 + length);
    const isMetadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!isMetadata) out.push(segment);
    i += 2 + length;
  }
  out.push(b.subarray(i));
  return Buffer.concat(out);
}

const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);
function pngChunks(b: Buffer): Array<{ type: string; raw: Buffer }> | null {
  const chunks: Array<{ type: string; raw: Buffer }> = [];
  let i = 8;
  while (i < b.length) {
    if (i + 12 > b.length) return null;
    const length = b.readUInt32BE(i);
    const end = i + 12 + length;
    if (end > b.length) return null;
    chunks.push({ type: b.toString('latin1', i + 4, i + 8), raw: b.subarray(i, end) });
    i = end;
  }
  return chunks;
}

// WebP (RIFF): drop EXIF and XMP chunks, clear their flags in VP8X, and fix the RIFF size.
function stripWebp(b: Buffer): Buffer {
  const kept: Buffer[] = [];
  let i = 12;
  while (i + 8 <= b.length) {
    const type = b.toString('latin1', i, i + 4);
    const size = b.readUInt32LE(i + 4);
    const end = Math.min(b.length, i + 8 + size + (size % 2));
    const chunk = Buffer.from(b.subarray(i, end));
    if (type === 'VP8X') chunk[8] = chunk[8]! & ~(0x08 | 0x04);
    if (type !== 'EXIF' && type !== 'XMP ') kept.push(chunk);
    i = end;
  }
  const body = Buffer.concat(kept);
  const header = Buffer.from(b.subarray(0, 12));
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}

// Ogg: pages chain to the end, and the last one says "end of stream".
function oggComplete(b: Buffer): boolean {
  let i = 0;
  let last = 0;
  while (i < b.length) {
    if (b.toString('latin1', i, i + 4) !== 'OggS' || i + 27 > b.length) return false;
    const segments = b[i + 26]!;
    if (i + 27 + segments > b.length) return false;
    let size = 0;
    for (let s = 0; s < segments; s++) size += b[i + 27 + s]!;
    last = b[i + 5]!;
    i += 27 + segments + size;
  }
  return i === b.length && (last & 0x04) !== 0;
}

// MP4: top-level boxes must add up exactly to the file's length.
function mp4Complete(b: Buffer): boolean {
  let i = 0;
  while (i < b.length) {
    if (i + 8 > b.length) return false;
    const size = b.readUInt32BE(i);
    if (size < 8) return false;
    i += size;
  }
  return i === b.length;
}

// WebM (EBML): each top-level element with a known size must fit; a recording's Segment
// often has "unknown" size, so then its direct children are walked to the end instead.
function webmComplete(b: Buffer): boolean {
  let i = 0;
  while (i < b.length) {
    const id = readVint(b, i, false);
    if (!id) return false;
    const size = readVint(b, i + id.length, true);
    if (!size) return false;
    const start = i + id.length + size.length;
    if (size.value === null) return walkChildren(b, start);
    if (start + size.value > b.length) return false;
    i = start + size.value;
  }
  return true;
}

// Chrome's MediaRecorder writes each Cluster with unknown size too, so the walk descends into it
// and the next Cluster shows up among its "children": a cluster seen on the way down still counts.
function walkChildren(b: Buffer, from: number, clusterAbove = false): boolean {
  let i = from;
  let sawCluster = clusterAbove;
  while (i < b.length) {
    const id = readVint(b, i, false);
    if (!id) return false;
    const size = readVint(b, i + id.length, true);
    if (!size) return false;
    const start = i + id.length + size.length;
    if (id.value === 0x1f43b675) sawCluster = true;
    if (size.value === null) return walkChildren(b, start, sawCluster);
    if (start + size.value > b.length) return false;
    i = start + size.value;
  }
  return sawCluster;
}

/** EBML variable-length integer; `asSize` strips the length marker and maps all-ones to "unknown". */
function readVint(b: Buffer, at: number, asSize: boolean): { value: number | null; length: number } | null {
  if (at >= b.length) return null;
  const first = b[at]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8 || at + length > b.length) return null;
  let value = asSize ? first & (0xff >> length) : first;
  let allOnes = value === 0xff >> length;
  for (let k = 1; k < length; k++) {
    value = value * 256 + b[at + k]!;
    if (b[at + k] !== 0xff) allOnes = false;
  }
  return { value: asSize && allOnes ? null : value, length };
}
