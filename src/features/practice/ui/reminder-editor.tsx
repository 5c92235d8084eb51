import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../../../core/web/time';
import { announce, Button, FormError } from '../../../core/web/ui';
import { useSaveReminder, type Ritual } from './api';
import { copy } from './copy';
import { describeWeekdays, detectTimeZone, toggleWeekday } from './dates';

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * My own reminder for one ritual: a time, some days, in the time zone this
 * device is in. Folded away by default — reminders are offered, never pushed.
 */
export function ReminderEditor({ ritual }: { ritual: Ritual }) {
  const saved = ritual.myReminder;
  const id = useId();
  const [time, setTime] = useState(saved?.localTime ?? '08:00');
  const [days, setDays] = useState<number[]>(saved?.weekdays.length ? saved.weekdays : ALL_DAYS);
  const [enabled, setEnabled] = useState(saved?.enabled ?? true);
  const [open, setOpen] = useState(false);
  const save = useSaveReminder();
  const timeZone = detectTimeZone();
  const r = copy.reminder;

  const status = !saved ? r.none : !saved.enabled ? r.off : r.at({ time: saved.localTime, days: describeWeekdays(saved.weekdays, copy.weekdays, r) });
  const noDays = enabled && days.length === 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (noDays) return;
    save.mutate({ ritualId: ritual.id, localTime: time, weekdays: days, timeZone, enabled }, { onSuccess: () => (setOpen(false), announce(r.saved)) });
  };

  return (
    <details className="practice-reminder-editor" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="practice-reminder-summary">{r.summary}</span>
        <span className="muted small">{status}</span>
      </summary>
      <form className="stack practice-reminder-form" onSubmit={submit}>
        <p className="muted small">{r.intro}</p>
        <label className="practice-check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <span>{r.enabled}</span>
        </label>
        <div className="field practice-time">
          <label htmlFor={`${id}-time`} className="field-label">
            {r.time}
          </label>
          <input id={`${id}-time`} className="field-input" type="time" value={time} required disabled={!enabled} onChange={(e) => setTime(e.target.value)} />
        </div>
        <fieldset className="practice-days" disabled={!enabled} aria-describedby={noDays ? `${id}-nodays` : undefined}>
          <legend className="field-label">{r.days}</legend>
          <div className="practice-days-row">
            {ALL_DAYS.map((d) => (
              <label key={d} className="practice-day">
                <input type="checkbox" checked={days.includes(d)} aria-label={copy.weekdayNames[d - 1]} onChange={() => setDays((current) => toggleWeekday(current, d))} />
                <span aria-hidden="true">{copy.weekdays[d - 1]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {noDays && (
          <p id={`${id}-nodays`} className="field-error">
            {r.pickDay}
          </p>
        )}
        <p className="muted small">
          {r.zone({ zone: timeZone })} <Link href="~/settings">{r.settings}</Link>
        </p>
        {saved?.enabled && saved.nextDueAt && <p className="muted small">{r.next({ when: formatDateTime(saved.nextDueAt) })}</p>}
        <FormError error={save.error} />
        <Button type="submit" variant="secondary" busy={save.isPending} disabled={noDays}>
          {copy.save}
        </Button>
      </form>
    </details>
  );
}
