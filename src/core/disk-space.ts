import { statfs } from 'node:fs/promises';
import path from 'node:path';

/**
 * Bytes an unprivileged process may still write on the disk holding `dir`. A
 * folder not made yet (MEDIA_DIR before the first upload) is measured at its
 * nearest existing parent: that is the disk it will be made on.
 */
export async function freeBytesAt(dir: string): Promise<number> {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    try {
      const fs = await statfs(at);
      return fs.bavail * fs.bsize;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || at === path.dirname(at)) throw error;
    }
  }
}
