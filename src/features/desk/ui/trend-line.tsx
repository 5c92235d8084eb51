/** A small line of values, oldest first, with its reading as the accessible name; gaps (null) are skipped. No axes, no colours that judge. */
export function TrendLine({ values, max, label }: { values: Array<number | null>; max: number; label: string }) {
  const width = 120;
  const height = 28;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.flatMap((v, i) => (v === null ? [] : [`${(i * step).toFixed(1)},${(height - 2 - (v / Math.max(max, 1)) * (height - 4)).toFixed(1)}`]));
  return (
    <svg className="desk-trend" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round" />
      {points.length === 1 && <circle cx={points[0]!.split(',')[0]} cy={points[0]!.split(',')[1]} r="2.5" fill="currentColor" />}
    </svg>
  );
}
