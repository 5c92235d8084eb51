import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import type { RitualKey } from '../copy';

/**
 * Response shapes of the daily-practice routes (../ritual-routes.ts,
 * ../note-routes.ts, ../agreement-routes.ts), written by hand so zod stays
 * out of the client. Hooks read one query cache; the live socket
 * (live-sync.ts) marks what changed, and nothing polls.
 */
export type Level = 'low' | 'some' | 'plenty';
export type Role = 'pursuer' | 'distancer' | 'both';
export type Tilt = 'joy-rich' | 'balanced' | 'fixing-heavy' | 'quiet';

export interface Reminder {
  localTime: string;
  /** ISO weekdays, 1 = Monday. */
  weekdays: number[];
  timeZone: string;
  enabled: boolean;
  nextDueAt: string | null;
}

export interface Ritual {
  id: string;
  libraryKey: RitualKey | null;
  title: string;
  /** Only mine: my partner's reminder times are theirs. */
  myReminder: Reminder | null;
}

export interface WaitingMoment {
  id: string;
  ritualId: string;
  title: string;
  createdAt: string;
}

export interface Summary {
  momentsThisWeek: number;
  waitingForMe: WaitingMoment[];
  balance: { joyful: number; problemSolving: number; tilt: Tilt };
}

export interface Note {
  id: string;
  fromMe: boolean;
  kind: 'text' | 'voice';
  text: string | null;
  mediaId: string | null;
  durationSeconds: number | null;
  episodeId: string | null;
  /** The partner's tether in answer, if any. */
  reaction: string | null;
  playedAt: string | null;
  createdAt: string;
}

export interface Episode {
  id: string;
  kind: 'signal' | 'pause';
  startedAt: string;
  minutes: number | null;
}

/** One of the couple's own joy ideas, drawn alongside our deck. */
export interface JoyIdea {
  id: string;
  fromMe: boolean;
  text: string;
  createdAt: string;
}

export interface JoyEntry {
  id: string;
  fromMe: boolean;
  text: string;
  mediaId: string | null;
  createdAt: string;
}

export interface CheckIn {
  level: Level;
  note: string | null;
  /** yyyy-mm-dd, local to whoever checked in. */
  day: string;
}

export interface Capacity {
  mine: CheckIn | null;
  partner: CheckIn | null;
  suggestSeason: { lowerCapacity: 'me' | 'partner' } | null;
}

export interface Season {
  id: string;
  carrier: 'me' | 'partner' | null;
  what: string;
  why: string;
  reviewOn: string;
  status: 'proposed' | 'active' | 'ended';
  iAccepted: boolean;
  partnerAccepted: boolean;
  dueForReview: boolean;
  createdAt: string;
  endedAt: string | null;
}

export interface Stretch {
  id: string;
  role: Role;
  title: string;
  plannedFor: string | null;
  expectedDiscomfort: number;
  actualDiscomfort: number | null;
  reflection: string | null;
  doneAt: string | null;
  mine: boolean;
  shared: boolean;
}

export const practiceKeys = {
  all: ['practice'] as const,
  rituals: ['practice', 'rituals'] as const,
  summary: ['practice', 'summary'] as const,
  notes: ['practice', 'notes'] as const,
  episodes: ['practice', 'episodes'] as const,
  joy: ['practice', 'joy'] as const,
  joyIdeas: ['practice', 'joyIdeas'] as const,
  capacity: ['practice', 'capacity'] as const,
  seasons: ['practice', 'seasons'] as const,
  stretches: ['practice', 'stretches'] as const,
};

export const mediaUrl = (mediaId: string) => `/api/media/${mediaId}`;

export const useRituals = () => useQuery({ queryKey: practiceKeys.rituals, queryFn: () => api.get<{ rituals: Ritual[] }>('/api/rituals').then((r) => r.rituals) });
export const useSummary = () => useQuery({ queryKey: practiceKeys.summary, queryFn: () => api.get<Summary>('/api/practice/summary') });
export const useNotes = () => useQuery({ queryKey: practiceKeys.notes, queryFn: () => api.get<{ notes: Note[] }>('/api/notes').then((r) => r.notes) });
export const useEpisodes = () => useQuery({ queryKey: practiceKeys.episodes, queryFn: () => api.get<{ episodes: Episode[] }>('/api/practice/episodes').then((r) => r.episodes) });
export const useJoy = () => useQuery({ queryKey: practiceKeys.joy, queryFn: () => api.get<{ entries: JoyEntry[] }>('/api/joy').then((r) => r.entries) });
export const useJoyIdeas = () => useQuery({ queryKey: practiceKeys.joyIdeas, queryFn: () => api.get<{ ideas: JoyIdea[] }>('/api/joy/ideas').then((r) => r.ideas) });
export const useCapacity = () => useQuery({ queryKey: practiceKeys.capacity, queryFn: () => api.get<Capacity>('/api/capacity') });
export const useSeasons = () => useQuery({ queryKey: practiceKeys.seasons, queryFn: () => api.get<{ seasons: Season[] }>('/api/seasons').then((r) => r.seasons) });
export const useStretches = () => useQuery({ queryKey: practiceKeys.stretches, queryFn: () => api.get<{ stretches: Stretch[]; encouragement: string }>('/api/stretches') });

