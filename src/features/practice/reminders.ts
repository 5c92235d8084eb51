import { CoupleScope } from '../../core/couple-scope';
import type { Database } from '../../core/db/database';
import type { EventLog } from '../../core/realtime/event-log';
import { enqueuePush } from '../../core/push/push';
import { practiceCopy, ritualTitle } from './copy';
import { nextOccurrence } from './schedule';
import { practiceEvents } from './contract';

interface DueReminder {
  id: string;
  coupleId: string;
  userId: string;
  localTime: string;
  weekdays: number[];
  timeZone: string;
  dueAt: Date;
  libraryKey: string | null;
  title: string;
}

/**
 * Sends ritual reminders. Durable: each reminder's next time is in the
 * database, and each occurrence is written to `reminder_deliveries` under a
 * unique key in the same transaction that queues the notification — so a
 * restart (or a second process) never loses one and never sends one twice.
 * Quiet hours and mute are applied by the push dispatcher.
 */
export class ReminderScheduler {
  constructor(
    private readonly db: Database,
    private readonly events: EventLog,
  ) {}

  /** Sends everything due at `now`; returns how many reminders went out. Safe to run in several processes at once. */
  async sweep(now: number): Promise<number> {
    const due = await this.db.query<DueReminder>(
      `select r.id, r.couple_id as "coupleId", r.user_id as "userId", r.local_time as "localTime", r.weekdays,
              r.time_zone as "timeZone", r.next_due_at as "dueAt", t.library_key as "libraryKey", t.title
         from ritual_reminders r join rituals t on t.id = r.ritual_id
        where r.enabled and r.next_due_at <= $1 order by r.next_due_at limit 200`,
      [new Date(now)],
    );
    let sent = 0;
    for (const reminder of due) if (await this.send(reminder, now)) sent++;
    return sent;
  }

  private async send(r: DueReminder, now: number): Promise<boolean> {
    const scope = new CoupleScope(r.coupleId, 'reminder-scheduler', this.db, this.events);
    return scope.transaction(async (tx) => {
      // Lock and re-read: another process may have sent this occurrence already.
      const [current] = await tx.query<{ dueAt: Date | null }>(
        `select next_due_at as "dueAt" from ritual_reminders where couple_id = $1 and id = $2 and enabled for update skip locked`,
        [r.id],
      );
      if (!current?.dueAt || new Date(current.dueAt).getTime() !== new Date(r.dueAt).getTime()) return false;
      const inserted = await tx.query(
        `insert into reminder_deliveries (reminder_id, due_at)
         select id, $3 from ritual_reminders where couple_id = $1 and id = $2
         on conflict do nothing returning reminder_id`,
        [r.id, r.dueAt],
      );
      // The next time is computed from this occurrence, so a long outage sends one catch-up, not a burst.
      const next = nextOccurrence({ localTime: r.localTime, weekdays: r.weekdays, timeZone: r.timeZone }, Math.max(now, new Date(r.dueAt).getTime()));
      await tx.query('update ritual_reminders set next_due_at = $3 where couple_id = $1 and id = $2', [r.id, next === null ? null : new Date(next)]);
      if (inserted.length === 0) return false;
      await enqueuePush(tx, r.userId, () => ({ title: practiceCopy.reminder.title, body: practiceCopy.reminder.body({ ritual: ritualTitle(r.libraryKey, r.title) }), url: '/practice', tag: `ritual-${r.id}` }));
      await tx.append(practiceEvents, { type: 'ritual.reminder', actorId: null, payload: { reminderId: r.id }, audience: r.userId });
      return true;
    });
  }
}
