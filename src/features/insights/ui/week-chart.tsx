import { currentLocale } from '../../../core/i18n/messages';
import { line } from 'd3-shape';
import { useId } from 'react';
import { insightsCopy as copy } from '../copy';

export interface Series {
  label: string;
  /** One value per week; null where that week has no data. */
  values: Array<number | null>;
  /** Visual style only — two calm tones, never a judgement. */
  tone: 'one' | 'two';
  /** In the table only, to keep the picture simple. */
  tableOnly?: boolean;
}

interface WeekChartProps {
  title: string;
  sentence: string;
  weeks: string[];
  series: Series[];
  kind?: 'bars' | 'line';
  /** How a value reads in the table (e.g. a duration). */
  format?: (value: number) => string;
  note?: string;
}

const W = 320;
const H = 120;
const PAD = { top: 8, right: 4, bottom: 18, left: 4 };

/** A short date for a week's Monday, e.g. "3 Nov". */
export function shortDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(currentLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * One chart: its one sentence (which is also its accessible name), a small SVG, and the same
 * numbers as a table behind a disclosure. Weeks with no data are drawn as an empty dotted slot,
 * never as a zero-height bar.
 */
export function WeekChart({ title, sentence, weeks, series, kind = 'bars', format = String, note }: WeekChartProps) {
  const id = useId();
  const drawn = series.filter((s) => !s.tableOnly);
  const max = Math.max(1, ...drawn.flatMap((s) => s.values.map((v) => v ?? 0)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / weeks.length;
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const noData = weeks.map((_, i) => series.every((s) => s.values[i] === null));
  const barW = Math.max(1, (slot * 0.8) / drawn.length);
  const labelEvery = Math.ceil(weeks.length / 6);
  return (
    <figure className="insight-chart" aria-labelledby={`${id}-s`}>
      <h3 className="insight-chart-title">{title}</h3>
      <figcaption id={`${id}-s`} className="insight-sentence">
        {sentence}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="insight-svg" role="img" aria-labelledby={`${id}-s`} preserveAspectRatio="none">
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} className="insight-axis" />
        {noData.map((empty, i) =>
          empty ? <rect key={`n${i}`} x={PAD.left + i * slot + slot * 0.1} y={PAD.top} width={slot * 0.8} height={innerH} className={weeks.length > 12 ? 'insight-nodata dense' : 'insight-nodata'} /> : null,
        )}
        {kind === 'bars' &&
          drawn.map((s, k) =>
            s.values.map((v, i) =>
              v === null || v === 0 ? null : (
                <rect key={`${k}-${i}`} x={PAD.left + i * slot + slot * 0.1 + k * barW} y={y(v)} width={barW} height={PAD.top + innerH - y(v)} className={`insight-bar tone-${s.tone}`} />
              ),
            ),
          )}
        {kind === 'line' &&
          drawn.map((s, k) => {
            const path = line<number | null>()
              .defined((v) => v !== null)
              .x((_, i) => PAD.left + i * slot + slot / 2)
              .y((v) => y(v ?? 0))(s.values);
            return (
              <g key={k} className={`tone-${s.tone}`}>
                {path && <path d={path} className="insight-line" />}
                {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={PAD.left + i * slot + slot / 2} cy={y(v)} r={2.5} className="insight-dot" />))}
              </g>
            );
          })}
        {weeks.map((w, i) =>
          i % labelEvery === 0 ? (
            <text key={w} x={PAD.left + i * slot + 1} y={H - 4} className="insight-tick">
              {shortDate(w)}
            </text>
          ) : null,
        )}
      </svg>
      {(drawn.length > 1 || noData.some(Boolean)) && (
        <p className="insight-legend" aria-hidden="true">
          {drawn.length > 1 &&
            drawn.map((s) => (
              <span key={s.label} className={`insight-key tone-${s.tone}`}>
                {s.label}
              </span>
            ))}
          {noData.some(Boolean) && <span className="insight-key no-data">{copy.noDataKey}</span>}
        </p>
      )}
      {note && <p className="small muted">{note}</p>}
      <details className="insight-table">
        <summary>{copy.showTable}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.week}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w}>
                <th scope="row">{shortDate(w)}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] === null ? copy.noData : format(s.values[i]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
