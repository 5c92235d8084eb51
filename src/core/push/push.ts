import webpush from 'web-push';
import type { Database, Queryable } from '../db/database';
import type { ScopedTx } from '../couple-scope';
import { lockScreenCopy } from './copy';
import { inLocale } from '../http/locale';
import { LOCALES, SOURCE_LOCALE, localeOrSource, type Locale } from '../i18n/locales';
import { inQuietHours } from './quiet-hours';
import { sharingPrefsOf } from '../sharing-prefs';

/**
 * What a notification says when its person chose to see details on the lock
 * screen; everyone else gets `lockScreenCopy` with the same url and tag. Even the
 * detailed one holds no private words (tethers, notes), and never pressure.
 */
export interface PushMessage {
  title: string;
  body: string;
  /** Where tapping the notification leads, e.g. "/pause". */
  url: string;
  /** Notifications with the same tag replace each other on the device. */
  tag: string;
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** The server's VAPID keys: made on first start, kept in the database, shared by every process. */
export async function loadOrCreateVapidKeys(db: Database): Promise<VapidKeys> {
  const generated = webpush.generateVAPIDKeys();
  await db.query(`insert into app_settings (key, value) values ('vapid', $1) on conflict (key) do nothing`, [JSON.stringify(generated)]);
  const [row] = await db.query<{ value: VapidKeys }>(`select value from app_settings where key = 'vapid'`);
  return row!.value;
}

/** One notification in every language Offbeat speaks; the dispatcher sends the recipient's. */
type QueuedWords = Record<Locale, PushMessage>;

/**
 * Queues a notification in the caller's transaction; the dispatcher sends it after commit.
 * `words` is written once per language here, not in the language of whoever acted: the
 * notification is for `userId`, whose language the dispatcher reads when it sends (no extra
 * query on the path of the action that caused it).
 */
export async function enqueuePush(tx: ScopedTx, userId: string, words: () => PushMessage): Promise<void> {
  const message = Object.fromEntries(LOCALES.map((locale) => [locale, inLocale(locale, words)])) as QueuedWords;
  await tx.query(`insert into push_outbox (couple_id, user_id, message) values ($1, $2, $3)`, [userId, JSON.stringify(message)]);
}

interface OutboxRow {
  id: string;
  userId: string;
  /** Queued before notifications had languages (an upgrade with some still waiting): one English message. */
  message: QueuedWords | PushMessage;
  locale: string | null;
  attempts: number;
}

/** The recipient's words: their language's, else English. */
function wordsFor(row: OutboxRow, locale: Locale): PushMessage {
  if ('title' in row.message) return row.message;
  return row.message[locale] ?? row.message[SOURCE_LOCALE];
}

interface Subscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

const MAX_ATTEMPTS = 5;
const CLAIM_SECONDS = 30;
/** A notification's record is kept a day after it was settled (for "was it sent?"), then forgotten. */
const KEEP_SETTLED_HOURS = 24;

/**
 * Sends queued notifications with RFC 8291 (aes128gcm) encryption and VAPID
 * (RFC 8292), through `web-push`'s request builder and a plain fetch. Rows are
 * claimed for a while rather than locked, so no transaction stays open during
 * network I/O; a crash mid-send means at most a repeat, never a loss.
 */
export class PushDispatcher {
  constructor(
    private readonly db: Database,
    private readonly vapid: VapidKeys,
    private readonly subject: string,
    private readonly onError: (error: unknown) => void,
    /** Checked again at send time: a subscription saved before a rule tightened must not be posted to. */
    private readonly endpointAllowed: (endpoint: string) => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  /** Sends what is due; one failing notification never holds up the others (its error goes to onError). */
  async sweep(): Promise<void> {
    const claimed = await this.db.query<OutboxRow>(
      `update push_outbox set claimed_until = now() + make_interval(secs => $1), attempts = attempts + 1
        where id in (select id from push_outbox
                      where done_at is null and (claimed_until is null or claimed_until < now())
                      order by created_at limit 50 for update skip locked)
        returning id, user_id as "userId", message, attempts, (select locale from users u where u.id = push_outbox.user_id) as locale`,
      [CLAIM_SECONDS],
    );
    for (const row of claimed) await this.deliver(row).catch(this.onError);
    await this.db.query(
      `delete from push_outbox where id in (select id from push_outbox where done_at < now() - make_interval(hours => $1) limit 500)`,
      [KEEP_SETTLED_HOURS],
    );
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const [prefs] = await this.db.query<{ muted: boolean; quietStart: number | null; quietEnd: number | null; timeZone: string; showDetails: boolean }>(
      `select muted, quiet_start as "quietStart", quiet_end as "quietEnd", time_zone as "timeZone", show_details as "showDetails"
         from notification_prefs where user_id = $1`,
      [row.userId],
    );
    if (prefs?.muted) return this.finish(row.id, 'muted');
    // "Quiet for a while": nothing is pushed until then, and nothing is queued for later
    // (the app shows what came, silently); the partner's side is never told.
    const { quietUntil } = await sharingPrefsOf(this.db, row.userId);
    if (quietUntil && quietUntil.getTime() > this.now()) return this.finish(row.id, 'quiet_for_a_while');
    if (prefs && inQuietHours(this.now(), prefs.timeZone, prefs.quietStart, prefs.quietEnd)) return this.finish(row.id, 'quiet_hours');
    const subscriptions = await this.db.query<Subscription>(
      `select id, endpoint, p256dh, auth from push_subscriptions where user_id = $1`,
      [row.userId],
    );
    if (subscriptions.length === 0) return this.finish(row.id, 'no_device');
    const locale = localeOrSource(row.locale);
    const words = wordsFor(row, locale);
    const message = prefs?.showDetails ? words : inLocale(locale, () => ({ title: lockScreenCopy.title, body: lockScreenCopy.body, url: words.url, tag: words.tag }));
    let delivered = 0;
    let retry = false;
    for (const sub of subscriptions) {
      const outcome = await this.send(sub, message);
      if (outcome === 'sent') delivered += 1;
      if (outcome === 'retry') retry = true;
    }
    if (retry && delivered === 0 && row.attempts < MAX_ATTEMPTS) return; // the claim expires and another sweep tries again
    return this.finish(row.id, delivered > 0 ? 'sent' : 'failed');
  }

  private async send(sub: Subscription, message: PushMessage): Promise<'sent' | 'gone' | 'retry'> {
    if (!this.endpointAllowed(sub.endpoint)) {
      await this.db.query('delete from push_subscriptions where id = $1', [sub.id]);
      return 'gone';
    }
    const request = webpush.generateRequestDetails(
      { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
      JSON.stringify(message),
      {
        vapidDetails: { subject: this.subject, publicKey: this.vapid.publicKey, privateKey: this.vapid.privateKey },
        TTL: 60 * 60,
        contentEncoding: 'aes128gcm',
        urgency: 'high',
        topic: message.tag.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || undefined,
      },
    );
    try {
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: new Uint8Array(request.body as Buffer),
        signal: AbortSignal.timeout(10_000),
        // A push service answers; it never sends us elsewhere. Following a redirect would post to a host nobody checked.
        redirect: 'manual',
      });
      if (response.status === 404 || response.status === 410) {
        // The browser dropped this subscription; forget it.
        await this.db.query('delete from push_subscriptions where id = $1', [sub.id]);
        return 'gone';
      }
      if (!response.ok) return 'retry';
      await this.db.query('update push_subscriptions set last_success_at = now() where id = $1', [sub.id]);
      return 'sent';
    } catch {
      return 'retry';
    }
  }

  private async finish(id: string, outcome: string): Promise<void> {
    await this.db.query('update push_outbox set done_at = now(), outcome = $2 where id = $1', [id, outcome]);
  }
}

/** Exposed for tests and the subscription route: rows for one person. */
export function subscriptionsOf(db: Queryable, userId: string): Promise<Subscription[]> {
  return db.query<Subscription>('select id, endpoint, p256dh, auth from push_subscriptions where user_id = $1', [userId]);
}
