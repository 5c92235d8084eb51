import { useEffect, useRef, type RefObject } from 'react';

/** How long a card must be in view on a visible page before it counts as looked at. */
export const LOOK_MS = 1200;

/**
 * Calls `onLooked` once when the element has been at least half on screen,
 * on a visible page, for `LOOK_MS` — drawn is not seen: a card scrolled away
 * or on a locked phone has not been looked at. `key` restarts it (a new signal).
 */
export function useLookedAt(ref: RefObject<Element | null>, key: string | null, onLooked: () => void): void {
  const callback = useRef(onLooked);
  callback.current = onLooked;
  useEffect(() => {
    const el = ref.current;
    if (!key || !el || typeof IntersectionObserver === 'undefined') return;
    let inView = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const update = () => {
      clearTimeout(timer);
      if (done || !inView || document.visibilityState !== 'visible') return;
      timer = setTimeout(() => {
        done = true;
        callback.current();
      }, LOOK_MS);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        inView = entries.some((e) => e.isIntersecting && e.intersectionRatio >= 0.5);
        update();
      },
      { threshold: [0, 0.5, 1] },
    );
    observer.observe(el);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      document.removeEventListener('visibilitychange', update);
    };
  }, [ref, key]);
}
