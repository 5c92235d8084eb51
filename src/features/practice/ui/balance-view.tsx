import { Card } from '../../../core/web/ui';
import type { Summary } from './api';
import { balanceBars } from './balance-bars';
import { copy } from './copy';

/**
 * Joyful moments next to working things out, this month: a picture in two
 * soft bars and one kind sentence, never a score. Bars are SVG shapes sized
 * by attributes (percentages of the track), as the CSP allows no inline styles.
 */
export function BalanceView({ balance }: { balance: Summary['balance'] }) {
  const j = copy.joy;
  const bars = balanceBars(balance.joyful, balance.problemSolving);
  const rows = [
    { label: j.joyful, n: balance.joyful, length: bars.joy, className: 'practice-bar-joy' },
    { label: j.fixing, n: balance.problemSolving, length: bars.fixing, className: 'practice-bar-fixing' },
  ];
  return (
    <Card title={j.balanceTitle} className={`practice-balance practice-balance-${balance.tilt}`}>
      <dl className="practice-balance-rows">
        {rows.map((row) => (
          <div key={row.className} className="practice-balance-row">
            <dt>{row.label}</dt>
            <dd>
              <svg className="practice-bar" width="100%" height="14" aria-hidden="true" focusable="false">
                <rect className="practice-bar-track" x="0" y="0" width="100%" height="14" rx="7" />
                {row.length > 0 && <rect className={row.className} x="0" y="0" width={`${row.length}%`} height="14" rx="7" />}
              </svg>
              <span className="practice-balance-n">{row.n}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="practice-balance-tilt">{j.tilt[balance.tilt]}</p>
      <p className="muted small">{j.balanceNote}</p>
    </Card>
  );
}
