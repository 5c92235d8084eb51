/** The server keeps joy photos up to 5 MB (../media.ts MAX_PHOTO_BYTES), in these types. */
export const MAX_PHOTO_BYTES = 5_000_000;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * A quick check before uploading, so nobody waits for a large upload only to
 * hear it was refused. The server checks the bytes again; this is a courtesy.
 */
export function checkPhoto(file: { size: number; type: string }): 'too_large' | 'wrong_type' | null {
  if (!PHOTO_TYPES.includes(file.type)) return 'wrong_type';
  if (file.size > MAX_PHOTO_BYTES) return 'too_large';
  return null;
}
