import { useQuery, type QueryKey } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { queryClient } from '../../../core/web/query-client';
import { VersionedView, useChangeThenReread, useVersionedChange, useVersionedView, type Versioned } from '../../../core/web/versioned-view';
import type {
  CapacityView,
  CheckIn,
  Created,
  EpisodeList,
  JoyIdeaList,
  JoyLog,
  JoyPhotoAdded,
  NoteList,
  PracticeSummary,
  Reminder,
  ReminderSaved,
  RitualList,
  SeasonChanged,
  SeasonList,
  SeasonView,
  StretchList,
  StretchView,
  VoiceNoteSent,
} from '../contract';
import type { RitualKey } from '../copy';

/**
 * The daily-practice views and their changes. Types come from the server's contract (../contract.ts);
 * every view the partner can change under an open screen is a VersionedView, kept current by the
 * live socket (live-sync.ts) in seq order, and nothing polls.
 */
export type { CapacityView as Capacity, Episode, JoyEntry, JoyIdea, Note, Reminder, Ritual, SeasonView as Season, StretchView as Stretch, WaitingMoment } from '../contract';
export type Summary = PracticeSummary;
export type Level = CheckIn['level'];
export type Role = StretchView['role'];
export type Tilt = PracticeSummary['balance']['tilt'];

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

export const ritualsView = new VersionedView<RitualList>(practiceKeys.rituals, () => api.get<RitualList>('/api/rituals'));
export const summaryView = new VersionedView<PracticeSummary>(practiceKeys.summary, () => api.get<PracticeSummary>('/api/practice/summary'));
export const notesView = new VersionedView<NoteList>(practiceKeys.notes, () => api.get<NoteList>('/api/notes'));
export const joyView = new VersionedView<JoyLog>(practiceKeys.joy, () => api.get<JoyLog>('/api/joy'));
export const joyIdeasView = new VersionedView<JoyIdeaList>(practiceKeys.joyIdeas, () => api.get<JoyIdeaList>('/api/joy/ideas'));
export const capacityView = new VersionedView<CapacityView>(practiceKeys.capacity, () => api.get<CapacityView>('/api/capacity'));
export const seasonsView = new VersionedView<SeasonList>(practiceKeys.seasons, () => api.get<SeasonList>('/api/seasons'));
export const stretchesView = new VersionedView<StretchList>(practiceKeys.stretches, () => api.get<StretchList>('/api/stretches'));

/** A versioned view read as the screens want it (its list, say). */
function useSelected<V extends Versioned, T>(view: VersionedView<V>, select: (view: V) => T) {
  const read = useVersionedView(view);
  return { ...read, data: read.data && select(read.data) };
}

export const useRituals = () => useSelected(ritualsView, (v) => v.rituals);
export const useSummary = () => useVersionedView(summaryView);
export const useNotes = () => useSelected(notesView, (v) => v.notes);
// Read once to say which moment a note is about: no partner's change needs to reach it live.
export const useEpisodes = () => useQuery({ queryKey: practiceKeys.episodes, queryFn: () => api.get<EpisodeList>('/api/practice/episodes').then((r) => r.episodes) });
export const useJoy = () => useSelected(joyView, (v) => v.entries);
export const useJoyIdeas = () => useSelected(joyIdeasView, (v) => v.ideas);
export const useCapacity = () => useVersionedView(capacityView);
export const useSeasons = () => useSelected(seasonsView, (v) => v.seasons);
export const useStretches = () => useVersionedView(stretchesView);

/**
 * A change to `view` whose answer is not the view, which touches other views too (the summary
 * counts joy and moments): `view` is read again in order, the others once the change is done.
 */
function useChangeTouching<V extends Versioned, Vars, R>(view: VersionedView<V>, send: (vars: Vars) => Promise<R>, others: QueryKey[]) {
  return useChangeThenReread(view, async (vars: Vars) => {
    const answer = await send(vars);
    for (const queryKey of others) void queryClient.invalidateQueries({ queryKey });
    return answer;
  });
}

/** My saved reminder in place on its ritual. Pure. */
export function withReminder(list: RitualList, ritualId: string, reminder: Reminder): RitualList {
  return { ...list, rituals: list.rituals.map((r) => (r.id === ritualId ? { ...r, myReminder: reminder } : r)) };
}

/** A season just proposed (newest first) or stepped (in its place). Pure. */
export function withSeason(list: SeasonList, season: SeasonView): SeasonList {
  const known = list.seasons.some((s) => s.id === season.id);
  return { ...list, seasons: known ? list.seasons.map((s) => (s.id === season.id ? season : s)) : [season, ...list.seasons] };
}

