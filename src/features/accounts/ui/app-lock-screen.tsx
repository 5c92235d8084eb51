import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../core/web/api';
import { showFlash } from '../../../core/web/flash';
import { setSignedOut } from '../../../core/web/session';
import { Button, FormError, Screen } from '../../../core/web/ui';
import { useLogout, useUnlock } from './api';
import { PIN_PATTERN } from './app-lock-options';
import { copy } from './copy';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * Shown while this device's app lock is on. It shows nothing of the person (not even their
 * name); the quick exit in the header stays where it always is. Typing works as well as the pad.
 */
export function AppLockScreen() {
  const words = copy.appLock.screen;
  const unlock = useUnlock();
  const logout = useLogout();
  const [pin, setPin] = useState('');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function press(digit: string) {
    setPin((p) => (p.length < 8 ? p + digit : p));
    input.current?.focus();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!PIN_PATTERN.test(pin)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    unlock.mutate(pin, {
      onError: (error) => {
        setPin('');
        // Out of tries: this device is signed out now; the server's words say why, calmly.
        if (error instanceof ApiError && error.status === 401) void setSignedOut().then(() => showFlash(error.message));
      },
    });
  }

  return (
    <Screen title={words.title} intro={<p>{words.body}</p>}>
      <form className="app-lock stack" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="app-lock-pin" className="field-label">
            {words.pin}
          </label>
          <input
            ref={input}
            id="app-lock-pin"
            className="field-input app-lock-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'app-lock-pin-error' : undefined}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 8))}
          />
          {invalid && (
            <p id="app-lock-pin-error" className="field-error">
              {copy.appLock.validation.pin}
            </p>
          )}
        </div>
        <div className="pin-pad" role="group" aria-label={words.pad}>
          {DIGITS.map((d) => (
            <button key={d} type="button" className="pin-key" aria-label={words.digit({ digit: d })} onClick={() => press(d)}>
              {d}
            </button>
          ))}
          <button type="button" className="pin-key pin-key-erase" aria-label={words.erase} onClick={() => setPin((p) => p.slice(0, -1))}>
            ⌫
          </button>
        </div>
        <FormError error={unlock.error} />
        <Button type="submit" block busy={unlock.isPending}>
          {words.open}
        </Button>
      </form>
      <p className="muted app-lock-forgot">{words.forgot}</p>
      <FormError error={logout.error} />
      <Button variant="quiet" busy={logout.isPending} onClick={() => logout.mutate()}>
        {words.logOut}
      </Button>
    </Screen>
  );
}
