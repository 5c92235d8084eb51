import { useId, useState, type FormEvent } from 'react';
import { Button, Card, TextField } from '../../../core/web/ui';
import { quickExitCopy as copy } from '../copy';
import { neutralSite, readQuickExitPrefs, saveQuickExitPrefs } from './quick-exit-prefs';

/** Where quick exit goes and whether the app leaves history behind — on this device only. */
export function QuickExitSettings() {
  const c = copy.settings;
  const id = useId();
  const [saved] = useState(readQuickExitPrefs);
  const [to, setTo] = useState(saved.to);
  const [leaveNoTrail, setLeaveNoTrail] = useState(saved.leaveNoTrail);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const site = neutralSite(to);
    if (!site) {
      setError(c.toInvalid);
      setDone(false);
      return;
    }
    saveQuickExitPrefs({ to: site, leaveNoTrail });
    setTo(site);
    setError(null);
    setDone(true);
  };

  return (
    <Card title={c.title}>
      <p className="muted">{c.intro}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField label={c.to} hint={c.toHint} error={error} type="url" inputMode="url" autoComplete="off" value={to} onChange={(e) => (setTo(e.target.value), setDone(false))} />
        <label className="check-row">
          <input type="checkbox" checked={leaveNoTrail} onChange={(e) => (setLeaveNoTrail(e.target.checked), setDone(false))} aria-describedby={`${id}-trail-hint`} />
          <span>{c.leaveNoTrail}</span>
        </label>
        <p id={`${id}-trail-hint`} className="field-hint">
          {c.leaveNoTrailHint}
        </p>
        {c.limits.map((line) => (
          <p key={line} className="muted small">
            {line}
          </p>
        ))}
        <div>
          <Button type="submit" variant="secondary">
            {c.save}
          </Button>
          {done && (
            <span role="status" className="muted small quick-exit-saved">
              {c.saved}
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}
