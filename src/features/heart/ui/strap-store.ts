import { useSyncExternalStore } from 'react';
import { BASELINE, calmBaseline, readHeart, suggestionAfter, type BaselineResult, type HeartSample, type Suggestion } from '../heart-rule';
import { browserBluetooth, connectStrap, StrapError, type BluetoothLike, type ConnectProblem, type StrapConnection } from './device';

/**
 * The one strap connection of this tab, shared by every screen that shows the heart rate (home,
 * the heart screen, the pause), so moving between them keeps it. Samples live in memory only;
 * the calm baseline, a single number, stays on this device (never sent) until the person forgets it.
 */
export type StrapStatus = 'idle' | 'connecting' | 'connected' | 'lost';

export interface StrapState {
  status: StrapStatus;
  deviceName: string | null;
  problem: ConnectProblem | null;
  samples: readonly HeartSample[];
  baselineBpm: number | null;
  /** When a baseline being taken began, or null. */
  takingBaselineFrom: number | null;
  lastBaseline: BaselineResult | null;
  /** Until when the flooding suggestion rests after "Not now". */
  quietUntil: number;
  /** The flooding suggestion, once the rule fired (heart-rule.ts, suggestionAfter). */
  suggestion: Suggestion | null;
}

const BASELINE_KEY = 'offbeat.heart.baseline';
/** Four hours of samples at one a second: the longest pause, and then some. */
const KEEP_SAMPLES = 4 * 3600;
/** "Not now" rests the suggestion for as long as the break it suggests. */
const QUIET_MS = 20 * 60_000;

function savedBaseline(): number | null {
  try {
    const value = Number(localStorage.getItem(BASELINE_KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

let state: StrapState = { status: 'idle', deviceName: null, problem: null, samples: [], baselineBpm: savedBaseline(), takingBaselineFrom: null, lastBaseline: null, quietUntil: 0, suggestion: null };
let connection: StrapConnection | null = null;
let baselineTimer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<StrapState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const strap = {
  get: (): StrapState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  async connect(bluetooth: BluetoothLike | undefined = browserBluetooth()): Promise<void> {
    if (!bluetooth || state.status === 'connecting') return;
    connection?.disconnect();
    set({ status: 'connecting', problem: null });
    try {
      connection = await connectStrap(bluetooth, {
        onSample: (sample) => {
          const samples = [...state.samples.slice(-KEEP_SAMPLES + 1), sample];
          set({ samples, suggestion: suggestionAfter(state.suggestion, readHeart(samples, sample.at, state.baselineBpm)) });
        },
        onLost: () => {
          connection = null;
          set({ status: 'lost' });
        },
      });
      set({ status: 'connected', deviceName: connection.name });
    } catch (error) {
      set({ status: 'idle', problem: error instanceof StrapError ? error.problem : 'failed' });
    }
  },

  disconnect(): void {
    connection?.disconnect();
    connection = null;
    if (baselineTimer) clearTimeout(baselineTimer);
    set({ status: 'idle', deviceName: null, samples: [], takingBaselineFrom: null, suggestion: null });
  },

  /** Starts a minute of calm; the baseline is read from its samples when it ends. */
  takeBaseline(now = Date.now()): void {
    if (baselineTimer) clearTimeout(baselineTimer);
    set({ takingBaselineFrom: now, lastBaseline: null });
    baselineTimer = setTimeout(() => {
      const result = calmBaseline(state.samples, now, Date.now());
      if (result.ok) {
        try {
          localStorage.setItem(BASELINE_KEY, String(result.bpm));
        } catch {
          // A private window may refuse storage: the baseline still holds for this visit.
        }
      }
      set({ takingBaselineFrom: null, lastBaseline: result, ...(result.ok ? { baselineBpm: result.bpm } : {}) });
    }, BASELINE.takesMs);
  },

  forgetBaseline(): void {
    try {
      localStorage.removeItem(BASELINE_KEY);
    } catch {
      // Nothing was stored.
    }
    set({ baselineBpm: null, lastBaseline: null });
  },

  notNow(now = Date.now()): void {
    set({ quietUntil: now + QUIET_MS });
  },
};

export function useStrap(): StrapState {
  return useSyncExternalStore(strap.subscribe, strap.get, strap.get);
}
