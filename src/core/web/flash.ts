import { useSyncExternalStore } from 'react';

/**
 * One short message carried across a screen change ("You have been logged
 * out on this device"). Shown once by the next screen that asks for it.
 */
let message: string | null = null;
const listeners = new Set<() => void>();

export function showFlash(text: string): void {
  message = text;
  for (const l of listeners) l();
}

export function clearFlash(): void {
  if (message === null) return;
  message = null;
  for (const l of listeners) l();
}

export function useFlash(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => message,
  );
}
