import { useEffect } from 'react';
import { countShift, noPresses } from '../quick-exit-keys';
import { readQuickExitPrefs } from './quick-exit-prefs';

const beforeLeaving = new Set<() => void>();

/** Registers what must be let go of in memory when the person leaves quickly (the app's root, its cache). */
export function onQuickExit(forget: () => void): void {
  beforeLeaving.add(forget);
}

/**
 * Leaves at once, in this order: the page goes blank (before anything else can paint), what the
 * app holds in memory is let go of (the screens unmount, which closes the live socket; the cache
 * is emptied), and a neutral site takes this page's place in the history.
 */
export function quickExit(): void {
  document.documentElement.classList.add('quick-exit');
  document.title = '';
  for (const forget of beforeLeaving) {
    try {
      forget();
    } catch {
      // Leaving matters more than tidying up.
    }
  }
  window.location.replace(readQuickExitPrefs().to);
}

/** Shift pressed three times in a row, anywhere in the app, leaves quickly. */
export function useShiftThreeTimesToLeave(): void {
  useEffect(() => {
    let count = noPresses;
    const onKey = (event: KeyboardEvent) => {
      const next = countShift(count, { key: event.key, repeat: event.repeat, at: event.timeStamp });
      count = next.count;
      if (next.exit) quickExit();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
