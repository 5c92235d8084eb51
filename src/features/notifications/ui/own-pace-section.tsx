import { useEffect, useId, useState } from 'react';
import { currentLocale } from '../../../core/i18n/messages';
import { rememberQuietUntil } from '../../../core/web/quiet-while';
import { Card, ChoiceChips, FormError, Notice } from '../../../core/web/ui';
import { useSaveSharing, useSharing, type SharingPrefsUpdate, type SharingPrefsView } from './api';
import { paceCopy as copy } from './own-pace-copy';
import { deviceTimeZone } from './push-helpers';

type QuietFor = '1h' | '4h' | 'tomorrow_morning';
const QUIET_FOR = ['1h', '4h', 'tomorrow_morning'] as const satisfies readonly QuietFor[];
/** Read when shown, so the labels are in the page's language (its catalogue arrives after this module). */
const quietOptions = (): ReadonlyArray<{ value: QuietFor; label: string }> => QUIET_FOR.map((value) => ({ value, label: copy.quiet.options[value] }));

/**
 * Settings, "At your own pace": "seen" receipts, presence and a quiet while. The server
 * enforces each; the partner is never told, and nothing on their side shows it.
 */
export function OwnPaceSection() {
  const prefs = useSharing();
  return (
    <Card title={copy.title} className="own-pace">
      <p className="muted">{copy.intro}</p>
      {prefs.isError && (
        <Notice tone="problem" role="alert">
          {copy.loadFailed}
        </Notice>
      )}
      {prefs.data && <Choices prefs={prefs.data} />}
    </Card>
  );
}

function Choices({ prefs }: { prefs: SharingPrefsView }) {
  const save = useSaveSharing();
  const id = useId();
  useEffect(() => rememberQuietUntil(prefs.quietUntil), [prefs.quietUntil]);
  const [saved, setSaved] = useState(false);
  const [length, setLength] = useState<QuietFor>('1h');
  const shown = save.isPending && save.variables ? save.variables : null;
  const seen = shown ? shown.seenReceipts : prefs.seenReceipts;
  const presence = shown ? shown.presenceVisible : prefs.presenceVisible;
  const quiet = shown?.quiet !== undefined ? shown.quiet !== 'off' : prefs.quietUntil !== null;

  const put = (next: Partial<SharingPrefsUpdate>) => {
    setSaved(false);
    save.mutate(
      { seenReceipts: prefs.seenReceipts, presenceVisible: prefs.presenceVisible, timeZone: deviceTimeZone(), ...next },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <div className="stack">
      <Switch id={`${id}-seen`} label={copy.seen.label} hint={copy.seen.hint} checked={seen} onChange={(on) => put({ seenReceipts: on })} />
      <Switch id={`${id}-presence`} label={copy.presence.label} hint={copy.presence.hint} checked={presence} onChange={(on) => put({ presenceVisible: on })} />
      <Switch id={`${id}-quiet`} label={copy.quiet.label} hint={copy.quiet.hint} checked={quiet} onChange={(on) => put({ quiet: on ? length : 'off' })} />
      {quiet && (
        <div className="own-pace-quiet stack">
          <ChoiceChips
            legend={copy.quiet.legend}
            options={quietOptions()}
            value={length}
            onChange={(value) => {
              setLength(value);
              put({ quiet: value });
            }}
          />
          {prefs.quietUntil && <p className="small">{copy.quiet.until({ time: untilText(prefs.quietUntil) })}</p>}
        </div>
      )}
      <FormError error={save.error} />
      <p role="status" className="small saved-status">
        {saved ? copy.saved : ''}
      </p>
    </div>
  );
}

function Switch({ id, label, hint, checked, onChange }: { id: string; label: string; hint: string; checked: boolean; onChange(on: boolean): void }) {
  return (
    <div className="check-row">
      <input id={id} type="checkbox" role="switch" checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}

/** "21:30" today, or "Thu 08:00" on another day, in this device's own time and the page's language. */
function untilText(iso: string): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date().toDateString();
  return at.toLocaleString(currentLocale(), sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}
