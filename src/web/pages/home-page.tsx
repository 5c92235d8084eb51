import { HomeScreen } from '../../features/couple/ui/home-screen';
import { HomeSignal } from './home-signal';
import { HomePractice } from './home-practice';
import { LoopCard } from '../../features/pattern-map/ui/loop-card';
import { RepairCard } from '../../features/repair/ui/repair-card';
import { SafetyCheckOffer } from '../../features/safety/ui';
import { CheckinCard } from '../../features/checkin/ui';
import { InsightsCard } from '../../features/insights/ui/insights-card';
import '../activity-words';

/** The couple's home with the cards of the features that live beside it. */
export function HomePage() {
  return (
    <HomeScreen>
      <HomeSignal />
      <SafetyCheckOffer />
      <LoopCard />
      <CheckinCard />
      <RepairCard />
      <HomePractice />
      <InsightsCard />
    </HomeScreen>
  );
}
