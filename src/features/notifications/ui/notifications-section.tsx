import { useEffect, useId, useState, type FormEvent } from 'react';
import { Button, Card, FormError, Notice } from '../../../core/web/ui';
import { usePrefs, useSavePrefs, type NotificationPrefs } from './api';
import { copy } from './copy';
import { devicePushState, disableDevicePush, enableDevicePush, PushSetupError, type DevicePush } from './device-push';
import { deviceTimeZone, minutesToTime, timeToMinutes } from './push-helpers';
import './notifications.css';

/** Settings: turn notifications on for this device, mute them all, or keep quiet hours in my own time zone. */
export function NotificationsSection() {
  const prefs = usePrefs();
  return (
    <Card title={copy.title} className="notifications">
      <p className="muted">{copy.intro}</p>
      <DeviceToggle />
      {prefs.isError && (
        <Notice tone="problem" role="alert">
          {copy.loadFailed}
        </Notice>
      )}
      {prefs.data && <Preferences prefs={prefs.data} />}
    </Card>
  );
}

function DeviceToggle() {
  const [state, setState] = useState<DevicePush | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    devicePushState()
      .then(setState)
      .catch(() => setState('unsupported'));
  }, []);

  const change = async (on: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      if (on) await enableDevicePush();
      else await disableDevicePush();
      setState(await devicePushState());
    } catch (error) {
      if (error instanceof PushSetupError && error.reason === 'denied') setState('denied');
      else if (error instanceof PushSetupError && error.reason === 'unsupported') setState('unsupported');
      else setProblem(copy.device.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="notifications-device" aria-label={copy.device.title}>
      <h3>{copy.device.title}</h3>
      <p role="status">{state === null ? copy.device.checking : copy.device[state]}</p>
      {state === 'off' && (
        <Button variant="secondary" busy={busy} onClick={() => void change(true)}>
          {copy.device.turnOn}
        </Button>
      )}
      {state === 'on' && (
        <Button variant="quiet" busy={busy} onClick={() => void change(false)}>
          {copy.device.turnOff}
        </Button>
      )}
      {problem && (
        <Notice tone="problem" role="alert">
          {problem}
        </Notice>
      )}
    </section>
  );
}

function Preferences({ prefs }: { prefs: NotificationPrefs }) {
  const save = useSavePrefs();
  const id = useId();
  const zone = deviceTimeZone();
  const [quiet, setQuiet] = useState(prefs.quietStart !== null);
  const [from, setFrom] = useState(minutesToTime(prefs.quietStart ?? 22 * 60));
  const [to, setTo] = useState(minutesToTime(prefs.quietEnd ?? 7 * 60));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const put = (next: Partial<NotificationPrefs>) => {
    setSaved(false);
    save.mutate({ ...prefs, timeZone: zone, ...next }, { onSuccess: () => setSaved(true) });
  };

  const submitQuiet = (e: FormEvent) => {
    e.preventDefault();
    if (!quiet) return put({ quietStart: null, quietEnd: null });
    const start = timeToMinutes(from);
    const end = timeToMinutes(to);
    if (start === null || end === null || start === end) {
      setError(copy.quiet.invalid);
      return;
    }
    setError(null);
    put({ quietStart: start, quietEnd: end });
  };

  return (
    <div className="stack">
      <div className="check-row">
        <input
          id={`${id}-mute`}
          type="checkbox"
          checked={save.isPending && save.variables ? save.variables.muted : prefs.muted}
          aria-describedby={`${id}-mute-hint`}
          onChange={(e) => put({ muted: e.target.checked })}
        />
        <label htmlFor={`${id}-mute`}>{copy.mute.label}</label>
        <p id={`${id}-mute-hint`} className="field-hint">
          {copy.mute.hint}
        </p>
      </div>
      <div className="check-row">
        <input
          id={`${id}-details`}
          type="checkbox"
          checked={save.isPending && save.variables ? save.variables.showDetails : prefs.showDetails}
          aria-describedby={`${id}-details-hint`}
          onChange={(e) => put({ showDetails: e.target.checked })}
        />
        <label htmlFor={`${id}-details`}>{copy.details.label}</label>
        <p id={`${id}-details-hint`} className="field-hint">
          {copy.details.hint}
        </p>
      </div>
      <form className="stack quiet-hours" onSubmit={submitQuiet} noValidate>
        <div className="check-row">
          <input id={`${id}-quiet`} type="checkbox" checked={quiet} aria-describedby={`${id}-quiet-hint`} onChange={(e) => setQuiet(e.target.checked)} />
          <label htmlFor={`${id}-quiet`}>{copy.quiet.toggle}</label>
          <p id={`${id}-quiet-hint`} className="field-hint">
            {copy.quiet.hint({ zone })}
          </p>
        </div>
        {quiet && (
          <div className="quiet-times">
            <div className="field">
              <label htmlFor={`${id}-from`} className="field-label">
                {copy.quiet.from}
              </label>
              <input id={`${id}-from`} type="time" className="field-input" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`} className="field-label">
                {copy.quiet.to}
              </label>
              <input
                id={`${id}-to`}
                type="time"
                className="field-input"
                value={to}
                onChange={(e) => setTo(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </div>
          </div>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <FormError error={save.error} />
        <div className="row">
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {copy.quiet.save}
          </Button>
          <p role="status" className="small saved-status">
            {saved ? copy.quiet.saved : ''}
          </p>
        </div>
      </form>
    </div>
  );
}
