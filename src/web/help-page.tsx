import { Link } from 'wouter';
import { ButtonLink, Card, Screen } from '../core/web/ui';
import { EmergencyCall, HelpWhereYouAre, quickExit, readQuickExitPrefs, SAFETY_CHECK_PATH, useChosenCountry } from '../features/safety/ui';
import { copy } from './copy';

/**
 * Crisis and safety resources. Part of the shell (not lazy) so it is always one tap away, even offline.
 * Once the person says where they are, their country's emergency number and lines come first.
 */
export function HelpPage() {
  const h = copy.help;
  const country = useChosenCountry();
  return (
    <Screen title={h.title} intro={<p>{h.intro}</p>}>
      <Card title={h.danger.title} className="help-card help-card-urgent">
        {country ? (
          <>
            <p>{h.danger.chosen}</p>
            <EmergencyCall code={country.code} />
          </>
        ) : (
          <p>{h.danger.body}</p>
        )}
      </Card>
      <Card title={h.crisis.title} className="help-card">
        <p>{h.crisis.body}</p>
        <HelpWhereYouAre withEmergency={false} />
      </Card>
      <Card title={h.unsafe.title} className="help-card">
        {h.unsafe.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {/* A plain link, not a query: this page must open offline and signed out. */}
        <Link href={SAFETY_CHECK_PATH}>{h.unsafe.check}</Link>
      </Card>
      <p className="muted small">{h.note}</p>
      <div className="stack">
        <a
          className="btn btn-secondary btn-block"
          href={readQuickExitPrefs().to}
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
