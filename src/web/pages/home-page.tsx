import { HomeScreen } from '../../features/couple/ui/home-screen';
import { HomeSignal } from './home-signal';
import { HomePractice } from './home-practice';
import { LoopCard } from '../../features/pattern-map/ui/loop-card';
import { RepairCard } from '../../features/repair/ui/repair-card';
import { SafetyCheckOffer } from '../../features/safety/ui';
import { CheckinCard } from '../../features/checkin/ui';
import { InsightsCard } from '../../features/insights/ui/insights-card';
import { HomeworkCard } from '../../features/homework/ui/homework-card';
import { HeartCard } from '../../features/heart/ui';
import { usePartnerName } from './partner-name';
import '../activity-words';

/** The couple's home with the cards of the features that live beside it. */
export function HomePage() {
  const partnerName = usePartnerName();
  return (
    <HomeScreen moment={<HomeSignal />}>
      <SafetyCheckOffer />
      <LoopCard />
      <CheckinCard />
      <HomeworkCard partnerName={partnerName} />
      <RepairCard />
      <HomePractice />
      <InsightsCard />
      <HeartCard />
    </HomeScreen>
  );
}
