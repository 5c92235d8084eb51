/** Trends, kept apart from the rest of the maths so the screen can read a series without bundling a date library. */
export type Trend = 'lower' | 'higher' | 'similar' | 'unknown';

/** Within 10% counts as similar: a handful of records should not read as a change. */
export function trendOf(earlier: number | null, lately: number | null): Trend {
  if (earlier === null || lately === null) return 'unknown';
  if (lately < earlier * 0.9) return 'lower';
  if (lately > earlier * 1.1) return 'higher';
  return 'similar';
}

/**
 * How my own check-ins read over the span: how many weeks I answered, and whether the later half's
 * mean sits above or below the earlier half's (within 10% is similar). One answered week has no trend.
 */
export function checkInReading(values: Array<number | null>): { answered: number; trend: Trend } {
  const mean = (xs: Array<number | null>) => {
    const known = xs.filter((x): x is number => x !== null);
    return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
  };
  const answered = values.filter((v) => v !== null).length;
  const half = Math.floor(values.length / 2);
  return { answered, trend: answered < 2 ? 'unknown' : trendOf(mean(values.slice(0, half)), mean(values.slice(half))) };
}
