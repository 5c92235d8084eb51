import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { VersionedView, useVersionedChange } from '../../../core/web/versioned-view';
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

/** Picks the couple's day; the chip shows it at once (a controlled radio must not snap back). */
export function useSetDay() {
  return useVersionedChange(weekView, {
    optimistic: (view, weekday: number | null) => ({ ...view, day: weekday }),
    send: async (weekday: number | null) => (await api.put<null>('/api/checkins/day', { weekday }), { seq: null }),
    settle: (view, _answer, weekday) => ({ ...view, day: weekday }),
  });
}

export function useSetReminder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reminder: { enabled: boolean; localTime: string }) => api.put<null>('/api/checkins/reminder', { ...reminder, timeZone: myTimeZone() }),
    onSuccess: () => client.invalidateQueries({ queryKey: checkinKeys.week }),
  });
}