/** A write that, once done, marks the listed queries stale so they are read again. */
function useWrite<V, R>(send: (vars: V) => Promise<R>, refresh: QueryKey[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

const ritualKeys = [practiceKeys.rituals, practiceKeys.summary];

export const useKeepRitual = () => useWrite((body: { libraryKey: RitualKey } | { title: string }) => api.post<{ id: string }>('/api/rituals', body), ritualKeys);
export const useLetGoRitual = () => useWrite((id: string) => api.delete<null>(`/api/rituals/${id}`), ritualKeys);
export const useSaveReminder = () =>
  useWrite(({ ritualId, ...body }: { ritualId: string; localTime: string; weekdays: number[]; timeZone: string; enabled: boolean }) => api.put<Reminder>(`/api/rituals/${ritualId}/reminder`, body), [practiceKeys.rituals]);
export const useMarkMoment = () => useWrite(({ ritualId, together }: { ritualId: string; together: boolean }) => api.post<{ id: string }>(`/api/rituals/${ritualId}/moments`, { together }), ritualKeys);
export const useConfirmMoment = () => useWrite((momentId: string) => api.post<null>(`/api/moments/${momentId}/confirm`), [practiceKeys.summary]);

export const useSendNote = () => useWrite((body: { text: string; episodeId: string | null }) => api.post<{ id: string }>('/api/notes', body), [practiceKeys.notes]);
export const useSendVoiceNote = () =>
  useWrite(({ blob, contentType, durationSeconds, episodeId }: { blob: Blob; contentType: string; durationSeconds: number; episodeId: string | null }) => {
    const query = new URLSearchParams({ durationSeconds: String(durationSeconds) });
    if (episodeId) query.set('episodeId', episodeId);
    return api.upload<{ id: string; mediaId: string }>(`/api/notes/voice?${query}`, blob, contentType);
  }, [practiceKeys.notes]);
export const useNotePlayed = () => useWrite((id: string) => api.post<null>(`/api/notes/${id}/played`), [practiceKeys.notes]);
export const useAnswerNote = () => useWrite(({ id, tether }: { id: string; tether: string }) => api.post<null>(`/api/notes/${id}/react`, { tether }), [practiceKeys.notes]);
export const useDeleteNote = () => useWrite((id: string) => api.delete<null>(`/api/notes/${id}`), [practiceKeys.notes]);

const joyKeys = [practiceKeys.joy, practiceKeys.summary];
/** Logs a joy entry, then adds its photo if there is one: the entry is kept even if the photo is refused. */
export const useLogJoy = () =>
  useWrite(async ({ text, photo }: { text: string; photo: File | null }) => {
    const { id } = await api.post<{ id: string }>('/api/joy', { text });
    if (photo) await api.upload<{ mediaId: string }>(`/api/joy/${id}/photo`, photo, photo.type, 'PUT');
    return id;
  }, joyKeys);
export const useDeleteJoy = () => useWrite((id: string) => api.delete<null>(`/api/joy/${id}`), joyKeys);
export const useAddJoyIdea = () => useWrite((text: string) => api.post<{ id: string }>('/api/joy/ideas', { text }), [practiceKeys.joyIdeas]);
export const useDeleteJoyIdea = () => useWrite((id: string) => api.delete<null>(`/api/joy/ideas/${id}`), [practiceKeys.joyIdeas]);

export const useCheckIn = () => useWrite((body: { level: Level; note: string | null; day: string }) => api.post<null>('/api/capacity', body), [practiceKeys.capacity]);

const seasonKeys = [practiceKeys.seasons];
export const useProposeSeason = () => useWrite((body: { carrier: 'me' | 'partner'; what: string; why: string; reviewOn: string }) => api.post<Season>('/api/seasons', body), seasonKeys);
export const useSeasonStep = () =>
  useWrite(({ id, step, reviewOn }: { id: string; step: 'accept' | 'renew' | 'end'; reviewOn?: string }) => api.post<Season>(`/api/seasons/${id}/${step}`, step === 'renew' ? { reviewOn } : {}), seasonKeys);

export const usePlanStretch = () =>
  useWrite((body: { role: Role; title: string; plannedFor: string | null; expectedDiscomfort: number; shared: boolean }) => api.post<{ id: string }>('/api/stretches', body), [practiceKeys.stretches]);
export const useStretchDone = () =>
  useWrite(({ id, ...body }: { id: string; actualDiscomfort: number; reflection: string | null }) => api.post<null>(`/api/stretches/${id}/done`, body), [practiceKeys.stretches]);
