import { utimes } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { newCouple } from '../../test/support/client';
import { webmVoice } from '../../test/support/media-fixtures';
import { SWEEP_GRACE_MS, sweepMedia } from './media-sweep';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('the media sweep', () => {
  it('removes files no row points at and rows whose file is gone, leaves the rest, and says what it removed', async () => {
    const { a } = await newCouple(app.url);
    const upload = () => a.request('POST', '/api/notes/voice?durationSeconds=3', undefined, { rawBody: webmVoice(), contentType: 'audio/webm' });
    expect((await upload()).status).toBe(201);
    expect((await upload()).status).toBe(201);
    const rows = await app.db.query<{ key: string }>('select storage_key as key from media order by created_at');
    const [kept, lost] = rows.slice(-2).map((r) => r.key) as [string, string];
    const store = app.app.ctx.media;
    const file = (key: string) => path.join(app.app.ctx.config.mediaDir, key.slice(0, 2), key);
    const long = new Date(Date.now() - 2 * SWEEP_GRACE_MS);
    // A file left by a crash (no row), an old one and a fresh one (an upload still on its way).
    const stray = await store.put(Buffer.from('left behind'));
    await utimes(file(stray), long, long);
    const fresh = await store.put(Buffer.from('an upload on its way'));
    // A row whose file went missing.
    await store.delete(lost);
    await app.db.query(`update media set created_at = $2 where storage_key = $1`, [lost, long]);

    const report = await sweepMedia(app.db, store, Date.now());
    expect(report).toMatchObject({ removedFiles: 1, removedRows: 1 });
    expect(existsSync(file(stray))).toBe(false);
    expect(existsSync(file(fresh))).toBe(true);
    expect(existsSync(file(kept))).toBe(true);
    expect(await app.db.query('select 1 from media where storage_key = $1', [lost])).toEqual([]);
    // The note that held the lost file keeps its place (without a voice).
    expect((await app.db.query<{ n: number }>('select count(*)::int as n from notes where media_id is null')).at(0)?.n).toBeGreaterThan(0);
    // Nothing left to do: a second sweep removes nothing.
    expect(await sweepMedia(app.db, store, Date.now())).toEqual({ removedFiles: 0, removedRows: 0 });
    await store.delete(fresh);
  });
});
