import { z } from 'zod';
import { NotFound } from '../../core/errors';
import { coupleScope, currentUser, type Api, type AppContext } from '../../core/http/context';
import { personalScope, shareInto, visibleTo } from '../../core/viewer';
import { errorBody, idParam, noContent } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { toolkitCopy } from './copy';
import type { Queryable } from '../../core/db/database';
import type { SessionUser } from '../../core/auth/sessions';
import { toolkitEvents } from './contract';

const text = z.string().trim().min(1).max(280);
const script = z.object({ id: z.uuid(), situation: z.string().nullable(), text: z.string() });
const help = z.object({ id: z.uuid(), text: z.string() });
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
  }, toolkitCopy.playlistInvalid);

const tags = ['toolkit'];

function routes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/toolkit',
    {
      schema: {
        tags,
        description: 'My scripts and "what helps me" list, my partner’s list if they share it, and our playlist.',
        response: {
          200: z.object({
            scripts: z.array(script),
            helps: z.array(help),
            helpsShared: z.boolean(),
            partnerHelps: z.array(help).nullable(),
            playlistUrl: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const me = currentUser(request);
      const [scripts, helps, prefs] = await Promise.all([
        ctx.db.query<z.infer<typeof script>>('select id, situation, text from scripts where user_id = $1 order by created_at', [me.userId]),
        ctx.db.query<z.infer<typeof help>>('select id, text from helps where user_id = $1 order by created_at', [me.userId]),
        ctx.db.query<{ shared: boolean }>('select helps_shared_in is not null as shared from toolkit_prefs where user_id = $1', [me.userId]),
      ]);
      let partnerHelps: z.infer<typeof help>[] | null = null;
      let playlistUrl: string | null = null;
      if (me.coupleId) {
        const scope = coupleScope(ctx, request);
        const [couple] = await scope.query<{ playlistUrl: string | null }>('select playlist_url as "playlistUrl" from couples where id = $1');
        playlistUrl = couple?.playlistUrl ?? null;
        // The partner's list, when they shared it into this space (core/viewer.ts).
        const [sharing] = await personalScope(ctx.db, request).query<{ userId: string }>(
          `select p.user_id as "userId" from toolkit_prefs p where p.user_id <> $1 and ${visibleTo('p.user_id', 'p.helps_shared_in')}`,
        );
        if (sharing) {
          partnerHelps = await ctx.db.query<z.infer<typeof help>>('select id, text from helps where user_id = $1 order by created_at', [sharing.userId]);
        }
      }
      return { scripts, helps, helpsShared: prefs[0]?.shared ?? false, partnerHelps, playlistUrl };
    },
  );

  api.post(
    '/api/toolkit/scripts',
    { schema: { tags, body: z.object({ situation: z.string().trim().max(120).nullable().optional(), text }), response: { 201: script } } },
    async (request, reply) => {
      const [row] = await ctx.db.query<z.infer<typeof script>>(
        'insert into scripts (user_id, situation, text) values ($1, $2, $3) returning id, situation, text',
        [currentUser(request).userId, request.body.situation || null, request.body.text],
      );
      reply.status(201);
      return row!;
    },
  );

  api.patch(
    '/api/toolkit/scripts/:id',
    { schema: { tags, params: idParam, body: z.object({ situation: z.string().trim().max(120).nullable().optional(), text }), response: { 200: script, 404: errorBody } } },
    async (request) => {
      const [row] = await ctx.db.query<z.infer<typeof script>>(
        'update scripts set situation = $3, text = $4 where id = $1 and user_id = $2 returning id, situation, text',
        [request.params.id, currentUser(request).userId, request.body.situation || null, request.body.text],
      );
      if (!row) throw new NotFound(toolkitCopy.notFound);
      return row;
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
    { schema: { tags, body: z.object({ text }), response: { 201: help } } },
    async (request, reply) => {
      const me = currentUser(request);
      const row = await ctx.db.transaction(async (tx) => {
        const [inserted] = await tx.query<z.infer<typeof help>>('insert into helps (user_id, text) values ($1, $2) returning id, text', [me.userId, request.body.text]);
        await helpsChanged(ctx, tx, me, false);
        return inserted!;
      });
      reply.status(201);
      return row;
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
 */
async function helpsChanged(ctx: AppContext, tx: Queryable, me: SessionUser, sharingChanged: boolean): Promise<void> {
  if (!me.coupleId) return;
  if (!sharingChanged) {
    const [prefs] = await tx.query<{ shared: boolean }>('select helps_shared_in is not null as shared from toolkit_prefs where user_id = $1', [me.userId]);
    if (!prefs?.shared) return;
  }
  await ctx.events.append(tx, toolkitEvents, { coupleId: me.coupleId, type: 'toolkit.helps_changed', actorId: me.userId });
}

export const toolkitFeature: Feature = { name: 'toolkit', routes };
