import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole app. Live changes (a partner comes
 * online, a new activity item) are announced here in words, instead of making
 * whole regions live and having them read out on every re-render.
 */
let current = '';
let counter = 0;
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // A zero-width change makes a repeated message count as new.
  counter += 1;
  current = counter % 2 ? text : `${text}\u200b`;
  for (const l of listeners) l();
}

export function Announcer() {
  const text = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
