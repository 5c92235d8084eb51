import { Link } from 'wouter';
import { Card, Screen } from '../../../core/web/ui';
import { useSeasons, useSummary, type Season } from './api';
import { CapacitySection } from './capacity-card';
import { copy } from './copy';
import { formatDay } from './dates';
import { Loaded, usePartnerName } from './fields';
import { WaitingMoments, WeekCount } from './moments';

/** /practice: what is here today — a moment to confirm, how each of us is doing, the week's gentle count. */
export function TodayScreen() {
  const partnerName = usePartnerName();
  const summary = useSummary();
  const seasons = useSeasons();
  const current = seasons.data?.find((s) => s.status === 'active') ?? null;
  return (
    <Screen title={copy.title} intro={<p>{copy.intro}</p>}>
      <Loaded query={summary}>
        {(data) => (
          <>
            <WaitingMoments moments={data.waitingForMe} partnerName={partnerName} />
            <WeekCount summary={data} />
          </>
        )}
      </Loaded>
      <CapacitySection partnerName={partnerName} />
      {current && <CurrentSeason season={current} partnerName={partnerName} />}
      <Card title={copy.today.more} className="practice-explore">
        <ul className="practice-explore-list">
          {(Object.keys(copy.today.links) as Array<keyof typeof copy.today.links>).map((key) => {
            const [label, about] = copy.today.links[key];
            return (
              <li key={key}>
                <Link href={`/${key}`} className="practice-explore-link">
                  <span className="practice-explore-label">{label}</span>
                  <span className="practice-explore-about">{about}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </Card>
    </Screen>
  );
}

function CurrentSeason({ season, partnerName }: { season: Season; partnerName: string }) {
  const s = copy.seasons;
  const who = season.carrier === 'me' ? s.carrier.me : season.carrier === 'partner' ? s.carrier.partner({ partner: partnerName }) : s.carrier.gone;
  return (
    <Card title={s.current} className="practice-current-season">
      <p className="practice-season-who">{who}</p>
      <p>{season.what}</p>
      <p className="muted small">{season.dueForReview ? s.due : s.reviewOn({ date: formatDay(season.reviewOn) })}</p>
      <Link href="/seasons">{copy.nav.seasons}</Link>
    </Card>
  );
}
