import { exportMyMapWords } from './export-mine';
import { z } from 'zod';
import * as Y from 'yjs';
import { BadRequest, Conflict, Forbidden, NotFound } from '../../core/errors';
import { enqueuePush } from '../../core/push/push';
import { sharingPrefsOf } from '../../core/sharing-prefs';
import type { CoupleScope, ScopedTx } from '../../core/couple-scope';
import { coupleScope, type Api, type AppContext } from '../../core/http/context';
import { errorBody, idParam, iso, noContent } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { keepMapSides } from './keep-own-words';
import { mapCopy } from './copy';
import { TOPICS } from '../../core/topics';
import { FIELDS, INNER_FIELDS, checkSideUpdate, firstReadableVersion, loadSideDoc, readSide, replay, restoreUpdate, type Writer } from './side-doc';
import { contractRoutes } from './contract-routes';
import { saidAndMeantRoutes } from './said-and-meant-routes';
import * as q from './queries';
import { created, mapChanged, mapDetail, mapHistory, mapList, patternMapEvents, sideUpdates, sideVersion, versionPreview, REACTIONS, type MapComment, type MapSummary } from './contract';

const b64 = z.string().max(100_000).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const toBytes = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const toB64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

const mapName = z.string().trim().min(1).max(60);
const sideParams = z.object({ id: z.uuid(), ownerId: z.uuid() });

function viewMap(m: q.MapRow): MapSummary {
  return { id: m.id, name: m.name, topic: m.topic as MapSummary['topic'], isMain: m.isMain, createdAt: iso(m.createdAt) };
}

async function requireMap(scope: CoupleScope, id: string): Promise<q.MapRow> {
  const map = await q.findMap(scope, id);
  if (!map) throw new NotFound(mapCopy.errors.notFound);
  return map;
}

/**
 * Who may touch a side: its owner always; the partner only once it is shared,
 * and then only its outer layers (enforced per update in side-doc). A draft
 * side does not exist as far as the partner can tell.
 */
async function sideWriter(db: CoupleScope | ScopedTx, me: string, ownerId: string, side: q.SideRow | null): Promise<Writer> {
  if (ownerId === me) return 'owner';
  const members = await q.memberIds(db);
  if (!members.includes(ownerId) || !side?.sharedAt) throw new NotFound(mapCopy.errors.notShared);
  return 'partner';
}

const REFUSALS = {
  malformed: () => new BadRequest('malformed_update', mapCopy.errors.malformed),
  out_of_sync: () => new Conflict('out_of_sync', mapCopy.errors.outOfSync),
  not_yours: () => new Forbidden('not_yours', mapCopy.errors.notYours),
  too_long: () => new BadRequest('too_long', mapCopy.errors.tooLong),
  bad_role: () => new BadRequest('bad_role', mapCopy.errors.badRole),
} as const;

/** Checks and stores one change to a side, then tells the screens that may see it. */
async function writeSide(scope: CoupleScope, mapId: string, ownerId: string, update: Uint8Array, event: 'map.sync' | 'map.restored') {
  return scope.transaction(async (tx) => {
    const side = await q.lockSide(tx, mapId, ownerId, ownerId === scope.userId);
    const writer = await sideWriter(tx, scope.userId, ownerId, side);
    const result = checkSideUpdate(side?.state ? toBytes(side.state) : null, update, writer);
    if (!result.ok) throw REFUSALS[result.code]();
    const version = side!.version + 1;
    await q.saveSide(tx, mapId, ownerId, toB64(result.state), version, scope.userId, toB64(update));
    // A draft's changes reach only its owner's own screens.
    await tx.append(patternMapEvents, {
      type: event,
      actorId: scope.userId,
      payload: { mapId, ownerId, version },
      audience: side!.sharedAt ? null : ownerId,
    });
    return version;
  });
}

const tags = ['pattern-map'];

