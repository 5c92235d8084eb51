import { Link } from 'wouter';
import { formatRelative, useNow } from '../../../core/web/time';
import { ButtonLink, Card, LoadFailed, Loading, Screen } from '../../../core/web/ui';
import { useRuptures, type HowSeen, type LatestPause, type Rupture } from './api';
import { copy } from './copy';
import { PrivacyBadge, usePartnerName } from './fields';
import { HowSeenLines } from './how-seen';
import { pauseToOffer, roleReversals, stageLabel } from './rupture-log';

/**
 * `/repair`: the couple's log of rough moments, newest first, and the way into each repair.
 * `latestPause` is the pause feature's own view, handed down by the shell (undefined while it loads).
 */
export function RuptureLogScreen({ latestPause }: { latestPause: LatestPause | null | undefined }) {
  const ruptures = useRuptures();
  const partner = usePartnerName();
  const l = copy.log;

  if (ruptures.isPending) return <Loading label={copy.loading} />;
  if (ruptures.isError || !ruptures.data) return <LoadFailed message={copy.loadFailed} retry={() => void ruptures.refetch()} />;
  const offer = pauseToOffer(latestPause, ruptures.data);
  const reversals = roleReversals(ruptures.data);

  return (
    <Screen
      title={l.title}
      intro={l.intro.map((p) => (
        <p key={p}>{p}</p>
      ))}
    >
      {offer && (
        <Card title={l.pauseTitle} className="repair-pause-offer">
          <p>{l.pauseBody({ partner })}</p>
          <ButtonLink href={`/new?pause=${offer.id}`} block>
            {l.pauseAction}
          </ButtonLink>
        </Card>
      )}
      <ButtonLink href="/new" variant={offer ? 'secondary' : 'primary'} block>
        {l.newRupture}
      </ButtonLink>
      <section aria-labelledby="rupture-list-title" className="stack">
        <h2 id="rupture-list-title">{l.listTitle}</h2>
        {ruptures.data.length === 0 ? (
          <p className="muted">{l.empty}</p>
        ) : (
          <ul className="repair-list" aria-labelledby="rupture-list-title">
            {ruptures.data.map((r) => (
              <RuptureItem key={r.id} rupture={r} reversed={reversals.has(r.id)} partner={partner} />
            ))}
          </ul>
        )}
      </section>
      <nav aria-labelledby="repair-more-title" className="repair-more">
        <h2 id="repair-more-title">{l.more}</h2>
        <ul>
          <li>
            <Link href="~/map/said-and-meant">{l.saidAndMeant}</Link>
          </li>
          <li>
            <Link href="/roles">{l.roles}</Link>
          </li>
          <li>
            <Link href="~/journal">{l.journal}</Link>
          </li>
        </ul>
      </nav>
    </Screen>
  );
}

/** One partner's view, on one line, labelled as theirs. */
function SeenBy({ who, seen }: { who: string; seen: HowSeen }) {
  return (
    <div className="repair-item-seen">
      <p className="repair-item-seen-who">{who}</p>
      <HowSeenLines seen={seen} className="repair-item-meta" />
    </div>
  );
}

function RuptureItem({ rupture: r, reversed, partner }: { rupture: Rupture; reversed: boolean; partner: string }) {
  const now = useNow();
  const topic = copy.topics[r.topic];
  return (
    <li className={r.repairedAt ? 'repair-item repair-item-repaired' : 'repair-item'}>
      <Link href={`/${r.id}`} className="repair-item-link">
        <span className="repair-item-topic">{topic}</span>
        <span className="repair-item-when">{formatRelative(r.createdAt, now, copy.justNow)}</span>
      </Link>
      {r.myView && <SeenBy who={copy.views.mine} seen={r.myView} />}
      {r.partnerView && <SeenBy who={copy.views.partners({ partner })} seen={r.partnerView} />}
      {reversed && <p className="repair-reversal">{copy.roles.reversal}</p>}
      <p className={r.repairedAt ? 'repair-stage repair-stage-repaired' : 'repair-stage'}>{stageLabel(r)}</p>
      {r.myNote && <PrivacyBadge>{copy.log.hasNote}</PrivacyBadge>}
    </li>
  );
}
