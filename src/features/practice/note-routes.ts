import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { AppError, Forbidden, NotFound } from '../../core/errors';
import { sharingPrefsOf } from '../../core/sharing-prefs';
import type { CoupleScope, ScopedTx } from '../../core/couple-scope';
import type { MediaStore } from '../../core/media-store';
import type { UploadLimits } from './upload-limits';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import { practiceCopy } from './copy';
import { MAX_PHOTO_BYTES, MAX_VOICE_BYTES, MAX_VOICE_SECONDS, PHOTO_TYPES, VOICE_TYPES, checkMedia, stripPhotoMetadata, type MediaType, type PhotoType } from './media';
import { created, episodeList, joyLog, joyPhotoAdded, noteList, practiceEvents, voiceNoteSent } from './contract';
import { episodeExists, episodesSince } from '../pause/reads';

const tags = ['practice'];
/** How far back a note may point at a moment. */
const RECENT_EPISODE_DAYS = 30;

class UploadProblem extends AppError {
  constructor(problem: keyof typeof practiceCopy.errors.uploadProblems) {
    super(problem === 'wrong_type' ? 415 : problem === 'too_large' ? 413 : 400, `upload_${problem}`, practiceCopy.errors.uploadProblems[problem]);
  }
}

/** The raw upload, checked by its bytes (type, completeness) before anything is stored. */
function uploaded(request: FastifyRequest, allowed: readonly MediaType[]): { bytes: Buffer; type: MediaType } {
  const body = request.body;
  if (!Buffer.isBuffer(body)) throw new UploadProblem('wrong_type');
  const claimed = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const check = checkMedia(claimed, body, allowed);
  if (!check.ok) throw new UploadProblem(check.problem);
  return { bytes: body, type: check.type };
}

/**
 * Stores the file, then its row in the caller's transaction; if the transaction fails, the file goes too.
 * The limits are checked before anything is written, and the quota again inside the transaction.
 */
async function storeMedia(
  store: MediaStore,
  limits: UploadLimits,
  scope: CoupleScope,
  bytes: Buffer,
  type: MediaType,
  then: (tx: ScopedTx, mediaId: string) => Promise<void>,
): Promise<string> {
  await limits.admit(scope, bytes.length);
  const key = await store.put(bytes).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOSPC' || error.code === 'EDQUOT') throw new AppError(507, 'storage_full', practiceCopy.errors.uploadLimits.diskFull);
    throw error;
  });
  try {
    return await scope.transaction(async (tx) => {
      await limits.holdQuota(tx, bytes.length);
      const [row] = await tx.query<{ id: string }>(
        'insert into media (couple_id, owner_id, storage_key, content_type, bytes) values ($1, $2, $3, $4, $5) returning id',
        [scope.userId, key, type, bytes.length],
      );
      await then(tx, row!.id);
      return row!.id;
    });
  } catch (error) {
    await store.delete(key);
    throw error;
  }
}

async function deleteMedia(store: MediaStore, tx: ScopedTx, mediaId: string | null): Promise<void> {
  if (!mediaId) return;
  const [row] = await tx.query<{ key: string }>('delete from media where couple_id = $1 and id = $2 returning storage_key as key', [mediaId]);
  if (row) await store.delete(row.key);
}

async function checkEpisode(tx: ScopedTx, episodeId: string | null | undefined): Promise<void> {
  if (episodeId && !(await episodeExists(tx, episodeId))) throw new NotFound(practiceCopy.errors.notFound);
}

