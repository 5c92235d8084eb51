import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import { safeEqual } from './tokens';

/**
 * A browser that has logged in to an account keeps a device cookie: a random id
 * signed with a server key for that account. It proves "this browser logged in
 * here before", which is what lets the owner through while strangers hammer the
 * account (see LoginThrottle). It signs nobody in: the password is still needed.
 */
export const DEVICE_COOKIE = 'offbeat_device';
export const DEVICE_COOKIE_DAYS = 365;

const keysByDb = new WeakMap<object, Promise<Buffer>>();

/** The signing key: made once, kept in the database, shared by every process. */
export function deviceKey(db: Database): Promise<Buffer> {
  let key = keysByDb.get(db);
  if (!key) {
    key = (async () => {
      const made = randomBytes(32).toString('base64url');
      await db.query(`insert into app_settings (key, value) values ('device_cookie_key', $1) on conflict (key) do nothing`, [JSON.stringify(made)]);
      const [row] = await db.query<{ value: string }>(`select value from app_settings where key = 'device_cookie_key'`);
      return Buffer.from(row!.value, 'base64url');
    })();
    key.catch(() => keysByDb.delete(db));
    keysByDb.set(db, key);
  }
  return key;
}

function signature(key: Buffer, userId: string, id: string): string {
  return createHmac('sha256', key).update(`offbeat device\0${userId}\0${id}`).digest('base64url');
}

export function newDeviceCookie(key: Buffer, userId: string): string {
  const id = randomBytes(16).toString('base64url');
  return `${id}.${signature(key, userId, id)}`;
}

/** The device id when `value` is this account's device cookie, else null. */
export function verifiedDevice(key: Buffer, userId: string, value: string | undefined): string | null {
  const match = value ? /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match) return null;
  const [, id, mac] = match as unknown as [string, string, string];
  return safeEqual(mac, signature(key, userId, id)) ? id : null;
}
