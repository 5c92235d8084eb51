import { useEffect } from 'react';

/**
 * `/settings#space` opens at that section. The browser does this by itself only for content that
 * is there when the page loads; a screen whose sections arrive with their data is scrolled here,
 * once, when the section appears (or not at all after a few seconds).
 */
export function useScrollToHash(): void {
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const reveal = () => {
      const target = document.getElementById(id);
      if (!target) return false;
      target.scrollIntoView({ block: 'start' });
      target.querySelector<HTMLElement>('h2, h3')?.setAttribute('tabindex', '-1');
      target.querySelector<HTMLElement>('h2, h3')?.focus({ preventScroll: true });
      return true;
    };
    if (reveal()) return;
    const watch = new MutationObserver(() => reveal() && stop());
    const giveUp = setTimeout(() => stop(), 5000);
    const stop = () => (watch.disconnect(), clearTimeout(giveUp));
    watch.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, []);
}
