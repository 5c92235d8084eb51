import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Voice notes and photos live outside the SQL rows, in a directory of files
 * named by random ids (never by anything a user sent). Rows hold the key; only
 * routes that have checked the couple read a file back.
 */
export interface MediaStore {
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  /** Every stored file, with when it was last written (for the sweep). */
  list(): Promise<Array<{ key: string; modifiedAt: number }>>;
}

const KEY = /^[0-9a-f-]{36}$/;

export function diskMediaStore(dir: string): MediaStore {
  const file = (key: string) => {
    if (!KEY.test(key)) throw new Error('bad media key');
    return path.join(dir, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = randomUUID();
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes, { flag: 'wx' });
      return key;
    },
    get: (key) => readFile(file(key)),
    delete: (key) => rm(file(key), { force: true }),
    async list() {
      const shards = await readdir(dir).catch(() => [] as string[]);
      const found: Array<{ key: string; modifiedAt: number }> = [];
      for (const shard of shards) {
        for (const key of await readdir(path.join(dir, shard)).catch(() => [] as string[])) {
          if (!KEY.test(key) || key.slice(0, 2) !== shard) continue;
          const info = await stat(path.join(dir, shard, key)).catch(() => null);
          if (info?.isFile()) found.push({ key, modifiedAt: info.mtimeMs });
        }
      }
      return found;
    },
  };
}
