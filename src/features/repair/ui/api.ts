import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../core/web/api';
import { sharedView } from '../../../core/web/versioned-view';
import type { Topic } from '../../../core/topics';
import type { Answers, Step } from '../machine';

export { STEPS, REQUIRED_STEPS, type Answers, type Step } from '../machine';

/**
 * Response shapes of /api/ruptures*, /api/repairs*, /api/actions*, /api/journal*,
 * /api/reflections* (src/features/repair/routes.ts, personal-routes.ts), and of the
 * two neighbours this feature reads over HTTP: /api/contracts (pattern map) and
 * /api/pause (the pause). Written by hand: zod stays out of the client.
 */
/** Who reached and who withdrew, from the reader's side, for one rupture only. */
export type Who = 'me' | 'partner' | 'unsure';

/** One partner's view of a rupture, in the reader's words ('me' is whoever reads it). */
export interface HowSeen {
  intensity: number;
  reached: Who;
  withdrew: Who;
}

export interface Rupture {
  id: string;
  topic: Topic;
  /** How I saw it; null until I add my view. */
  myView: HowSeen | null;
  /** How my partner saw it: theirs, shown as theirs. */
  partnerView: HowSeen | null;
  loggedByMe: boolean;
  /** Mine only; my partner's note never reaches this device. */
  myNote: string | null;
  createdAt: string;
  repairedAt: string | null;
  iSayRepaired: boolean;
  partnerSaysRepaired: boolean;
  repairId: string | null;
  fromPause: boolean;
  pauseId: string | null;
}

export interface RepairAction {
  id: string;
  mine: boolean;
  text: string;
  dueOn: string | null;
  doneAt: string | null;
  acknowledgedAt: string | null;
}

export interface RepairView {
  id: string;
  ruptureId: string;
  status: 'writing' | 'revealed';
  iAmCalm: boolean | null;
  partnerIsCalm: boolean | null;
  mine: Answers;
  mySubmitted: boolean;
  partnerSubmitted: boolean;
  /** Null until both have shared: the reveal-together rule, kept by the server. */
  partners: Answers | null;
  revealedAt: string | null;
  iAcknowledged: Step[];
  partnerAcknowledged: Step[];
  actions: RepairAction[];
}

export interface JournalEntry {
  id: string;
  text: string;
  mine: boolean;
  shared: boolean;
  createdAt: string;
}

export interface Reflection {
  id: string;
  lettingGo: string;
  instead: string;
  contractId: string | null;
  mine: boolean;
  shared: boolean;
  createdAt: string;
}

export interface Contract {
  id: string;
  text: string;
  status: 'open' | 'kept' | 'renegotiating' | 'retired';
}

/** Only what the rupture log needs of the latest pause. */
export interface LatestPause {
  id: string;
  status: 'requested' | 'active' | 'returning' | 'reconnected' | 'cancelled' | 'expired';
  endedAt: string | null;
}

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
  pause: ['repair', 'latest-pause'] as const,
};

export function useRuptures() {
  return useQuery({ queryKey: repairKeys.ruptures, queryFn: () => api.get<{ ruptures: Rupture[] }>('/api/ruptures').then((r) => r.ruptures) });
}

export function useLatestPause() {
  return useQuery({ queryKey: repairKeys.pause, queryFn: () => api.get<{ pause: LatestPause | null }>('/api/pause').then((r) => r.pause) });
}

export function useLogRupture() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRupture) => api.post<{ id: string }>('/api/ruptures', body),
    onSuccess: () => client.invalidateQueries({ queryKey: repairKeys.ruptures }),
  });
}

/** Adds (or changes) my own view of a rupture, beside my partner's. */
export function useSaveHowSeen(ruptureId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (seen: HowSeen) => api.put<null>(`/api/ruptures/${ruptureId}/view`, seen),
    onSuccess: (_data, seen) => {
      client.setQueryData<Rupture[]>(repairKeys.ruptures, (list) => list?.map((r) => (r.id === ruptureId ? { ...r, myView: seen } : r)));
    },
  });
}

export function useSaveNote(ruptureId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.put<null>(`/api/ruptures/${ruptureId}/note`, { text }),
    onSuccess: (_data, text) => {
      client.setQueryData<Rupture[]>(repairKeys.ruptures, (list) => list?.map((r) => (r.id === ruptureId ? { ...r, myNote: text.trim() || null } : r)));
    },
  });
}

export function useSayRepaired(ruptureId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>(`/api/ruptures/${ruptureId}/repaired`),
    onSuccess: () => client.invalidateQueries({ queryKey: repairKeys.ruptures }),
  });
}

