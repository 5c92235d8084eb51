/** The rate over the pause as a quiet line (SVG attributes only: the CSP forbids inline styles). */
export function Sparkline({ points, label }: { points: ReadonlyArray<readonly [number, number]>; label: string }) {
  const W = 300;
  const H = 60;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys) - 5, Math.max(...ys) + 5];
  const line = points.map(([x, y]) => `${(((x - x0) / (x1 - x0 || 1)) * W).toFixed(1)},${(H - ((y - y0) / (y1 - y0 || 1)) * H).toFixed(1)}`).join(' ');
  return (
    <svg className="heart-sparkline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
      <polyline points={line} fill="none" className="heart-sparkline-line" />
    </svg>
  );
}
