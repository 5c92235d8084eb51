import { exportMyToolkit } from './export-mine';
import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { readWithSeq, seqOf } from '../../core/realtime/view-seq';
import { personalScope, shareInto, visibleTo } from '../../core/viewer';
import { errorBody, idParam, noContent } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { toolkitCopy } from './copy';
import type { Queryable } from '../../core/db/database';
import type { SessionUser } from '../../core/auth/sessions';
import { helpChanged, scriptChanged, toolkitEvents, toolkitView, type Help, type Script } from './contract';

const text = z.string().trim().min(1).max(280);
const httpsUrl = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: () => toolkitCopy.playlistInvalid });

const tags = ['toolkit'];

function routes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/toolkit',
    {
      schema: {
        tags,
        description: 'My scripts and "what helps me" list, my partner’s list if they share it, and our playlist.',
        response: { 200: toolkitView },
      },
    },
    async (request) => {
      const me = currentUser(request);
      return readWithSeq(ctx.db, me.coupleId, async (tx) => {
        const scripts = await tx.query<Script>('select id, situation, text from scripts where user_id = $1 order by created_at', [me.userId]);
        const helps = await tx.query<Help>('select id, text from helps where user_id = $1 order by created_at', [me.userId]);
        const [prefs] = await tx.query<{ shared: boolean }>('select helps_shared_in is not null as shared from toolkit_prefs where user_id = $1', [me.userId]);
        const mine = personalScope(tx, request);
        // The playlist of the space I am in now ($2 is my space, $1 me, a member of it).
        const [couple] = await mine.query<{ playlistUrl: string | null }>(
          'select c.playlist_url as "playlistUrl" from couples c join couple_members m on m.couple_id = c.id where m.user_id = $1 and c.id = $2',
        );
        // The partner's list, when they shared it into this space (core/viewer.ts).
        const [sharing] = await mine.query<{ userId: string }>(
          `select p.user_id as "userId" from toolkit_prefs p where p.user_id <> $1 and ${visibleTo('p.user_id', 'p.helps_shared_in')}`,
        );
        const partnerHelps = sharing ? await tx.query<Help>('select id, text from helps where user_id = $1 order by created_at', [sharing.userId]) : null;
        return { scripts, helps, helpsShared: prefs?.shared ?? false, partnerHelps, playlistUrl: couple?.playlistUrl ?? null };
      });
    },
  );

  api.post(
    '/api/toolkit/scripts',
    { schema: { tags, body: z.object({ situation: z.string().trim().max(120).nullable().optional(), text }), response: { 201: scriptChanged } } },
    async (request, reply) => {
      const me = currentUser(request);
      const changed = await ctx.db.transaction(async (tx) => {
        const [row] = await tx.query<Script>('insert into scripts (user_id, situation, text) values ($1, $2, $3) returning id, situation, text', [
          me.userId,
          request.body.situation || null,
          request.body.text,
        ]);
        // Mine alone: no event; the answer says the seq the toolkit stands at.
        return { ...row!, seq: await seqOf(tx, me.coupleId) };
      });
      reply.status(201);
      return changed;
    },
  );

  api.patch(
    '/api/toolkit/scripts/:id',
    { schema: { tags, params: idParam, body: z.object({ situation: z.string().trim().max(120).nullable().optional(), text }), response: { 200: scriptChanged, 404: errorBody } } },
    async (request) => {
      const me = currentUser(request);
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx.query<Script>('update scripts set situation = $3, text = $4 where id = $1 and user_id = $2 returning id, situation, text', [
          request.params.id,
          me.userId,
          request.body.situation || null,
          request.body.text,
        ]);
        if (!row) throw new NotFound(toolkitCopy.notFound);
        return { ...row, seq: await seqOf(tx, me.coupleId) };
      });
    },
  );

  api.delete(
    '/api/toolkit/scripts/:id',
    { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const rows = await ctx.db.query('delete from scripts where id = $1 and user_id = $2 returning id', [request.params.id, currentUser(request).userId]);
      if (rows.length === 0) throw new NotFound(toolkitCopy.notFound);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/toolkit/helps',
    { schema: { tags, body: z.object({ text }), response: { 201: helpChanged } } },
    async (request, reply) => {
      const me = currentUser(request);
      const changed = await ctx.db.transaction(async (tx) => {
        const [inserted] = await tx.query<Help>('insert into helps (user_id, text) values ($1, $2) returning id, text', [me.userId, request.body.text]);
        return { ...inserted!, seq: await helpsChanged(ctx, tx, me, false) };
      });
      reply.status(201);
      return changed;
    },
  );

  api.delete(
    '/api/toolkit/helps/:id',
    { schema: { tags, params: idParam, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      const me = currentUser(request);
      await ctx.db.transaction(async (tx) => {
        const rows = await tx.query('delete from helps where id = $1 and user_id = $2 returning id', [request.params.id, me.userId]);
        if (rows.length === 0) throw new NotFound(toolkitCopy.notFound);
        await helpsChanged(ctx, tx, me, false);
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/toolkit/helps/sharing',
    { schema: { tags, description: 'Share my "what helps me" list with my partner, or stop sharing it.', body: z.object({ shared: z.boolean() }), response: { 204: noContent } } },
    async (request, reply) => {
      const me = currentUser(request);
      await ctx.db.transaction(async (tx) => {
        await personalScope(tx, request).query(
          `insert into toolkit_prefs (user_id, helps_shared_in) values ($1, ${shareInto('$3::boolean')})
           on conflict (user_id) do update set helps_shared_in = excluded.helps_shared_in`,
          [request.body.shared],
        );
        await helpsChanged(ctx, tx, me, true);
      });
      return reply.status(204).send(null);
    },
  );

  api.put(
    '/api/toolkit/playlist',
    {
      config: { access: 'couple' },
      schema: { tags, description: 'The couple’s shared calming playlist (an https link), or null to clear it.', body: z.object({ url: httpsUrl.nullable() }), response: { 204: noContent } },
    },
    async (request, reply) => {
      const scope = coupleScope(ctx, request);
      await scope.transaction(async (tx) => {
        await tx.query('update couples set playlist_url = $2 where id = $1', [request.body.url]);
        await tx.append(toolkitEvents, { type: 'toolkit.playlist_changed', actorId: scope.userId });
      });
      return reply.status(204).send(null);
    },
  );
}

/**
 * Tells my partner's open screens (a pause, say) that what they may see of my "what helps me"
 * list changed, so they fetch it again: when I start or stop sharing it, or edit it while it is
 * shared. The event carries no text; the list itself is only ever read through the route above.
 * Returns the seq the change reflects: its event's, or where the couple stands when the partner
 * was not told (runs in the change's own transaction).
 */
async function helpsChanged(ctx: AppContext, tx: Queryable, me: SessionUser, sharingChanged: boolean): Promise<number> {
  if (!me.coupleId) return seqOf(tx, me.coupleId);
  if (!sharingChanged) {
    const [prefs] = await tx.query<{ shared: boolean }>('select helps_shared_in is not null as shared from toolkit_prefs where user_id = $1', [me.userId]);
    if (!prefs?.shared) return seqOf(tx, me.coupleId);
  }
  return (await ctx.events.append(tx, toolkitEvents, { coupleId: me.coupleId, type: 'toolkit.helps_changed', actorId: me.userId })).seq;
}

export const toolkitFeature: Feature = { name: 'toolkit', routes, exportMine: exportMyToolkit };
