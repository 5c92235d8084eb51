import { useId, useState, type FormEvent } from 'react';
import { useSession } from '../../../core/web/session';
import { Button, Card, FormError, Notice, TextField } from '../../../core/web/ui';
import { useRemoveAppLock, useSetAppLock } from './api';
import { LOCK_AFTER_CHOICES, PIN_PATTERN, SIGN_OUT_CHOICES, lockDuration } from './app-lock-options';
import { copy } from './copy';

/** Settings: "Lock on shared devices" — a PIN after time away, and an optional sign-out after longer. */
export function AppLockSettings() {
  const words = copy.appLock.settings;
  const current = useSession().data?.appLock ?? null;
  const setLock = useSetAppLock();
  const removeLock = useRemoveAppLock();
  const [pin, setPin] = useState('');
  const [lockAfter, setLockAfter] = useState<number>(current?.lockAfterMinutes ?? 5);
  const [signOutAfter, setSignOutAfter] = useState<number | null>(current?.signOutAfterMinutes ?? null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'pin' | 'password', string>>>({});
  const [proof, setProof] = useState('');
  const [proofError, setProofError] = useState<string | null>(null);
  const lockAfterId = useId();
  const signOutId = useId();

  function save(e: FormEvent) {
    e.preventDefault();
    const found = {
      ...(PIN_PATTERN.test(pin) ? {} : { pin: copy.appLock.validation.pin }),
      ...(password ? {} : { password: copy.appLock.validation.password }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    removeLock.reset();
    setLock.mutate(
      { pin, password, lockAfterMinutes: lockAfter, signOutAfterMinutes: signOutAfter },
      {
        onSuccess: () => {
          setPin('');
          setPassword('');
        },
      },
    );
  }

  function turnOff(e: FormEvent) {
    e.preventDefault();
    if (!proof) {
      setProofError(copy.appLock.validation.pinOrPassword);
      return;
    }
    setProofError(null);
    setLock.reset();
    // All digits (4–8) is a PIN; a password is at least 10 characters, so the two never meet.
    removeLock.mutate(PIN_PATTERN.test(proof) ? { pin: proof } : { password: proof }, { onSuccess: () => setProof('') });
  }

  return (
    <Card title={words.title} id="app-lock">
      <p className="muted">{words.intro}</p>
      <p>
        <strong>
          {current
            ? current.signOutAfterMinutes === null
              ? words.on({ lockAfter: lockDuration(current.lockAfterMinutes) })
              : words.onAndSignOut({ lockAfter: lockDuration(current.lockAfterMinutes), signOut: lockDuration(current.signOutAfterMinutes) })
            : words.off}
        </strong>
      </p>
      <form className="stack" onSubmit={save} noValidate>
        <TextField
          label={current ? words.newPin : words.pin}
          hint={words.pinHint}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          name="appLockPin"
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 8))}
          error={errors.pin}
        />
        <div className="field">
          <label htmlFor={lockAfterId} className="field-label">
            {words.lockAfter}
          </label>
          <select id={lockAfterId} className="field-input" value={lockAfter} onChange={(e) => setLockAfter(Number(e.target.value))}>
            {LOCK_AFTER_CHOICES.map((m) => (
              <option key={m} value={m}>
                {lockDuration(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={signOutId} className="field-label">
            {words.signOutAfter}
          </label>
          <select
            id={signOutId}
            className="field-input"
            value={signOutAfter ?? ''}
            onChange={(e) => setSignOutAfter(e.target.value === '' ? null : Number(e.target.value))}
          >
            {SIGN_OUT_CHOICES.map((m) => (
              <option key={m ?? 'never'} value={m ?? ''}>
                {m === null ? words.never : lockDuration(m)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={words.password}
          type="password"
          name="appLockPassword"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <FormError error={setLock.error} />
        {setLock.isSuccess && (
          <Notice tone="success" role="status">
            {words.saved}
          </Notice>
        )}
        <Button type="submit" variant="secondary" busy={setLock.isPending}>
          {current ? words.change : words.turnOn}
        </Button>
      </form>
      {current && (
        <form className="stack app-lock-off" onSubmit={turnOff} noValidate>
          <h3 className="card-subtitle">{words.turnOffTitle}</h3>
          <TextField
            label={words.turnOffField}
            hint={words.turnOffHint}
            type="password"
            name="appLockProof"
            autoComplete="off"
            value={proof}
            onChange={(e) => setProof(e.target.value)}
            error={proofError}
          />
          <FormError error={removeLock.error} />
          <Button type="submit" variant="quiet" busy={removeLock.isPending}>
            {words.turnOff}
          </Button>
        </form>
      )}
      {!current && removeLock.isSuccess && (
        <Notice tone="success" role="status">
          {words.turnedOff}
        </Notice>
      )}
      <p className="muted">{words.limits}</p>
    </Card>
  );
}