const withoutSeq = <T extends Versioned>({ seq: _seq, ...rest }: T): Omit<T, 'seq'> => rest;

export const useKeepRitual = () => useChangeThenReread(ritualsView, (body: { libraryKey: RitualKey } | { title: string }) => api.post<Created>('/api/rituals', body));
// Its waiting moments go with it.
export const useLetGoRitual = () => useChangeTouching(ritualsView, (id: string) => api.delete<null>(`/api/rituals/${id}`), [practiceKeys.summary]);
export const useSaveReminder = () =>
  useVersionedChange(ritualsView, {
    optimistic: (list) => list,
    send: ({ ritualId, ...body }: { ritualId: string; localTime: string; weekdays: number[]; timeZone: string; enabled: boolean }) => api.put<ReminderSaved>(`/api/rituals/${ritualId}/reminder`, body),
    settle: (list, saved, { ritualId }) => withReminder(list, ritualId, withoutSeq(saved)),
  });
export const useMarkMoment = () => useChangeThenReread(summaryView, ({ ritualId, together }: { ritualId: string; together: boolean }) => api.post<Created>(`/api/rituals/${ritualId}/moments`, { together }));
export const useConfirmMoment = () => useChangeThenReread(summaryView, (momentId: string) => api.post<null>(`/api/moments/${momentId}/confirm`));

export const useSendNote = () => useChangeThenReread(notesView, (body: { text: string; episodeId: string | null }) => api.post<Created>('/api/notes', body));
export const useSendVoiceNote = () =>
  useChangeThenReread(notesView, ({ blob, contentType, durationSeconds, episodeId }: { blob: Blob; contentType: string; durationSeconds: number; episodeId: string | null }) => {
    const query = new URLSearchParams({ durationSeconds: String(durationSeconds) });
    if (episodeId) query.set('episodeId', episodeId);
    return api.upload<VoiceNoteSent>(`/api/notes/voice?${query}`, blob, contentType);
  });
export const useNotePlayed = () => useChangeThenReread(notesView, (id: string) => api.post<null>(`/api/notes/${id}/played`));
export const useAnswerNote = () => useChangeThenReread(notesView, ({ id, tether }: { id: string; tether: string }) => api.post<null>(`/api/notes/${id}/react`, { tether }));
export const useDeleteNote = () => useChangeThenReread(notesView, (id: string) => api.delete<null>(`/api/notes/${id}`));

/** Logs a joy entry, then adds its photo if there is one: the entry is kept even if the photo is refused. */
export const useLogJoy = () =>
  useChangeTouching(
    joyView,
    async ({ text, photo }: { text: string; photo: File | null }) => {
      const { id } = await api.post<Created>('/api/joy', { text });
      if (photo) await api.upload<JoyPhotoAdded>(`/api/joy/${id}/photo`, photo, photo.type, 'PUT');
      return id;
    },
    [practiceKeys.summary],
  );
export const useDeleteJoy = () => useChangeTouching(joyView, (id: string) => api.delete<null>(`/api/joy/${id}`), [practiceKeys.summary]);
export const useAddJoyIdea = () => useChangeThenReread(joyIdeasView, (text: string) => api.post<Created>('/api/joy/ideas', { text }));
export const useDeleteJoyIdea = () => useChangeThenReread(joyIdeasView, (id: string) => api.delete<null>(`/api/joy/ideas/${id}`));

export const useCheckIn = () => useChangeThenReread(capacityView, (body: { level: Level; note: string | null; day: string }) => api.post<null>('/api/capacity', body));

const seasonChange = { optimistic: (list: SeasonList) => list, settle: (list: SeasonList, changed: SeasonChanged) => withSeason(list, withoutSeq(changed)) };
export const useProposeSeason = () => useVersionedChange(seasonsView, { ...seasonChange, send: (body: { carrier: 'me' | 'partner'; what: string; why: string; reviewOn: string }) => api.post<SeasonChanged>('/api/seasons', body) });
export const useSeasonStep = () =>
  useVersionedChange(seasonsView, {
    ...seasonChange,
    send: ({ id, step, reviewOn }: { id: string; step: 'accept' | 'renew' | 'end'; reviewOn?: string }) => api.post<SeasonChanged>(`/api/seasons/${id}/${step}`, step === 'renew' ? { reviewOn } : {}),
  });

export const usePlanStretch = () =>
  useChangeThenReread(stretchesView, (body: { role: Role; title: string; plannedFor: string | null; expectedDiscomfort: number; shared: boolean }) => api.post<Created>('/api/stretches', body));
export const useStretchDone = () => useChangeThenReread(stretchesView, ({ id, ...body }: { id: string; actualDiscomfort: number; reflection: string | null }) => api.post<null>(`/api/stretches/${id}/done`, body));
