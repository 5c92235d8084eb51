// Build step: writes the migrated PGlite image a first start loads instead of running initdb
// and every migration (next to the bundled server, named by the image's key).
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeMigratedImage } from '../core/db/pglite-image';
import { seedPath } from './open-database';

const image = await makeMigratedImage('gzip');
const target = seedPath(image.key);
// Older images (earlier migrations or PGlite) would never be picked again.
for (const file of await readdir(path.dirname(target))) {
  if (file.startsWith('pglite-seed-') && path.join(path.dirname(target), file) !== target) await rm(path.join(path.dirname(target), file));
}
await writeFile(target, image.bytes);
