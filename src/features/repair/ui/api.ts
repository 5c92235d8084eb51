import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { keptOnDevice } from '../../../core/web/session';
import { VersionedView, sharedView, useChangeThenReread, useVersionedChange, useVersionedView } from '../../../core/web/versioned-view';
import type { Topic } from '../../../core/topics';
import type { PauseView } from '../../pause/contract';
import type { Contract as MapAgreement } from '../../pattern-map/contract';
import type { HowSeen, JournalEntry, JournalEntryAdded, JournalList, ReflectionList, ReflectionView, RepairView, RuptureList, RuptureView } from '../contract';
import type { Answers, Step } from '../machine';

export { STEPS, REQUIRED_STEPS, type Answers, type Step } from '../machine';
// Every response type comes from the contract (zod stays on the server: `import type` only).
export type { HowSeen, JournalEntry, RepairAction, RepairView, Who } from '../contract';
export type Rupture = RuptureView;
export type Reflection = ReflectionView;

/** Only what this feature shows of the pattern map's agreements (GET /api/contracts). */
export type Contract = Pick<MapAgreement, 'id' | 'text' | 'status'>;

/** Only what the rupture log needs of the latest pause (the pause feature's view, read by the shell). */
export type LatestPause = Pick<PauseView, 'id' | 'status' | 'endedAt'>;

export interface NewRupture extends HowSeen {
  topic: Topic;
  note: string | null;
  pauseId: string | null;
}

export const repairKeys = {
  all: ['repair'] as const,
  ruptures: ['repair', 'ruptures'] as const,
  repairs: ['repair', 'repairs'] as const,
  repair: (id: string) => ['repair', 'repairs', id] as const,
  journal: ['repair', 'journal'] as const,
  reflections: ['repair', 'reflections'] as const,
};

/** The couple's rupture log, kept in seq order: an answer older than what the socket delivered is fetched again. */
export const rupturesView = new VersionedView<RuptureList>(repairKeys.ruptures, () => api.get<RuptureList>('/api/ruptures'));

export function useRuptures() {
  const view = useVersionedView(rupturesView);
  return { ...view, data: view.data?.ruptures };
}

const withRupture = (list: RuptureList, id: string, change: (r: Rupture) => Rupture): RuptureList => ({ ...list, ruptures: list.ruptures.map((r) => (r.id === id ? change(r) : r)) });

/** A change answered with no view (201 with an id, or 204): the log is read again after it. */
const rereadAfter = <R>(sent: Promise<R>) => sent.then((value) => ({ value, seq: null as number | null }));

export function useLogRupture() {
  return useChangeThenReread(rupturesView, (body: NewRupture) => api.post<{ id: string }>('/api/ruptures', body));
}

/** Adds (or changes) my own view of a rupture, beside my partner's; it shows once saved. */
export function useSaveHowSeen(ruptureId: string) {
  return useVersionedChange(rupturesView, {
    optimistic: (list) => list,
    send: (seen: HowSeen) => rereadAfter(api.put<null>(`/api/ruptures/${ruptureId}/view`, seen)),
    settle: (list, _answer, seen) => withRupture(list, ruptureId, (r) => ({ ...r, myView: seen })),
  });
}

export function useSaveNote(ruptureId: string) {
  return useVersionedChange(rupturesView, {
    optimistic: (list) => list,
    send: (text: string) => rereadAfter(api.put<null>(`/api/ruptures/${ruptureId}/note`, { text })),
    settle: (list, _answer, text) => withRupture(list, ruptureId, (r) => ({ ...r, myNote: text.trim() || null })),
  });
}

export function useSayRepaired(ruptureId: string) {
  return useChangeThenReread(rupturesView, (_: void) => api.post<null>(`/api/ruptures/${ruptureId}/repaired`));
}

const repairViews = new Map<string, VersionedView<RepairView>>();

/** One repair conversation, kept in seq order (one view per repair, made once). */
export function repairViewOf(repairId: string): VersionedView<RepairView> {
  let view = repairViews.get(repairId);
  if (!view) {
    view = new VersionedView<RepairView>(repairKeys.repair(repairId), () => api.get<RepairView>(`/api/repairs/${repairId}`));
    repairViews.set(repairId, view);
  }
  return view;
}

export function useRepair(repairId: string | null) {
  return useVersionedView(repairId === null ? null : repairViewOf(repairId));
}

/** One rupture from the log and its repair (once one has started); `pending` while either is still on its way. */
export function useRuptureWithRepair(ruptureId: string) {
  const ruptures = useRuptures();
  const rupture = ruptures.data?.find((r) => r.id === ruptureId) ?? null;
  const repair = useRepair(rupture?.repairId ?? null);
  return { ruptures, rupture, repair, pending: ruptures.isPending || Boolean(rupture?.repairId && repair.isPending) };
}

