/**
 * Registers the service worker built by vite-plugin-pwa (precached app shell,
 * so Offbeat opens offline and says what needs a connection). A module rather
 * than the plugin's inline snippet, because the CSP forbids inline script.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a service worker the app still works online; nothing to tell the person.
    });
  });
}
