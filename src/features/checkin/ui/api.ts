import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { VersionedView, useChangeThenReread, useVersionedChange } from '../../../core/web/versioned-view';
import type { CheckinBody, CheckinWeekView } from '../contract';

/** The person's own time zone: their week is the week on their own wall clock. */
export function myTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const checkinKeys = { all: ['checkin'] as const, week: ['checkin', 'week'] as const };

/** This week's check-in, kept current by the live socket (live-sync.tsx) in seq order. */
export const weekView = new VersionedView<CheckinWeekView>(checkinKeys.week, () => api.get<CheckinWeekView>(`/api/checkins/week?timeZone=${encodeURIComponent(myTimeZone())}`));

export type Answers = Omit<CheckinBody, 'timeZone'>;

/** Saves my answers; the answer is the week as I now see it. */
export function useAnswerWeek() {
  return useVersionedChange(weekView, {
    optimistic: (view) => view,
    send: (answers: Answers) => api.put<CheckinWeekView>('/api/checkins/week', { ...answers, timeZone: myTimeZone() }),
    settle: (_view, answer) => answer,
  });
}

export function useSetDay() {
  return useChangeThenReread(weekView, (weekday: number | null) => api.put<null>('/api/checkins/day', { weekday }));
}

export function useSetReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reminder: { enabled: boolean; localTime: string }) => api.put<null>('/api/checkins/reminder', { ...reminder, timeZone: myTimeZone() }),
    onSuccess: () => client.invalidateQueries({ queryKey: checkinKeys.week }),
  });
}
