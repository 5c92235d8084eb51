import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveNews, VersionedView } from './versioned-view';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const clients: QueryClient[] = [];
function newClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  clients.push(client);
  return client;
}
afterEach(() => clients.splice(0).forEach((c) => c.clear()));

describe('liveNews', () => {
  it('fetches a versioned view again only for news newer than the answer it shows', async () => {
    const client = newClient();
    let loads = 0;
    let seq = 4;
    const view = new VersionedView<{ seq: number; n: number }>(['t1', 'list'], async () => ({ seq, n: ++loads }));
    // A screen showing the view: an observed query is read again when invalidated.
    const screen = new QueryObserver(client, view.options());
    const stop = screen.subscribe(() => undefined);
    await vi.waitFor(() => expect(client.getQueryData(['t1', 'list'])).toBeDefined());
    expect(loads).toBe(1);

    liveNews(client, ['t1'], 4); // already in the answer on screen
    await new Promise((r) => setTimeout(r, 10));
    expect(loads).toBe(1);

    seq = 6;
    liveNews(client, ['t1'], 6);
    await vi.waitFor(() => expect(client.getQueryData<{ seq: number }>(['t1', 'list'])?.seq).toBe(6));
    expect(loads).toBe(2);
    stop();
  });

  it('drops an answer read before news the socket already delivered, and asks again', async () => {
    const client = newClient();
    const answers = [deferred<{ seq: number }>(), deferred<{ seq: number }>()];
    let call = 0;
    const view = new VersionedView<{ seq: number }>(['t2'], () => answers[call++]!.promise);
    const fetched = client.fetchQuery(view.options());
    liveNews(client, ['t2'], 8); // the socket is ahead of the read in flight
    answers[0]!.resolve({ seq: 7 });
    await new Promise((r) => setTimeout(r, 0));
    answers[1]!.resolve({ seq: 8 });
    expect((await fetched).seq).toBe(8);
    expect(call).toBe(2);
  });

  it('reads plain queries under the key again, and leaves other keys alone', async () => {
    const client = newClient();
    client.setQueryData(['t3', 'plain'], 1);
    client.setQueryData(['other'], 1);
    liveNews(client, ['t3'], 1);
    expect(client.getQueryState(['t3', 'plain'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['other'])?.isInvalidated).toBe(false);
  });
});

describe('applyEvent', () => {
  it('lands at once, and an answer read before the event is dropped instead of undoing it', async () => {
    const client = newClient();
    const answers = [deferred<{ seq: number; status: string }>(), deferred<{ seq: number; status: string }>()];
    let call = 0;
    const view = new VersionedView<{ seq: number; status: string }>(['t4'], () => answers[call++]!.promise);
    client.setQueryData(['t4'], { seq: 2, status: 'sent' });
    const fetched = client.fetchQuery({ ...view.options(), staleTime: 0 }); // a read under way
    view.applyEvent(client, 3, (v) => ({ ...v, status: 'delivered' }));
    expect(client.getQueryData<{ status: string }>(['t4'])?.status).toBe('delivered');
    answers[0]!.resolve({ seq: 2, status: 'sent' }); // read before the event
    await new Promise((r) => setTimeout(r, 0));
    answers[1]!.resolve({ seq: 3, status: 'delivered' });
    expect((await fetched).status).toBe('delivered');
    expect(call).toBe(2);
  });
});

describe('VersionedView.land', () => {
  it('lands an answer that came another way, and an older read in flight is dropped under it', async () => {
    const client = newClient();
    const answers = [deferred<{ seq: number; n: number }>(), deferred<{ seq: number; n: number }>()];
    let call = 0;
    const view = new VersionedView<{ seq: number; n: number }>(['t-land'], () => answers[call++]!.promise);
    const fetched = client.fetchQuery(view.options());
    view.land(client, { seq: 5, n: 1 }); // a change's answer, sent through another view
    expect(client.getQueryData(['t-land'])).toEqual({ seq: 5, n: 1 });
    answers[0]!.resolve({ seq: 4, n: 0 }); // read before that change: asked again
    await new Promise((r) => setTimeout(r, 0));
    answers[1]!.resolve({ seq: 5, n: 2 });
    expect((await fetched).n).toBe(2);
    view.land(client, { seq: 3, n: 9 }); // older than the screen: not landed
    expect(client.getQueryData<{ n: number }>(['t-land'])?.n).toBe(2);
  });
});