/**
 * "Am I calm enough?" opens (or joins) the conversation: the log learns its repair, and the
 * answer — the conversation itself, perhaps new — lands in that conversation's view.
 */
export function useCalmCheck(ruptureId: string) {
  const client = useQueryClient();
  return useVersionedChange(rupturesView, {
    optimistic: (list) => list,
    send: async (calmEnough: boolean) => {
      const view = await api.post<RepairView>(`/api/ruptures/${ruptureId}/repair`, { calmEnough });
      repairViewOf(view.id).land(client, view);
      return view;
    },
    settle: (list, view) => withRupture(list, ruptureId, (r) => ({ ...r, repairId: view.id })),
  });
}

/** Saves a draft outside any screen's lifetime (the screen is closing); its answer lands in seq order. */
export function saveDraftNow(client: QueryClient, repairId: string, answers: Answers): Promise<void> {
  return api.post<RepairView>(`/api/repairs/${repairId}/draft`, { answers }).then((view) => repairViewOf(repairId).land(client, view));
}

/** A repair command: every one answers with the conversation after it, as of its own seq. */
function useRepairCommand<Vars>(repairId: string, send: (vars: Vars) => Promise<RepairView>) {
  return useVersionedChange(repairViewOf(repairId), { optimistic: (view) => view, send, settle: (_before, view) => view });
}

export function useSaveDraft(repairId: string) {
  return useRepairCommand(repairId, (answers: Answers) => api.post<RepairView>(`/api/repairs/${repairId}/draft`, { answers }));
}

export function useSubmitAnswers(repairId: string) {
  return useRepairCommand(repairId, (answers: Answers) => api.post<RepairView>(`/api/repairs/${repairId}/submit`, { answers }));
}

export function useHearThis(repairId: string) {
  return useRepairCommand(repairId, (step: Step) => api.post<RepairView>(`/api/repairs/${repairId}/acknowledge`, { step }));
}

export function useActionStep(repairId: string) {
  return useChangeThenReread(repairViewOf(repairId), ({ actionId, step }: { actionId: string; step: 'done' | 'acknowledge' }) => api.post<null>(`/api/actions/${actionId}/${step}`));
}

/** My journal and my partner's shared entries, kept in seq order (a partner's share arrives live); the last answer stays on the device for offline. */
export const journalView = new VersionedView<JournalList>(repairKeys.journal, keptOnDevice('journal', () => api.get<JournalList>('/api/journal')));

export function useJournal() {
  const view = useVersionedView(journalView);
  return { ...view, data: view.data?.entries };
}

export const entryOf = ({ seq: _seq, ...entry }: JournalEntryAdded): JournalEntry => entry;

/** The share switch moves the moment it is tapped; a failure puts it back. */
export function useUpdateJournalEntry() {
  return useVersionedChange(journalView, {
    optimistic: (list, { id, ...change }: { id: string; text?: string; shared?: boolean }) => ({
      ...list,
      entries: list.entries.map((e) => (e.id === id ? { ...e, ...change, text: change.text?.trim() ?? e.text } : e)),
    }),
    send: ({ id, ...change }) => rereadAfter(api.patch<null>(`/api/journal/${id}`, change)),
    settle: (list, _answer, { id, ...change }) => ({ ...list, entries: list.entries.map((e) => (e.id === id ? { ...e, ...change, text: change.text?.trim() ?? e.text } : e)) }),
  });
}

export function useDeleteJournalEntry() {
  return useVersionedChange(journalView, {
    optimistic: (list) => list,
    send: (id: string) => rereadAfter(api.delete<null>(`/api/journal/${id}`)),
    settle: (list, _answer, id) => ({ ...list, entries: list.entries.filter((e) => e.id !== id) }),
  });
}

/** My role reflections and my partner's shared ones, kept in seq order. */
export const reflectionsView = new VersionedView<ReflectionList>(repairKeys.reflections, () => api.get<ReflectionList>('/api/reflections'));

export function useReflections() {
  const view = useVersionedView(reflectionsView);
  return { ...view, data: view.data?.reflections };
}

export function useAddReflection() {
  return useChangeThenReread(reflectionsView, (body: { lettingGo: string; instead: string; contractId: string | null; shared: boolean }) => api.post<{ id: string }>('/api/reflections', body));
}

export function useDeleteReflection() {
  return useVersionedChange(reflectionsView, {
    optimistic: (list) => list,
    send: (id: string) => rereadAfter(api.delete<null>(`/api/reflections/${id}`)),
    settle: (list, _answer, id) => ({ ...list, reflections: list.reflections.filter((r) => r.id !== id) }),
  });
}

/** The couple's implicit contracts, from the pattern map's own cache entry. */
export function useContracts() {
  return useQuery({ ...sharedView('/api/contracts').options(), select: (list): Contract[] => list.contracts });
}