function routes(api: Api, ctx: AppContext): void {
  const couple = { access: 'couple' as const };

  api.get('/api/maps', { config: couple, schema: { tags, response: { 200: mapList } } }, async (request) => {
    return coupleScope(ctx, request).readWithSeq(async (tx) => ({ maps: (await q.listMaps(tx)).map(viewMap) }));
  });

  api.post(
    '/api/maps',
    {
      config: couple,
      schema: { tags, description: 'A new map; the couple’s first is their main loop, later ones are variants (e.g. per topic).', body: z.object({ name: mapName.nullable().optional(), topic: z.enum(TOPICS).nullable().optional() }), response: { 201: mapChanged } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      const create = () =>
        scope.transaction(async (tx) => {
          const row = await q.insertMap(tx, { name: request.body.name ?? null, topic: request.body.topic ?? null, createdBy: scope.userId });
          const { seq } = await tx.append(patternMapEvents, { type: 'map.created', actorId: scope.userId, payload: { mapId: row.id } });
          return { ...viewMap(row), seq };
        });
      // Both partners starting their first map at once: one becomes the main loop, the other a variant.
      const map = await create().catch((error: { code?: string }) => (error.code === '23505' ? create() : Promise.reject(error)));
      reply.status(201);
      return map;
    },
  );

  api.patch(
    '/api/maps/:id',
    { config: couple, schema: { tags, params: idParam, body: z.object({ name: mapName.nullable().optional(), isMain: z.literal(true).optional() }), response: { 200: mapChanged, 404: errorBody } } },
    async (request) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      return scope.transaction(async (tx) => {
        if (request.body.name !== undefined) {
          await q.renameMap(tx, request.params.id, request.body.name);
          await tx.append(patternMapEvents, { type: 'map.renamed', actorId: scope.userId, payload: { mapId: request.params.id, name: request.body.name } });
        }
        if (request.body.isMain) {
          await q.makeMain(tx, request.params.id);
          await tx.append(patternMapEvents, { type: 'map.main_changed', actorId: scope.userId, payload: { mapId: request.params.id } });
        }
        // The map as this change left it, at the seq of its last event (or where the couple was, for no change).
        return { ...viewMap((await q.findMap(tx, request.params.id))!), seq: await tx.seq() };
      });
    },
  );

  api.get(
    '/api/maps/:id',
    {
      config: couple,
      schema: { tags, description: 'The map with my side and my partner’s side once they share it.', params: idParam, response: { 200: mapDetail, 404: errorBody } },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const { map, sides, comments, seq } = await scope.readWithSeq(async (tx) => {
        const found = await q.findMap(tx, request.params.id);
        if (!found) throw new NotFound(mapCopy.errors.notFound);
        return { map: found, sides: await q.listSides(tx, found.id), comments: await q.listComments(tx, found.id) };
      });
      const visible = sides.filter((s) => s.ownerId === scope.userId || s.sharedAt !== null);
      if (!visible.some((s) => s.ownerId === scope.userId)) visible.unshift({ ownerId: scope.userId, state: '', version: 0, sharedAt: null, sharedVersion: null });
      const visibleOwners = new Set(visible.map((s) => s.ownerId));
      return {
        seq,
        map: viewMap(map),
        sides: visible.map((s) => ({ ownerId: s.ownerId, isMine: s.ownerId === scope.userId, shared: s.sharedAt !== null, version: s.version, state: s.state })),
        comments: comments
          .filter((c) => visibleOwners.has(c.sideOwnerId))
          .map((c) => ({ id: c.id, sideOwnerId: c.sideOwnerId, field: c.field as MapComment['field'], isMine: c.authorId === scope.userId, reaction: c.reaction as MapComment['reaction'], text: c.text, createdAt: iso(c.createdAt) })),
      };
    },
  );

  api.post(
    '/api/maps/:id/sides/:ownerId/updates',
    {
      config: couple,
      schema: {
        tags,
        description: 'One batch of edits to a side, as a base64 Yjs update. The partner may edit only the outer layers of a shared side.',
        params: sideParams,
        body: z.object({ update: b64.min(1) }),
        response: { 200: sideVersion, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      return { version: await writeSide(scope, request.params.id, request.params.ownerId, toBytes(request.body.update), 'map.sync') };
    },
  );

  api.get(
    '/api/maps/:id/sides/:ownerId/updates',
    {
      config: couple,
      schema: {
        tags,
        description: 'Everything after `after`, merged into one update, to catch a screen up.',
        params: sideParams,
        querystring: z.object({ after: z.coerce.number().int().min(0).default(0) }),
        response: { 200: sideUpdates, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      const side = await q.findSide(scope, request.params.id, request.params.ownerId);
      await sideWriter(scope, scope.userId, request.params.ownerId, side);
      if (!side) return { version: 0, update: '' };
      const from = firstReadableVersion(side, scope.userId) ?? side.version;
      // A screen behind the first version it may read gets the side as it is now, never the changes between.
      if (request.query.after === 0 || request.query.after > side.version || request.query.after < from) return { version: side.version, update: side.state };
      const rows = await q.updatesBetween(scope, request.params.id, request.params.ownerId, request.query.after, side.version);
      return { version: side.version, update: rows.length ? toB64(Y.mergeUpdates(rows.map((r) => toBytes(r.update)))) : '' };
    },
  );

  api.post(
    '/api/maps/:id/share',
    { config: couple, schema: { tags, description: 'Shares my side with my partner. Until then it is a private draft.', params: idParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      await scope.transaction(async (tx) => {
        await q.lockSide(tx, request.params.id, scope.userId, true);
        await q.shareSide(tx, request.params.id, scope.userId);
        await tx.append(patternMapEvents, { type: 'map.side_shared', actorId: scope.userId, payload: { mapId: request.params.id, ownerId: scope.userId } });
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/maps/:id/awareness',
    {
      config: couple,
      schema: { tags, description: 'Where I am working right now, shown on my partner’s screen; never stored.', params: idParam, body: z.object({ ownerId: z.uuid(), field: z.enum([...FIELDS, 'roles']).nullable() }), response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      const side = await q.findSide(scope, request.params.id, request.body.ownerId);
      // Working on a private draft is private too.
      if (request.body.ownerId === scope.userId && !side?.sharedAt) return reply.status(204).send(null);
      await sideWriter(scope, scope.userId, request.body.ownerId, side);
      // "Where I am working right now" says I am here: someone who hides their presence sends none.
      if (!(await sharingPrefsOf(ctx.db, scope.userId)).presenceVisible) return reply.status(204).send(null);
      await scope.ephemeral({ kind: 'map.awareness', mapId: request.params.id, ownerId: request.body.ownerId, field: request.body.field });
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/maps/:id/history',
    {
      config: couple,
      schema: {
        tags,
        description: 'Every change, newest first, with who and when.',
        params: idParam,
        response: { 200: mapHistory, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      const { rows, seq } = await scope.readWithSeq(async (tx) => {
        if (!(await q.findMap(tx, request.params.id))) throw new NotFound(mapCopy.errors.notFound);
        const sides = await q.listSides(tx, request.params.id);
        const from = new Map(sides.map((s) => [s.ownerId, firstReadableVersion(s, scope.userId)] as const));
        const visible = sides.filter((s) => from.get(s.ownerId) !== null).map((s) => s.ownerId);
        return { rows: (await q.history(tx, request.params.id, visible)).filter((r) => r.version >= (from.get(r.ownerId) ?? Infinity)) };
      });
      return { seq, versions: rows.map((r) => ({ ownerId: r.ownerId, version: r.version, authorId: r.authorId, authorName: r.authorName, isMine: r.authorId === scope.userId, at: iso(r.at) })) };
    },
  );

  api.get(
    '/api/maps/:id/sides/:ownerId/versions/:version',
    {
      config: couple,
      schema: {
        tags,
        description: 'A side as it was at one version, to preview before restoring.',
        params: sideParams.extend({ version: z.coerce.number().int().min(0) }),
        response: { 200: versionPreview, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      return readSide(await sideAt(scope, request.params.id, request.params.ownerId, request.params.version));
    },
  );

  api.post(
    '/api/maps/:id/sides/:ownerId/restore',
    {
      config: couple,
      schema: {
        tags,
        description: 'Brings a side back to an earlier version, as a new change (so the history keeps both).',
        params: sideParams,
        body: z.object({ version: z.number().int().min(0) }),
        response: { 200: sideVersion, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      const { id: mapId, ownerId } = request.params;
      const target = readSide(await sideAt(scope, mapId, ownerId, request.body.version));
      const side = await q.findSide(scope, mapId, ownerId);
      const writer = await sideWriter(scope, scope.userId, ownerId, side);
      const update = restoreUpdate(side?.state ? toBytes(side.state) : new Uint8Array(), target, writer);
      if (!update) return { version: side?.version ?? 0 };
      return { version: await writeSide(scope, mapId, ownerId, update, 'map.restored') };
    },
  );

  api.post(
    '/api/maps/:id/comments',
    {
      config: couple,
      schema: {
        tags,
        description: 'A kind reaction or comment on my partner’s feeling, fear or longing (which only they may rewrite).',
        params: idParam,
        body: z
          .object({ sideOwnerId: z.uuid(), field: z.enum(INNER_FIELDS), reaction: z.enum(REACTIONS).nullable().optional(), text: z.string().trim().min(1).max(500).nullable().optional() })
          .refine((b) => b.reaction || b.text, { message: 'a reaction or a comment', path: ['text'] }),
        response: { 201: created, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await requireMap(scope, request.params.id);
      const { sideOwnerId, field } = request.body;
      const reaction = request.body.reaction ?? null;
      const text = request.body.text ?? null;
      if (sideOwnerId === scope.userId) throw new BadRequest('own_side', mapCopy.errors.ownSide);
      await sideWriter(scope, scope.userId, sideOwnerId, await q.findSide(scope, request.params.id, sideOwnerId));
      const id = await scope.transaction(async (tx) => {
        const commentId = await q.insertComment(tx, { mapId: request.params.id, sideOwnerId, field, authorId: scope.userId, reaction, text });
        // Enough for the side's owner to be told kindly what came back, and where; written words stay out of the log.
        await tx.append(patternMapEvents, { type: 'map.commented', actorId: scope.userId, payload: { mapId: request.params.id, commentId, sideOwnerId, field, reaction, written: text !== null } });
        await enqueuePush(tx, sideOwnerId, () => ({ title: mapCopy.responsePush.title, body: reaction === 'hug' ? mapCopy.responsePush.hug : mapCopy.responsePush.body, url: '/map', tag: 'map-response' }));
        return commentId;
      });
      reply.status(201);
      return { id };
    },
  );

  api.delete(
    '/api/maps/:id/comments/:commentId',
    { config: couple, schema: { tags, params: z.object({ id: z.uuid(), commentId: z.uuid() }), response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        if (!(await q.deleteOwnComment(tx, request.params.commentId, scope.userId))) throw new NotFound(mapCopy.errors.notFound);
        await tx.append(patternMapEvents, { type: 'map.comment_removed', actorId: scope.userId, payload: { mapId: request.params.id, commentId: request.params.commentId } });
      });
      return reply.status(204).send(null);
    },
  );
}

/** Rebuilds a side from its stored changes up to `version`. */
async function sideAt(scope: CoupleScope, mapId: string, ownerId: string, version: number): Promise<Y.Doc> {
  const side = await q.findSide(scope, mapId, ownerId);
  await sideWriter(scope, scope.userId, ownerId, side);
  if (!side || version > side.version || version < (firstReadableVersion(side, scope.userId) ?? Infinity)) throw new NotFound(mapCopy.errors.versionNotFound);
  const rows = await q.updatesBetween(scope, mapId, ownerId, 0, version);
  return version === 0 ? loadSideDoc(null) : replay(rows.map((r) => toBytes(r.update)));
}

export const patternMapFeature: Feature = {
  name: 'pattern-map',
  exportMine: exportMyMapWords,
  keepOwnWords: keepMapSides,
  routes(api, ctx) {
    routes(api, ctx);
    contractRoutes(api, ctx);
    saidAndMeantRoutes(api, ctx);
  },
};
