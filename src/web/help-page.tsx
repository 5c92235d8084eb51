import { ButtonLink, Card, Screen } from '../core/web/ui';
import { quickExit } from '../features/safety/ui';
import { copy } from './copy';

/** Crisis and safety resources. Part of the shell (not lazy) so it is always one tap away, even offline. */
export function HelpPage() {
  const h = copy.help;
  return (
    <Screen title={h.title} intro={<p>{h.intro}</p>}>
      <Card title={h.danger.title} className="help-card help-card-urgent">
        <p>{h.danger.body}</p>
      </Card>
      <Card title={h.crisis.title} className="help-card">
        <p>{h.crisis.body}</p>
        <p>
          <a href="https://findahelpline.com" target="_blank" rel="noopener noreferrer" className="help-external">
            {h.crisis.link}
          </a>
        </p>
      </Card>
      <Card title={h.unsafe.title} className="help-card">
        {h.unsafe.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </Card>
      <p className="muted small">{h.note}</p>
      <div className="stack">
        <a
          className="btn btn-secondary btn-block"
          href="https://www.bbc.com/weather"
          rel="noreferrer"
          onClick={(event) => {
            event.preventDefault();
            quickExit();
          }}
        >
          {h.quickExit}
        </a>
        <p className="muted small quick-exit-hint">{h.quickExitHint}</p>
        <ButtonLink href="/" variant="quiet">
          {h.back}
        </ButtonLink>
      </div>
    </Screen>
  );
}