/** Voice and text notes to the partner, media served only to the couple, and the joy log. */
export function noteRoutes(api: Api, ctx: AppContext, store: MediaStore, limits: UploadLimits): void {
  const couple = { access: 'couple' as const };
  api.addContentTypeParser(/^(audio\/(webm|ogg|mp4)|image\/(jpeg|png|webp))(;.*)?$/i, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  api.get('/api/notes', { config: couple, schema: { tags, response: { 200: noteList } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    return scope.readWithSeq(async (tx) => {
      const rows = await tx.query<{ id: string; authorId: string | null; kind: 'text' | 'voice'; text: string | null; mediaId: string | null; durationSeconds: number | null; episodeId: string | null; reaction: string | null; playedAt: Date | null; createdAt: Date }>(
        `select id, author_id as "authorId", kind, text, media_id as "mediaId", duration_seconds as "durationSeconds", episode_id as "episodeId", reaction, played_at as "playedAt", created_at as "createdAt"
           from notes where couple_id = $1 order by created_at desc limit 100`,
      );
      return { notes: rows.map(({ authorId, ...n }) => ({ ...n, fromMe: authorId === scope.userId, playedAt: iso(n.playedAt), createdAt: iso(n.createdAt) })) };
    });
  });

  api.get(
    '/api/practice/episodes',
    { config: couple, schema: { tags, description: 'Recent signals and pauses (last 30 days), so a note can say which moment it is about.', response: { 200: episodeList } } },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const rows = await episodesSince(scope, new Date(Date.now() - RECENT_EPISODE_DAYS * 86_400_000), 12);
      return { episodes: rows.map((e) => ({ ...e, startedAt: iso(e.startedAt) })) };
    },
  );

  api.post(
    '/api/notes',
    { config: couple, schema: { tags, description: 'A written note to my partner, optionally about an episode.', body: z.object({ text: z.string().trim().min(1).max(2000), episodeId: z.uuid().nullable().optional() }), response: { 201: created, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const id = await scope.transaction(async (tx) => {
        await checkEpisode(tx, request.body.episodeId);
        const [row] = await tx.query<{ id: string }>(`insert into notes (couple_id, author_id, kind, text, episode_id) values ($1, $2, 'text', $3, $4) returning id`, [scope.userId, request.body.text, request.body.episodeId ?? null]);
        await tx.append(practiceEvents, { type: 'note.sent', actorId: scope.userId, payload: { noteId: row!.id, kind: 'text' } });
        return row!.id;
      });
      reply.status(201);
      return { id };
    },
  );

  api.post(
    '/api/notes/voice',
    {
      config: couple,
      bodyLimit: MAX_VOICE_BYTES,
      schema: {
        tags,
        description: 'A voice note (raw WebM/Ogg/MP4 audio body, up to two minutes). The type is checked from the bytes.',
        querystring: z.object({ durationSeconds: z.coerce.number().int().min(1).max(MAX_VOICE_SECONDS), episodeId: z.uuid().optional() }),
        response: { 201: voiceNoteSent, 400: errorBody, 413: errorBody, 415: errorBody, 429: errorBody, 507: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const { bytes, type } = uploaded(request, VOICE_TYPES);
      let noteId = '';
      const mediaId = await storeMedia(store, limits, scope, bytes, type, async (tx, mediaId) => {
        await checkEpisode(tx, request.query.episodeId);
        const [row] = await tx.query<{ id: string }>(
          `insert into notes (couple_id, author_id, kind, media_id, duration_seconds, episode_id) values ($1, $2, 'voice', $3, $4, $5) returning id`,
          [scope.userId, mediaId, request.query.durationSeconds, request.query.episodeId ?? null],
        );
        noteId = row!.id;
        await tx.append(practiceEvents, { type: 'note.sent', actorId: scope.userId, payload: { noteId, kind: 'voice' } });
      });
      reply.status(201);
      return { id: noteId, mediaId };
    },
  );

  for (const step of ['played', 'react'] as const) {
    api.post(
      `/api/notes/:id/${step}`,
      {
        config: couple,
        schema: {
          tags,
          description: step === 'played' ? 'The partner listened or read it.' : 'The partner answers with a tether (“thank you, I’m here”).',
          params: idParam,
          body: step === 'react' ? z.object({ tether: z.string().trim().min(1).max(280) }) : z.object({}).optional(),
          response: { 204: noContent, 403: errorBody, 404: errorBody },
        },
      },
      async (request, reply) => {
        const scope = coupleScope(ctx, request);
        // With "seen" receipts off, listening is not kept or told at all: the note stays unplayed for its author.
        // (Read before the transaction: the embedded database has one connection.)
        const receipts = step !== 'played' || (await sharingPrefsOf(ctx.db, scope.userId)).seenReceipts;
        await scope.transaction(async (tx) => {
          const [note] = await tx.query<{ authorId: string | null }>('select author_id as "authorId" from notes where couple_id = $1 and id = $2 for update', [request.params.id]);
          if (!note) throw new NotFound(practiceCopy.errors.notFound);
          if (note.authorId === scope.userId) throw new Forbidden('own_note', practiceCopy.errors.ownMoment);
          // Listening is live-sync traffic for the author's screen; an answer is worth a line in the feed.
          if (step === 'played' && !receipts) return;
          if (step === 'played') {
            await tx.query('update notes set played_at = coalesce(played_at, now()) where couple_id = $1 and id = $2', [request.params.id]);
            await tx.append(practiceEvents, { type: 'note.played', actorId: scope.userId, payload: { noteId: request.params.id } });
          } else {
            await tx.query('update notes set reaction = $3 where couple_id = $1 and id = $2', [request.params.id, (request.body as { tether: string }).tether]);
            await tx.append(practiceEvents, { type: 'note.answered', actorId: scope.userId, payload: { noteId: request.params.id } });
          }
        });
        return reply.status(204).send(null);
      },
    );
  }

  api.delete('/api/notes/:id', { config: couple, schema: { tags, description: 'Deletes my note and its recording.', params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const scope = coupleScope(ctx, request);
    await scope.transaction(async (tx) => {
      const [note] = await tx.query<{ mediaId: string | null }>('delete from notes where couple_id = $1 and id = $2 and author_id = $3 returning media_id as "mediaId"', [request.params.id, scope.userId]);
      if (!note) throw new NotFound(practiceCopy.errors.notFound);
      await deleteMedia(store, tx, note.mediaId);
    });
    return reply.status(204).send(null);
  });

  api.get('/api/media/:id', { config: couple, schema: { tags, description: 'A voice note or photo (raw bytes), for the couple only; 404 otherwise.', params: idParam } }, async (request, reply) => {
    const scope = coupleScope(ctx, request);
    const [row] = await scope.query<{ key: string; contentType: string }>('select storage_key as key, content_type as "contentType" from media where couple_id = $1 and id = $2', [request.params.id]);
    if (!row) throw new NotFound(practiceCopy.errors.notFound);
    const bytes = await store.get(row.key).catch(() => null);
    if (!bytes) throw new NotFound(practiceCopy.errors.notFound);
    return reply
      .header('content-type', row.contentType)
      .header('content-disposition', 'inline')
      .send(bytes);
  });

  api.get('/api/joy', { config: couple, schema: { tags, response: { 200: joyLog } } }, async (request) => {
    const scope = coupleScope(ctx, request);
    return scope.readWithSeq(async (tx) => {
      const rows = await tx.query<{ id: string; authorId: string | null; text: string; mediaId: string | null; createdAt: Date }>(
        'select id, author_id as "authorId", text, media_id as "mediaId", created_at as "createdAt" from joy_entries where couple_id = $1 order by created_at desc limit 200',
      );
      return { entries: rows.map(({ authorId, ...e }) => ({ ...e, fromMe: authorId === scope.userId, createdAt: iso(e.createdAt) })) };
    });
  });

  api.post('/api/joy', { config: couple, schema: { tags, description: 'Something joyful we did (“we danced in the kitchen”).', body: z.object({ text: z.string().trim().min(1).max(500) }), response: { 201: created } } }, async (request, reply) => {
    const scope = coupleScope(ctx, request);
    const id = await scope.transaction(async (tx) => {
      const [row] = await tx.query<{ id: string }>('insert into joy_entries (couple_id, author_id, text) values ($1, $2, $3) returning id', [scope.userId, request.body.text]);
      await tx.append(practiceEvents, { type: 'joy.logged', actorId: scope.userId, payload: { joyId: row!.id } });
      return row!.id;
    });
    reply.status(201);
    return { id };
  });

  api.put(
    '/api/joy/:id/photo',
    {
      config: couple,
      bodyLimit: MAX_PHOTO_BYTES,
      schema: { tags, description: 'A photo for a joy entry (raw JPEG/PNG/WebP body, up to 5 MB). Location and camera metadata are removed.', params: idParam, response: { 201: joyPhotoAdded, 400: errorBody, 403: errorBody, 404: errorBody, 413: errorBody, 415: errorBody, 429: errorBody, 507: errorBody } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const [entry] = await scope.query<{ authorId: string | null }>('select author_id as "authorId" from joy_entries where couple_id = $1 and id = $2', [request.params.id]);
      if (!entry) throw new NotFound(practiceCopy.errors.notFound);
      if (entry.authorId !== scope.userId) throw new Forbidden('not_yours', practiceCopy.errors.notYours);
      const { bytes, type } = uploaded(request, PHOTO_TYPES);
      const clean = stripPhotoMetadata(type as PhotoType, bytes);
      const mediaId = await storeMedia(store, limits, scope, clean, type, async (tx, mediaId) => {
        const [old] = await tx.query<{ mediaId: string | null }>('select media_id as "mediaId" from joy_entries where couple_id = $1 and id = $2 for update', [request.params.id]);
        await tx.query('update joy_entries set media_id = $3 where couple_id = $1 and id = $2', [request.params.id, mediaId]);
        await deleteMedia(store, tx, old?.mediaId ?? null);
        await tx.append(practiceEvents, { type: 'joy.photo_added', actorId: scope.userId, payload: { joyId: request.params.id } });
      });
      reply.status(201);
      return { mediaId };
    },
  );

  api.delete('/api/joy/:id', { config: couple, schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } }, async (request, reply) => {
    const scope = coupleScope(ctx, request);
    await scope.transaction(async (tx) => {
      const [entry] = await tx.query<{ mediaId: string | null }>('delete from joy_entries where couple_id = $1 and id = $2 and author_id = $3 returning media_id as "mediaId"', [request.params.id, scope.userId]);
      if (!entry) throw new NotFound(practiceCopy.errors.notFound);
      await deleteMedia(store, tx, entry.mediaId);
    });
    return reply.status(204).send(null);
  });
}
