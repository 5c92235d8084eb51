import type { Summary } from './api';
import { balanceBars } from './balance-bars';
import { copy } from './copy';

/**
 * Lightness next to working things through, this month: folded away under
 * the joy itself, opened if someone wants a look. Two soft bars (proportion,
 * no numbers, nothing to reach) and one kind sentence that carries the
 * meaning, so the bars are only decoration for assistive tech. Bars are SVG
 * shapes sized by attributes (percentages of the track), as the CSP allows no
 * inline styles.
 */
export function BalanceView({ balance }: { balance: Summary['balance'] }) {
  const j = copy.joy;
  const bars = balanceBars(balance.joyful, balance.problemSolving);
  const rows = [
    { label: j.joyful, length: bars.joy, className: 'practice-bar-joy' },
    { label: j.fixing, length: bars.fixing, className: 'practice-bar-fixing' },
  ];
  return (
    <details className={`card practice-balance practice-balance-${balance.tilt}`}>
      <summary>{j.balanceTitle}</summary>
      <div className="practice-balance-body">
        <p className="practice-balance-tilt">{j.tilt[balance.tilt]}</p>
        <div className="practice-balance-rows" aria-hidden="true">
          {rows.map((row) => (
            <div key={row.className} className="practice-balance-row">
              <span>{row.label}</span>
              <svg className="practice-bar" width="100%" height="10" focusable="false">
                <rect className="practice-bar-track" x="0" y="0" width="100%" height="10" rx="5" />
                {row.length > 0 && <rect className={row.className} x="0" y="0" width={`${row.length}%`} height="10" rx="5" />}
              </svg>
            </div>
          ))}
        </div>
        <p className="muted small">{j.balanceNote}</p>
      </div>
    </details>
  );
}
