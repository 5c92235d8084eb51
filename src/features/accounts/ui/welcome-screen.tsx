import { ButtonLink, Screen } from '../../../core/web/ui';
import { copy } from './copy';
import { LoopArt, PauseArt, RepairArt } from './welcome-art';
import './accounts.css';

const steps = [
  { key: 'loop', Art: LoopArt },
  { key: 'pause', Art: PauseArt },
  { key: 'repair', Art: RepairArt },
] as const;

export function WelcomeScreen() {
  const how = steps.map((step) => ({ ...step, ...copy.welcome.how[step.key] }));
  return (
    <Screen title={copy.welcome.title} intro={<p>{copy.welcome.tagline}</p>} className="welcome">
      <p className="welcome-body">{copy.welcome.body}</p>
      <section className="welcome-how" aria-labelledby="welcome-how-title">
        <h2 id="welcome-how-title">{copy.welcome.howTitle}</h2>
        <ol className="welcome-steps">
          {how.map(({ key, Art, title, line }) => (
            <li key={key} className="welcome-step">
              <Art />
              <div>
                <h3>{title}</h3>
                <p>{line}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <div className="stack">
        <ButtonLink href="/signup" block>
          {copy.welcome.signUp}
        </ButtonLink>
        <ButtonLink href="/login" variant="secondary" block>
          {copy.welcome.logIn}
        </ButtonLink>
      </div>
      <p className="muted small">{copy.welcome.ownPhone}</p>
      <ButtonLink href="/signup/therapist" variant="quiet">
        {copy.welcome.therapist}
      </ButtonLink>
    </Screen>
  );
}
