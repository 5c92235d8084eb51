import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite on a real directory, with every commit on disk before it is acknowledged
 * (decision 0007). Out of the box PGlite starts PostgreSQL with fsync off (`-F`), and
 * even with it on nothing reaches the disk: emscripten's NODEFS has no `fsync` for
 * files, and its `fdatasync` (PostgreSQL's default way to flush the WAL on Linux) is
 * an empty stub. So: fsync on, the WAL flushed with fsync(), and that fsync handed to
 * the kernel on the real file descriptor.
 */
class SyncingNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      (module: EmscriptenModule) => {
        // emscripten's fd_sync (what fsync() becomes) calls stream_ops.fsync when there is one.
        module.NODEFS.stream_ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fsyncSync(stream.nfd);
        };
      },
      ...preRun,
    ];
    return result;
  }
}

/** The parts of emscripten's module this file touches (PGlite does not type them). */
interface EmscriptenModule {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => void } };
}

/** PostgreSQL's own durability settings, in place of PGlite's `-F` (fsync off). */
const durableStartParams = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'synchronous_commit=on',
  '-c',
  'full_page_writes=on',
  // fdatasync is a no-op in emscripten; fsync() reaches the kernel through SyncingNodeFS.
  '-c',
  'wal_sync_method=fsync',
];

export async function createDurablePglite(dataDir: string, options: Pick<PGliteOptions, 'loadDataDir'> = {}): Promise<PGlite> {
  return PGlite.create({ ...options, fs: new SyncingNodeFS(dataDir), startParams: durableStartParams });
}

/**
 * fsyncs every file and folder under `dir`, deepest first: the files a seed image was
 * unpacked into were written without PostgreSQL knowing, so it would never flush them.
 */
export function fsyncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) fsyncTree(full);
    else if (entry.isFile()) fsyncPath(full);
  }
  fsyncPath(dir);
}

/** fsyncs one file or folder (a folder: the names in it). */
export function fsyncPath(target: string): void {
  const fd = openSync(target, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
