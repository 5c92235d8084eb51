import { useState, type FormEvent } from 'react';
import { Button, Card, ConfirmDialog, FormError, Loading, Notice, TextField } from '../../../core/web/ui';
import { formatDateTime, formatRelative, useNow } from '../../../core/web/time';
import type { PasskeyView } from '../contract';
import { copy } from './copy';
import { describeDevice } from './describe-device';
import { PasskeyProblem } from './passkey-problem';
import { passkeysSupported, useAddPasskey, usePasskeys, useRemovePasskey } from './passkeys-api';

/** The name a new passkey gets: the device it was made on, as the sessions list says it. */
function suggestedName(): string {
  const device = describeDevice(navigator.userAgent);
  return copy.settings.passkeys.defaultName({ device: device ? copy.device.on(device) : copy.device.unknown });
}

/** My passkeys: added with the password asked again, each removable; the password keeps working. */
export function PasskeysSettings() {
  const s = copy.settings.passkeys;
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [adding, setAdding] = useState(false);
  const [currentPassword, setCurrentPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string>();
  const [removing, setRemoving] = useState<PasskeyView | null>(null);
  const now = useNow();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!currentPassword) return setPasswordError(copy.validation.passwordMissing);
    setPasswordError(undefined);
    add.mutate(
      { currentPassword, name: suggestedName() },
      {
        onSuccess: () => {
          setAdding(false);
          setCurrentPassword('');
        },
      },
    );
  }

  return (
    <Card title={s.title}>
      <p className="muted">{s.intro}</p>
      {passkeys.isPending && <Loading label={copy.loading} />}
      {passkeys.isError && <Notice tone="problem">{s.loadFailed}</Notice>}
      {passkeys.isSuccess && passkeys.data.length === 0 && <p className="muted small">{s.none}</p>}
      {passkeys.isSuccess && passkeys.data.length > 0 && (
        <ul className="device-list">
          {passkeys.data.map((passkey) => (
            <li key={passkey.id} className="device">
              <div className="device-text">
                <p className="device-name">{passkey.name}</p>
                <p className="device-meta">
                  {s.added({ when: formatDateTime(passkey.createdAt) })}
                  <br />
                  {passkey.lastUsedAt ? s.lastUsed({ when: formatRelative(passkey.lastUsedAt, now, copy.justNow) }) : s.neverUsed}
                  {passkey.backedUp && (
                    <>
                      <br />
                      {s.synced}
                    </>
                  )}
                </p>
              </div>
              <Button variant="quiet" aria-label={s.removeNamed({ name: passkey.name })} onClick={() => setRemoving(passkey)}>
                {s.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={remove.error} />
      {add.isSuccess && !adding && (
        <Notice tone="success" role="status">
          {s.addedNotice}
        </Notice>
      )}
      {!passkeysSupported() ? (
        <p className="muted small">{s.unsupported}</p>
      ) : adding ? (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="muted small">{s.addIntro}</p>
          <TextField
            label={copy.fields.currentPassword}
            type="password"
            name="currentPassword"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
            error={passwordError}
          />
          <PasskeyProblem error={add.error} cancelled={s.cancelled} />
          <div className="row">
            <Button type="submit" busy={add.isPending}>
              {s.addNow}
            </Button>
            <Button variant="quiet" onClick={() => (setAdding(false), add.reset())}>
              {s.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => (setAdding(true), add.reset())}>
          {s.add}
        </Button>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={s.confirmTitle}
        confirmLabel={s.confirm}
        cancelLabel={s.cancel}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing, { onSettled: () => setRemoving(null) })}
        onCancel={() => setRemoving(null)}
      >
        <p>{s.confirmBody}</p>
      </ConfirmDialog>
    </Card>
  );
}
