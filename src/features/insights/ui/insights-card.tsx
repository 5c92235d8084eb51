import { ButtonLink, Card } from '../../../core/web/ui';
import { insightsCopy as copy } from '../copy';

/** The home screen's way into "How we're doing". Tiny on purpose: the charts load only on their own screen. */
export function InsightsCard() {
  return (
    <Card title={copy.title} className="insights-card">
      <p>{copy.homeBody}</p>
      <ButtonLink href="/insights" variant="secondary" block>
        {copy.homeLink}
      </ButtonLink>
    </Card>
  );
}
