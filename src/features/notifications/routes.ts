import { z } from 'zod';
import { BadRequest } from '../../core/errors';
import { currentUser, type Api, type AppContext } from '../../core/http/context';
import { errorBody, noContent } from '../../core/http/schemas';
import type { Feature } from '../../core/http/app';
import { every } from '../../core/background';
import { PushDispatcher, loadOrCreateVapidKeys, type VapidKeys } from '../../core/push/push';
import { quietWhileEnds } from '../../core/push/quiet-hours';
import { saveSharingPrefs, sharingPrefsOf, type SharingPrefs } from '../../core/sharing-prefs';
import { notificationsCopy } from './copy';
import { isAcceptablePushEndpoint } from './endpoint';
import { notificationPrefs as prefs, pushKey, sharingPrefs, sharingPrefsUpdate, type NotificationPrefs, type SharingPrefsView } from './contract';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/);
const DEFAULT_PREFS: NotificationPrefs = { muted: false, quietStart: null, quietEnd: null, timeZone: 'UTC', showDetails: false };
const PREFS_COLUMNS = `muted, quiet_start as "quietStart", quiet_end as "quietEnd", time_zone as "timeZone", show_details as "showDetails"`;

const tags = ['notifications'];

/** A quiet while that has passed is simply not quiet any more. */
function sharingView(p: SharingPrefs, now: number): SharingPrefsView {
  const quiet = p.quietUntil && p.quietUntil.getTime() > now ? p.quietUntil.toISOString() : null;
  return { seenReceipts: p.seenReceipts, presenceVisible: p.presenceVisible, quietUntil: quiet };
}

/** One VAPID key pair per database, loaded once per process. */
const keysByDb = new WeakMap<object, Promise<VapidKeys>>();
function vapidKeys(ctx: AppContext): Promise<VapidKeys> {
  let keys = keysByDb.get(ctx.db);
  if (!keys) {
    keys = loadOrCreateVapidKeys(ctx.db);
    keysByDb.set(ctx.db, keys);
  }
  return keys;
}

function routes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/push/key',
    { schema: { tags, description: 'The VAPID public key a browser needs to subscribe.', response: { 200: pushKey } } },
    async () => ({ publicKey: (await vapidKeys(ctx)).publicKey }),
  );

  api.post(
    '/api/push/subscriptions',
    {
      schema: {
        tags,
        body: z.object({ endpoint: z.string().max(1000), keys: z.object({ p256dh: base64url.max(200), auth: base64url.max(100) }) }),
        response: { 201: noContent, 400: errorBody },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const { endpoint, keys } = request.body;
      if (!isAcceptablePushEndpoint(endpoint, ctx.config.push.allowLoopback)) {
        throw new BadRequest('bad_endpoint', notificationsCopy.badEndpoint);
      }
      // An endpoint belongs to one browser; it follows that browser's latest sign-in (account and session),
      // and goes when that session ends.
      await ctx.db.query(
        `insert into push_subscriptions (user_id, session_id, endpoint, p256dh, auth) values ($1, $2, $3, $4, $5)
         on conflict (endpoint) do update set user_id = excluded.user_id, session_id = excluded.session_id, p256dh = excluded.p256dh, auth = excluded.auth`,
        [me.userId, me.sessionId, endpoint, keys.p256dh, keys.auth],
      );
      return reply.status(201).send(null);
    },
  );

  api.delete(
    '/api/push/subscriptions',
    { schema: { tags, body: z.object({ endpoint: z.string().max(1000) }), response: { 204: noContent } } },
    async (request, reply) => {
      await ctx.db.query('delete from push_subscriptions where user_id = $1 and endpoint = $2', [currentUser(request).userId, request.body.endpoint]);
      return reply.status(204).send(null);
    },
  );

  api.get('/api/notifications/prefs', { schema: { tags, response: { 200: prefs } } }, async (request) => {
    const [row] = await ctx.db.query<NotificationPrefs>(`select ${PREFS_COLUMNS} from notification_prefs where user_id = $1`, [currentUser(request).userId]);
    return row ?? DEFAULT_PREFS;
  });

  api.put(
    '/api/notifications/prefs',
    {
      schema: {
        tags,
        description:
          'Mute notifications, set quiet hours (minutes after local midnight) in your own time zone, or show what a notification is about on the lock screen (off by default). Without showDetails it stays as it was.',
        body: prefs
          .extend({ showDetails: prefs.shape.showDetails.optional() })
          .refine((p) => (p.quietStart === null) === (p.quietEnd === null), { message: 'set both quiet-hour ends, or neither', path: ['quietEnd'] }),
        response: { 200: prefs },
      },
    },
    async (request) => {
      const b = request.body;
      const [saved] = await ctx.db.query<NotificationPrefs>(
        `insert into notification_prefs (user_id, muted, quiet_start, quiet_end, time_zone, show_details) values ($1, $2, $3, $4, $5, coalesce($6, false))
         on conflict (user_id) do update set muted = $2, quiet_start = $3, quiet_end = $4, time_zone = $5,
           show_details = coalesce($6, notification_prefs.show_details)
         returning ${PREFS_COLUMNS}`,
        [currentUser(request).userId, b.muted, b.quietStart, b.quietEnd, b.timeZone, b.showDetails ?? null],
      );
      return saved!;
    },
  );
}

