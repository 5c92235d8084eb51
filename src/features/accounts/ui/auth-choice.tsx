import { useId, useState } from 'react';
import { LoginForm, SignupForm } from './auth-forms';
import { copy } from './copy';
import './accounts.css';

/**
 * "New here / I have an account" and the matching form, for pages that need a
 * signed-in person before they can go on (the join and connect pages).
 */
export function AuthChoice({ onSignedIn, labels }: { onSignedIn: () => void; labels?: { signUp: string; logIn: string } }) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const name = useId();
  return (
    <div className="stack">
      <fieldset className="choice">
        <legend className="choice-legend">{copy.authChoice.legend}</legend>
        <div className="choice-options">
          <label className="choice-option">
            <input type="radio" name={name} checked={mode === 'new'} onChange={() => setMode('new')} />
            <span>{copy.authChoice.new}</span>
          </label>
          <label className="choice-option">
            <input type="radio" name={name} checked={mode === 'existing'} onChange={() => setMode('existing')} />
            <span>{copy.authChoice.existing}</span>
          </label>
        </div>
      </fieldset>
      {mode === 'new' ? (
        <SignupForm submitLabel={labels?.signUp ?? copy.authChoice.signUpAndJoin} onDone={onSignedIn} />
      ) : (
        <LoginForm submitLabel={labels?.logIn ?? copy.authChoice.logInAndJoin} onDone={onSignedIn} />
      )}
    </div>
  );
}
