import { partialMatchKey, queryOptions, skipToken, useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { SharedReads } from '../contracts';
import { api } from './api';
import { ViewClock } from './view-clock';

/** Every couple-scoped view answer says which couple event seq it reflects. */
export interface Versioned {
  seq: number;
}

/** A change's answer: the seq it committed at, or null when it carries none (the view is fetched again). */
interface Answer {
  seq: number | null;
}

interface PendingChange<V> {
  apply(view: V): V;
  settled: boolean;
}

const everyView = new Set<VersionedView<Versioned>>();

/**
 * One server view in the query cache, kept in order by its seq (see ViewClock):
 * a fetched answer older than what the socket delivered, or begun before one of
 * this person's own changes settled, is fetched again instead of landing.
 *
 * This person's changes in flight lie on top of the cached view until their own
 * answer is in the cache, so nothing fetched meanwhile can undo them. They show
 * in the same task as the tap: the query cache tells React only a timer later,
 * and a controlled switch would snap back until then (the cause of the
 * said-and-meant switch that "did not change its state").
 */
export class VersionedView<V extends Versioned> {
  private clock = new ViewClock();
  private pending: readonly PendingChange<V>[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly queryKey: QueryKey,
    private readonly load: () => Promise<V>,
    /** How long an answer counts as fresh (the query client's default when not given). */
    private readonly freshFor: { staleTime?: number } = {},
  ) {
    everyView.add(this as unknown as VersionedView<Versioned>);
  }

  /** The query options of this view, for `useQuery` or a prefetch. */
  options() {
    return queryOptions({ ...this.freshFor, queryKey: this.queryKey, queryFn: ({ signal }) => this.fetch(signal) });
  }

  private async fetch(signal: AbortSignal): Promise<V> {
    for (;;) {
      const ticket = this.clock.fetchStarted();
      const answer = await this.load();
      if (this.clock.answered(ticket, answer.seq) === 'apply') return answer;
      // Dropped as older than the screen; asked again unless the query was given up meanwhile.
      signal.throwIfAborted();
    }
  }

  /** The socket delivered an event touching this view: news makes the view fetch again. */
  eventSeen(client: QueryClient, seq: number): void {
    if (this.clock.eventSeen(seq)) void client.invalidateQueries({ queryKey: this.queryKey });
  }

  /**
   * The socket delivered an event the screen can apply itself (a status moving forward): it lands
   * in the cached view at once, and its seq counts as seen, so an answer read before it is dropped.
   */
  applyEvent(client: QueryClient, seq: number, apply: (view: V) => V): void {
    this.clock.eventSeen(seq);
    client.setQueryData<V>(this.queryKey, (view) => view && apply(view));
  }

  /**
   * An answer that reached this view another way (a change sent through another view, or outside
   * any screen): it lands like a fetched one, and only if it is not older than the screen.
   */
  land(client: QueryClient, answer: V): void {
    if (this.clock.answered(this.clock.fetchStarted(), answer.seq) === 'apply') client.setQueryData(this.queryKey, answer);
  }

  /** Lays a change on top of the view at once (synchronously, for a switch that was just tapped). */
  begin(apply: (view: V) => V): PendingChange<V> {
    const change = { apply, settled: false };
    this.clock.changeStarted();
    this.setPending([...this.pending, change]);
    return change;
  }

  /**
   * Sends a begun change; its answer lands in the cache underneath. The change is lifted off only
   * when no other is in flight (they lie on top in the order they were made), and, when the
   * clock asks for it, only once the view has been fetched again.
   */
  async finish<R extends Answer>(client: QueryClient, change: PendingChange<V>, send: () => Promise<R>, settle: (view: V, answer: R) => V): Promise<R> {
    let answer: R | null = null;
    try {
      answer = await send();
      const landed = answer;
      client.setQueryData<V>(this.queryKey, (view) => view && settle(view, landed));
      return answer;
    } finally {
      change.settled = true;
      const verdict = this.clock.changeSettled(answer?.seq ?? null);
      if (verdict !== 'wait') {
        if (verdict === 'refetch') await client.invalidateQueries({ queryKey: this.queryKey }).catch(() => undefined);
        this.setPending(this.pending.filter((c) => !c.settled));
      }
    }
  }

  /** The cached view with this person's changes in flight on top. */
  withPending(view: V | undefined): V | undefined {
    return view && this.pending.reduce((v, change) => change.apply(v), view);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly pendingSnapshot = (): readonly PendingChange<V>[] => this.pending;

  /** A new space or a new person: seqs count from another couple's start. */
  forget(): void {
    this.clock = new ViewClock();
  }

  private setPending(next: readonly PendingChange<V>[]): void {
    this.pending = next;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A live event at `seq` touched what is cached under `queryKey` (a view's key, or a prefix of
 * several). Versioned views under it hear the seq, so one already showing it fetches nothing;
 * any other query under it is simply read again. The one way live-sync files report news.
 */
export function liveNews(client: QueryClient, queryKey: QueryKey, seq: number): void {
  const views = [...everyView].filter((view) => partialMatchKey(view.queryKey, queryKey));
  for (const view of views) view.eventSeen(client, seq);
  const versioned = new Set(views.map((view) => JSON.stringify(view.queryKey)));
  void client.invalidateQueries({ queryKey, predicate: (query) => !versioned.has(JSON.stringify(query.queryKey)) });
}

type SharedPath = keyof SharedReads & string;
type VersionedPath = { [P in SharedPath]: SharedReads[P] extends Versioned ? P : never }[SharedPath];

/** Where a shared read is cached: under its path, whoever reads it. */
export function sharedKey(path: SharedPath): readonly [SharedPath] {
  return [path];
}

const sharedViews = new Map<SharedPath, VersionedView<Versioned>>();

/**
 * The one versioned view of a GET a contract shares (core/contracts.ts SharedReads): the owner's
 * screens and other features' ones share its cache entry, its fetch and its clock.
 */
export function sharedView<P extends VersionedPath>(path: P): VersionedView<SharedReads[P] & Versioned> {
  let view = sharedViews.get(path);
  if (!view) {
    view = new VersionedView<Versioned>(sharedKey(path), () => api.get<Versioned>(path));
    sharedViews.set(path, view);
  }
  return view as unknown as VersionedView<SharedReads[P] & Versioned>;
}

/** The query options of a shared GET that carries no seq (the couple's answer). */
export function sharedQuery<P extends SharedPath>(path: P) {
  return queryOptions({ queryKey: sharedKey(path), queryFn: () => api.get<SharedReads[P]>(path) });
}

/** Called when the signed-in person or their space changes (core/web/live). */
export function forgetViewClocks(): void {
  for (const view of everyView) view.forget();
}

const NO_VIEW = ['no-view'] as const;
const NOTHING_PENDING: readonly never[] = [];
const noSubscription = () => () => undefined;

/** Reads a view through the one cache, with this person's changes in flight on top; null: no view yet (pending, nothing fetched). */
export function useVersionedView<V extends Versioned>(view: VersionedView<V> | null) {
  const query = useQuery(view ? view.options() : queryOptions<V>({ queryKey: NO_VIEW, queryFn: skipToken }));
  const pending = useSyncExternalStore(view?.subscribe ?? noSubscription, view?.pendingSnapshot ?? (() => NOTHING_PENDING));
  return { data: view && pending.length > 0 ? view.withPending(query.data) : query.data, isPending: query.isPending, isError: query.isError, refetch: query.refetch };
}

interface ChangeSpec<V, Vars, R> {
  /** How the view looks the moment the person acts. */
  optimistic(view: V, vars: Vars): V;
  send(vars: Vars): Promise<R>;
  /** How the view looks with the server's answer. */
  settle(view: V, answer: R, vars: Vars): V;
}

/** A change to a view that shows at once and is never undone by an answer older than its own. */
export function useVersionedChange<V extends Versioned, Vars, R extends Answer>(view: VersionedView<V>, spec: ChangeSpec<V, Vars, R>) {
  const client = useQueryClient();
  const mutation = useMutation({
    // The caller's onSuccess runs here, not as a mutate() callback: the answer lands in the view
    // first, and a button the new view no longer shows (a signal card a pause replaces) unmounts
    // before React Query would call it — the step after the tap (go to the pause) must still happen.
    mutationFn: async ({ vars, change, onSuccess }: { vars: Vars; change: PendingChange<V>; onSuccess?: (answer: R) => void }) => {
      const answer = await view.finish(client, change, () => spec.send(vars), (v, landed) => spec.settle(v, landed, vars));
      onSuccess?.(answer);
      return answer;
    },
  });
  return {
    mutate(vars: Vars, options?: { onSuccess?: (answer: R) => void; onError?: (error: Error) => void }) {
      const change = view.begin((v) => spec.optimistic(v, vars));
      mutation.mutate({ vars, change, onSuccess: options?.onSuccess }, { onError: options?.onError });
    },
    /** The same, for a caller that waits for the answer (a dialog that closes once it is done). */
    mutateAsync(vars: Vars): Promise<R> {
      const change = view.begin((v) => spec.optimistic(v, vars));
      return mutation.mutateAsync({ vars, change });
    },
    isPending: mutation.isPending,
    isSuccess: mutation.isSuccess,
    /** What the latest change was asked with (to tell which of a view's buttons is busy). */
    variables: mutation.variables?.vars,
    error: mutation.error,
  };
}

/**
 * A change whose answer is not the view itself (a new id, a 204): the view shows it once it is
 * read again, in order — a read begun before the change settled never lands on top of it.
 */
export function useChangeThenReread<V extends Versioned, Vars, R>(view: VersionedView<V>, send: (vars: Vars) => Promise<R>) {
  return useVersionedChange(view, {
    optimistic: (current) => current,
    send: async (vars: Vars) => ({ value: await send(vars), seq: null }),
    settle: (current) => current,
  });
}
