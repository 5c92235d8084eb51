import { CoupleScope, type ScopedTx } from '../../core/couple-scope';
import type { Database } from '../../core/db/database';
import type { EventLog } from '../../core/realtime/event-log';
import { enqueuePush } from '../../core/push/push';
import { checkinCopy } from './copy';
import { nextReminderAt, weekStartOf } from './week';

interface DueReminder {
  userId: string;
  coupleId: string;
  localTime: string;
  timeZone: string;
  weekday: number;
  dueAt: Date;
}

/**
 * Each person's gentle check-in reminder on the couple's day. Durable the same way as the ritual
 * reminders: the next time is in the database and is moved on in the transaction that queues the
 * notification, under the row's lock, so a restart or a second process never sends one twice.
 * It appends no couple event: the partner's socket would count its seq, and a reminder is sent
 * only while I have not answered — that would tell them so. Quiet hours and mute are applied by
 * the push dispatcher; the lock screen says only that the check-in is open.
 */
export class CheckinReminders {
  constructor(
    private readonly db: Database,
    private readonly events: EventLog,
  ) {}

  async sweep(now: number): Promise<number> {
    const due = await this.db.query<DueReminder>(
      `select r.user_id as "userId", r.couple_id as "coupleId", r.local_time as "localTime", r.time_zone as "timeZone", d.weekday, r.next_due_at as "dueAt"
         from checkin_reminders r join checkin_days d on d.couple_id = r.couple_id
        where r.enabled and r.next_due_at <= $1 order by r.next_due_at limit 200`,
      [new Date(now)],
    );
    let sent = 0;
    for (const r of due) if (await this.send(r, now)) sent++;
    return sent;
  }

  private async send(r: DueReminder, now: number): Promise<boolean> {
    const scope = new CoupleScope(r.coupleId, 'checkin-reminders', this.db, this.events);
    return scope.transaction(async (tx) => {
      const [current] = await tx.query<{ dueAt: Date | null }>(
        `select next_due_at as "dueAt" from checkin_reminders where couple_id = $1 and user_id = $2 and enabled for update skip locked`,
        [r.userId],
      );
      if (!current?.dueAt || new Date(current.dueAt).getTime() !== new Date(r.dueAt).getTime()) return false;
      // From this occurrence on, so a long outage sends one catch-up, not a burst.
      const next = nextReminderAt(r.weekday, r.localTime, r.timeZone, Math.max(now, new Date(r.dueAt).getTime()));
      await tx.query('update checkin_reminders set next_due_at = $3, last_sent_at = now() where couple_id = $1 and user_id = $2', [r.userId, new Date(next)]);
      // Already checked in this week (on my own wall clock at the time it was due): nothing to remind.
      const weekStart = weekStartOf(new Date(r.dueAt).getTime(), r.timeZone);
      const answered = await tx.query(
        `select 1 from couple_members m join checkins c on c.user_id = m.user_id where m.couple_id = $1 and m.user_id = $2 and c.week_start = $3::date`,
        [r.userId, weekStart],
      );
      if (answered.length > 0) return false;
      await enqueuePush(tx, r.userId, () => ({ title: checkinCopy.reminder.push.title, body: checkinCopy.reminder.push.body, url: '/check-in', tag: 'checkin-reminder' }));
      return true;
    });
  }
}

/** Sets the next time of every reminder in the couple from its day (none when off or no day). */
export async function rescheduleReminders(tx: ScopedTx, now: number): Promise<void> {
  const rows = await tx.query<{ userId: string; enabled: boolean; localTime: string; timeZone: string; weekday: number | null }>(
    `select r.user_id as "userId", r.enabled, r.local_time as "localTime", r.time_zone as "timeZone", d.weekday
       from checkin_reminders r left join checkin_days d on d.couple_id = r.couple_id where r.couple_id = $1`,
  );
  for (const r of rows) {
    const next = r.enabled && r.weekday !== null ? new Date(nextReminderAt(Number(r.weekday), r.localTime, r.timeZone, now)) : null;
    await tx.query('update checkin_reminders set next_due_at = $3 where couple_id = $1 and user_id = $2', [r.userId, next]);
  }
}
