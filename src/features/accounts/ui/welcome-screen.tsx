import { ButtonLink, Screen } from '../../../core/web/ui';
import { copy } from './copy';
import './accounts.css';

export function WelcomeScreen() {
  return (
    <Screen title={copy.welcome.title} intro={<p>{copy.welcome.tagline}</p>} className="welcome">
      {copy.welcome.body.map((p) => (
        <p key={p} className="welcome-body">
          {p}
        </p>
      ))}
      <div className="stack">
        <ButtonLink href="/signup" block>
          {copy.welcome.signUp}
        </ButtonLink>
        <ButtonLink href="/login" variant="secondary" block>
          {copy.welcome.logIn}
        </ButtonLink>
      </div>
      <p className="muted small">{copy.welcome.ownPhone}</p>
    </Screen>
  );
}
