// The pattern-map comparison (decision 0022): two Hocuspocus providers per couple on one Y
// document, each person typing into their own field, the same edit as the map scenario
// (bench/scenarios.ts), timed from the keystroke batch to the partner's document having it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { closePairs, openPairs, type Peer, type Side, type Target } from './latency';
import type { Child } from './lib';
import { typeAtEnd } from './scenarios';

export const HOCUSPOCUS_LABEL = 'Hocuspocus + PostgreSQL (Y doc as bytea)';

export interface HocuspocusReady {
  url: string;
  couples: Array<{ document: string; a: string; b: string }>;
}

interface ProviderPeer extends Peer {
  doc: Y.Doc;
}

function openProvider(url: string, document: string, token: string): Promise<ProviderPeer> {
  const doc = new Y.Doc();
  const waiters = new Map<string, (at: number) => void>();
  return new Promise((resolve, reject) => {
    // One socket per person, as a browser has (Node needs `ws` for it).
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: document,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => reject(new Error(`hocuspocus refused: ${reason}`)),
      onSynced: () => resolve({ doc, waiters, close: () => (provider.destroy(), socket.destroy()) }),
    });
    provider.attach();
    // One edit per couple is in flight at a time, so any update from the server is the awaited one.
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) return;
      const at = performance.now();
      waiters.get('edit')?.(at);
      waiters.delete('edit');
    });
  });
}

export async function hocuspocusTarget(child: Child<HocuspocusReady>): Promise<Target> {
  const { url, couples } = child.ready;
  const { pairs, connectMs } = await openPairs(couples.length, (i, side) => openProvider(url, couples[i]!.document, couples[i]![side]));
  const field = (i: number, side: Side) => pairs[i]![side].doc.getText(`move-${side}`);
  // Untimed: each person's first words, as the map scenario's prepare types them.
  for (const [i] of pairs.entries()) for (const side of ['a', 'b'] as const) typeAtEnd(field(i, side), 'I text again to check we are OK. ');
  return {
    label: HOCUSPOCUS_LABEL,
    pairs,
    pids: [child.process.pid],
    connectMs,
    http: false,
    expect: () => 'edit',
    act: async (i, from, k) => typeAtEnd(field(i, from), `again ${k} `),
    close: closePairs(pairs),
  };
}