export function useRepair(repairId: string | null) {
  return useQuery({
    queryKey: repairKeys.repair(repairId ?? 'none'),
    queryFn: () => api.get<RepairView>(`/api/repairs/${repairId}`),
    enabled: repairId !== null,
  });
}

/** One rupture from the log and its repair (once one has started); `pending` while either is still on its way. */
export function useRuptureWithRepair(ruptureId: string) {
  const ruptures = useRuptures();
  const rupture = ruptures.data?.find((r) => r.id === ruptureId) ?? null;
  const repair = useRepair(rupture?.repairId ?? null);
  return { ruptures, rupture, repair, pending: ruptures.isPending || Boolean(rupture?.repairId && repair.isPending) };
}

/** Puts a fresh view of the conversation (every repair route answers with one) into the cache. */
function useStoreView() {
  const client = useQueryClient();
  return (view: RepairView) => {
    client.setQueryData(repairKeys.repair(view.id), view);
  };
}

export function useCalmCheck(ruptureId: string) {
  const client = useQueryClient();
  const store = useStoreView();
  return useMutation({
    mutationFn: (calmEnough: boolean) => api.post<RepairView>(`/api/ruptures/${ruptureId}/repair`, { calmEnough }),
    onSuccess: (view) => {
      store(view);
      client.setQueryData<Rupture[]>(repairKeys.ruptures, (list) => list?.map((r) => (r.id === ruptureId ? { ...r, repairId: view.id } : r)));
    },
  });
}

/** Saves a draft outside any screen's lifetime (the screen is closing); the next visit reads it back. */
export function saveDraftNow(repairId: string, answers: Answers): Promise<RepairView> {
  return api.post<RepairView>(`/api/repairs/${repairId}/draft`, { answers });
}

export function useSaveDraft(repairId: string) {
  const store = useStoreView();
  return useMutation({
    mutationFn: (answers: Answers) => api.post<RepairView>(`/api/repairs/${repairId}/draft`, { answers }),
    onSuccess: store,
  });
}

export function useSubmitAnswers(repairId: string) {
  const store = useStoreView();
  return useMutation({
    mutationFn: (answers: Answers) => api.post<RepairView>(`/api/repairs/${repairId}/submit`, { answers }),
    onSuccess: store,
  });
}

export function useHearThis(repairId: string) {
  const store = useStoreView();
  return useMutation({
    mutationFn: (step: Step) => api.post<RepairView>(`/api/repairs/${repairId}/acknowledge`, { step }),
    onSuccess: store,
  });
}

export function useActionStep(repairId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, step }: { actionId: string; step: 'done' | 'acknowledge' }) => api.post<null>(`/api/actions/${actionId}/${step}`),
    onSuccess: () => client.invalidateQueries({ queryKey: repairKeys.repair(repairId) }),
  });
}

export function useJournal() {
  return useQuery({ queryKey: repairKeys.journal, queryFn: () => api.get<{ entries: JournalEntry[] }>('/api/journal').then((r) => r.entries) });
}

export function useAddJournalEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.post<JournalEntry>('/api/journal', { text }),
    onSuccess: (entry) => client.setQueryData<JournalEntry[]>(repairKeys.journal, (list) => [entry, ...(list ?? [])]),
  });
}

export function useUpdateJournalEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: string; text?: string; shared?: boolean }) => api.patch<null>(`/api/journal/${id}`, change),
    onSuccess: (_data, { id, ...change }) =>
      client.setQueryData<JournalEntry[]>(repairKeys.journal, (list) => list?.map((e) => (e.id === id ? { ...e, ...change, text: change.text?.trim() ?? e.text } : e))),
  });
}

export function useDeleteJournalEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/journal/${id}`),
    onSuccess: (_data, id) => client.setQueryData<JournalEntry[]>(repairKeys.journal, (list) => list?.filter((e) => e.id !== id)),
  });
}

export function useReflections() {
  return useQuery({ queryKey: repairKeys.reflections, queryFn: () => api.get<{ reflections: Reflection[] }>('/api/reflections').then((r) => r.reflections) });
}

export function useAddReflection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { lettingGo: string; instead: string; contractId: string | null; shared: boolean }) => api.post<{ id: string }>('/api/reflections', body),
    onSuccess: () => client.invalidateQueries({ queryKey: repairKeys.reflections }),
  });
}

export function useDeleteReflection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/reflections/${id}`),
    onSuccess: (_data, id) => client.setQueryData<Reflection[]>(repairKeys.reflections, (list) => list?.filter((r) => r.id !== id)),
  });
}

/** The couple's implicit contracts, from the pattern map's own cache entry. */
export function useContracts() {
  return useQuery({ ...sharedView('/api/contracts').options(), select: (list): Contract[] => list.contracts });
}
