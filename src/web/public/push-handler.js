/*
 * Offbeat's Web Push handler, imported into the generated service worker
 * (vite.config.ts → workbox.importScripts). Owned by the notifications
 * feature (src/features/notifications/); plain JS because the service worker
 * loads it as-is. The server sends { title, body, url, tag } (see
 * src/core/push/push.ts): never private words, never pressure.
 */
/* eslint-env serviceworker */

function samePath(url) {
  try {
    const target = new URL(url || '/', self.location.origin);
    return target.origin === self.location.origin ? target.pathname + target.search : '/';
  } catch {
    return '/';
  }
}

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = typeof data.title === 'string' && data.title ? data.title : 'Offbeat';
  const options = {
    body: typeof data.body === 'string' ? data.body : '',
    tag: typeof data.tag === 'string' && data.tag ? data.tag : 'offbeat',
    data: { url: samePath(data.url) },
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    // A newer message with the same tag replaces the old one quietly: no second buzz for the same pause.
    renotify: false,
  };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = samePath(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        if (new URL(client.url).origin !== self.location.origin) continue;
        await client.focus();
        if (new URL(client.url).pathname !== path && 'navigate' in client) {
          await client.navigate(path).catch(() => undefined);
        }
        return;
      }
      await self.clients.openWindow(path);
    })(),
  );
});
