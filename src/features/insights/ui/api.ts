import { useQuery } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { InsightsView } from '../contract';
import type { InsightWeeks } from '../windows';

export type { InsightsView };

/** The viewer's own zone: weeks run Monday to Monday where they are. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const insightsKey = (weeks: InsightWeeks, tz: string) => ['insights', weeks, tz] as const;

/** Read again when the screen opens: new records may have come in since (no live events of its own). */
export function useInsights(weeks: InsightWeeks) {
  const tz = viewerTimeZone();
  return useQuery({
    queryKey: insightsKey(weeks, tz),
    queryFn: () => api.get<InsightsView>(`/api/insights?weeks=${weeks}&tz=${encodeURIComponent(tz)}`),
    staleTime: 0,
  });
}
