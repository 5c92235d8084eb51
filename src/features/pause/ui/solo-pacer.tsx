import { useState, type ReactNode } from 'react';
import { Screen } from '../../../core/web/ui';
import { PAUSE_RULES } from '../machine';
import { BreathingPacer } from './breathing-pacer';
import { offlineCopy } from './offline-copy';
import { serverNow } from './server-clock';
import './pause.css';

/**
 * The breathing pacer on its own, for when the app opened without a connection: no pause, no
 * partner, no server — its rhythm starts when the screen opens and its pace is this screen's.
 * `helps`: the person's "what helps me" lists, composed in by the shell from the toolkit.
 */
export function SoloPacerScreen({ helps }: { helps?: ReactNode }) {
  const [anchorAt] = useState(() => new Date(serverNow()).toISOString());
  const [breathsPerMinute, setBreathsPerMinute] = useState<number>(PAUSE_RULES.defaultBreathsPerMinute);
  const o = offlineCopy.offline;
  return (
    <Screen title={o.title} intro={<p>{o.intro}</p>} className="pause-screen">
      <BreathingPacer anchorAt={anchorAt} breathsPerMinute={breathsPerMinute} onPace={setBreathsPerMinute} pacing={false} words={{ title: o.pacerTitle, intro: o.pacerIntro }} />
      {helps}
    </Screen>
  );
}
