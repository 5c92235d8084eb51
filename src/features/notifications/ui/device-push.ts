import { fetchPushKey, forgetSubscription, saveSubscription } from './api';
import { base64UrlToBytes, subscriptionBody } from './push-helpers';

export type DevicePush = 'unsupported' | 'denied' | 'off' | 'on';

export class PushSetupError extends Error {
  constructor(readonly reason: 'unsupported' | 'denied' | 'failed') {
    super(reason);
  }
}

function supported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The app's service worker registration, without waiting forever when there is none (e.g. in development). */
async function registration(timeoutMs = 8000): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration('/');
  if (existing?.active) return existing;
  const ready = navigator.serviceWorker.ready;
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new PushSetupError('failed')), timeoutMs));
  return Promise.race([ready, timeout]);
}

/** Whether this device will receive Offbeat's notifications. */
export async function devicePushState(): Promise<DevicePush> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = await reg?.pushManager.getSubscription();
  return sub && Notification.permission === 'granted' ? 'on' : 'off';
}

/**
 * Asks the browser (only after the person tapped "turn on"), subscribes with
 * the server's VAPID key, and gives the subscription to the server.
 */
export async function enableDevicePush(): Promise<void> {
  if (!supported()) throw new PushSetupError('unsupported');
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushSetupError(permission === 'denied' ? 'denied' : 'failed');
  const reg = await registration();
  const key = await fetchPushKey();
  let sub = await reg.pushManager.getSubscription();
  if (!sub) {
    try {
      sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(key) });
    } catch {
      throw new PushSetupError('failed');
    }
  }
  const body = subscriptionBody(sub.toJSON());
  if (!body) throw new PushSetupError('failed');
  await saveSubscription(body);
}

export async function disableDevicePush(): Promise<void> {
  if (!supported()) return;
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = await reg?.pushManager.getSubscription();
  if (!sub) return;
  await forgetSubscription(sub.endpoint);
  await sub.unsubscribe();
}

/**
 * A browser that already has a subscription gives it to the server again when
 * someone signs in on it: the server ties a subscription to the session that
 * saved it and drops it when that session ends, so a new sign-in must claim it.
 */
export async function resyncDevicePush(): Promise<void> {
  if (!supported() || Notification.permission !== 'granted') return;
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = await reg?.pushManager.getSubscription();
  const body = sub ? subscriptionBody(sub.toJSON()) : null;
  if (body) await saveSubscription(body);
}
