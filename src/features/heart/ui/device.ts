import type { HeartSample } from '../heart-rule';
import { parseHeartRateMeasurement } from '../measurement';

/**
 * The device layer: a heart-rate strap or watch over Web Bluetooth, behind a small interface.
 * The types below are the few parts of the Web Bluetooth API we use, so a test can hand in a
 * recorded device (tests feed `characteristicvaluechanged` events with real notification bytes)
 * and the product needs no extra type package.
 */
export interface CharacteristicLike extends EventTarget {
  readonly value?: DataView | null;
  startNotifications(): Promise<unknown>;
}
interface ServerLike {
  getPrimaryService(service: string): Promise<{ getCharacteristic(characteristic: string): Promise<CharacteristicLike> }>;
}
export interface DeviceLike extends EventTarget {
  readonly name?: string;
  readonly gatt?: { connect(): Promise<ServerLike>; disconnect(): void } | undefined;
}
export interface BluetoothLike {
  requestDevice(options: { filters: Array<{ services: string[] }> }): Promise<DeviceLike>;
  getAvailability?(): Promise<boolean>;
}

export interface StrapConnection {
  name: string | null;
  disconnect(): void;
}
export interface StrapEvents {
  onSample(sample: HeartSample): void;
  /** The strap went away by itself (out of range, switched off); not called after disconnect(). */
  onLost(): void;
}

/** Why we could not connect, in words the screen can say kindly. */
export type ConnectProblem = 'cancelled' | 'no_heart_rate' | 'failed';
export class StrapError extends Error {
  constructor(readonly problem: ConnectProblem) {
    super(problem);
  }
}

/** Whether this browser can reach a strap at all: "missing" on iOS Safari and Firefox, "off" with Bluetooth off. */
export type BluetoothSupport = 'available' | 'missing' | 'off';

export async function bluetoothSupport(bluetooth: BluetoothLike | undefined): Promise<BluetoothSupport> {
  if (!bluetooth) return 'missing';
  try {
    return (await bluetooth.getAvailability?.()) === false ? 'off' : 'available';
  } catch {
    return 'available';
  }
}

/** The browser's own Web Bluetooth, where it has one (only in secure contexts). */
export function browserBluetooth(): BluetoothLike | undefined {
  return (globalThis.navigator as (Navigator & { bluetooth?: BluetoothLike }) | undefined)?.bluetooth;
}

/**
 * Asks the person to choose a strap offering the Heart Rate service (0x180D), subscribes to its
 * Heart Rate Measurement (0x2A37) and turns each notification into a sample stamped with `now()`.
 * A notification that does not parse is dropped, never guessed at.
 */
export async function connectStrap(bluetooth: BluetoothLike, events: StrapEvents, now: () => number = Date.now): Promise<StrapConnection> {
  let device: DeviceLike;
  try {
    device = await bluetooth.requestDevice({ filters: [{ services: ['heart_rate'] }] });
  } catch (error) {
    // The chooser closed without a choice: NotFoundError in Chromium.
    throw new StrapError((error as { name?: string }).name === 'NotFoundError' ? 'cancelled' : 'failed');
  }
  if (!device.gatt) throw new StrapError('failed');
  let characteristic: CharacteristicLike;
  try {
    const server = await device.gatt.connect();
    characteristic = await (await server.getPrimaryService('heart_rate')).getCharacteristic('heart_rate_measurement');
  } catch (error) {
    device.gatt.disconnect();
    throw new StrapError((error as { name?: string }).name === 'NotFoundError' ? 'no_heart_rate' : 'failed');
  }
  let open = true;
  const onValue = (event: Event) => {
    const value = (event.target as CharacteristicLike | null)?.value;
    if (!open || !value) return;
    const parsed = parseHeartRateMeasurement(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    if (parsed.ok) events.onSample({ at: now(), bpm: parsed.measurement.bpm, contact: parsed.measurement.contact });
  };
  const onGone = () => {
    if (!open) return;
    open = false;
    events.onLost();
  };
  characteristic.addEventListener('characteristicvaluechanged', onValue);
  device.addEventListener('gattserverdisconnected', onGone);
  try {
    await characteristic.startNotifications();
  } catch {
    device.gatt.disconnect();
    throw new StrapError('failed');
  }
  return {
    name: device.name ?? null,
    disconnect() {
      open = false;
      characteristic.removeEventListener('characteristicvaluechanged', onValue);
      device.removeEventListener('gattserverdisconnected', onGone);
      device.gatt?.disconnect();
    },
  };
}
