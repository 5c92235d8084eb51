import { Card } from '../../../core/web/ui';
import type { Summary } from './api';
import { balanceBars } from './balance-bars';
import { copy } from './copy';

const WIDTH = 220;

/**
 * Joyful moments next to working things out, this month: a picture in two
 * soft bars and one kind sentence, never a score. Bars are SVG shapes sized
 * by attributes, as the CSP allows no inline styles.
 */
export function BalanceView({ balance }: { balance: Summary['balance'] }) {
  const j = copy.joy;
  const bars = balanceBars(balance.joyful, balance.problemSolving, WIDTH);
  return (
    <Card title={j.balanceTitle} className={`practice-balance practice-balance-${balance.tilt}`}>
      <dl className="practice-balance-rows">
        <div className="practice-balance-row">
          <dt>{j.joyful}</dt>
          <dd>
            <svg viewBox={`0 0 ${WIDTH} 14`} className="practice-bar" aria-hidden="true" focusable="false">
              <rect className="practice-bar-track" x="0" y="0" width={WIDTH} height="14" rx="7" />
              {bars.joy > 0 && <rect className="practice-bar-joy" x="0" y="0" width={bars.joy} height="14" rx="7" />}
            </svg>
            <span className="practice-balance-n">{balance.joyful}</span>
          </dd>
        </div>
        <div className="practice-balance-row">
          <dt>{j.fixing}</dt>
          <dd>
            <svg viewBox={`0 0 ${WIDTH} 14`} className="practice-bar" aria-hidden="true" focusable="false">
              <rect className="practice-bar-track" x="0" y="0" width={WIDTH} height="14" rx="7" />
              {bars.fixing > 0 && <rect className="practice-bar-fixing" x="0" y="0" width={bars.fixing} height="14" rx="7" />}
            </svg>
            <span className="practice-balance-n">{balance.problemSolving}</span>
          </dd>
        </div>
      </dl>
      <p className="practice-balance-tilt">{j.tilt[balance.tilt]}</p>
      <p className="muted small">{j.balanceNote}</p>
    </Card>
  );
}