function sharingRoutes(api: Api, ctx: AppContext): void {
  api.get(
    '/api/notifications/sharing',
    { schema: { tags, description: 'At your own pace: your "seen" receipts, your presence, and a quiet while. Only you see these.', response: { 200: sharingPrefs } } },
    async (request) => sharingView(await sharingPrefsOf(ctx.db, currentUser(request).userId), Date.now()),
  );

  api.put(
    '/api/notifications/sharing',
    {
      schema: {
        tags,
        description:
          'Turn "seen" receipts or presence off or on, and go quiet for a while (1h, 4h, until your own tomorrow morning at 08:00) or end the quiet (off). Your partner is never told any of it.',
        body: sharingPrefsUpdate,
        response: { 200: sharingPrefs, 400: errorBody },
      },
    },
    async (request) => {
      const me = currentUser(request);
      const b = request.body;
      const now = Date.now();
      const before = await sharingPrefsOf(ctx.db, me.userId);
      let quietUntil = before.quietUntil;
      if (b.quiet === 'off') quietUntil = null;
      else if (b.quiet) quietUntil = new Date(quietWhileEnds(b.quiet, now, b.timeZone ?? (await savedTimeZone(ctx, me.userId))));
      const saved = await saveSharingPrefs(ctx.db, me.userId, { seenReceipts: b.seenReceipts, presenceVisible: b.presenceVisible, quietUntil });
      if (saved.presenceVisible !== before.presenceVisible) await ctx.hub.presenceChoiceChanged(me.userId, me.coupleId, saved.presenceVisible);
      return sharingView(saved, now);
    },
  );
}

/** The time zone this person's quiet hours use, when the request names none. */
async function savedTimeZone(ctx: AppContext, userId: string): Promise<string> {
  const [row] = await ctx.db.query<{ timeZone: string }>('select time_zone as "timeZone" from notification_prefs where user_id = $1', [userId]);
  return row?.timeZone ?? 'UTC';
}

export const notificationsFeature: Feature = {
  name: 'notifications',
  routes(api, ctx) {
    routes(api, ctx);
    sharingRoutes(api, ctx);
  },
  start(ctx, log) {
    const onError = (error: unknown) => log.warn({ err: error }, 'push delivery failed');
    let dispatcher: PushDispatcher | undefined;
    const stop = every(
      1000,
      async () => {
        dispatcher ??= new PushDispatcher(ctx.db, await vapidKeys(ctx), ctx.config.push.contact, onError, (endpoint) =>
          isAcceptablePushEndpoint(endpoint, ctx.config.push.allowLoopback),
        );
        await dispatcher.sweep();
      },
      onError,
    );
    return stop;
  },
};
