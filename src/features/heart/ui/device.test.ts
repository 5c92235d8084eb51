import { describe, expect, it } from 'vitest';
import { encodeHeartRateMeasurement } from '../measurement';
import type { HeartSample } from '../heart-rule';
import { bluetoothSupport, connectStrap, StrapError, type BluetoothLike, type CharacteristicLike, type DeviceLike } from './device';

/** A recorded strap: its characteristic replays notification bytes as the browser would deliver them. */
class RecordedCharacteristic extends EventTarget implements CharacteristicLike {
  value: DataView | null = null;
  subscribed = false;
  async startNotifications() {
    this.subscribed = true;
  }
  notify(bytes: Uint8Array) {
    this.value = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.dispatchEvent(new Event('characteristicvaluechanged'));
  }
}

function recordedStrap(options: { service?: boolean; chooser?: 'pick' | 'cancel' } = {}) {
  const characteristic = new RecordedCharacteristic();
  let connected = false;
  const device = Object.assign(new EventTarget(), {
    name: 'Test strap',
    gatt: {
      async connect() {
        connected = true;
        return {
          async getPrimaryService(service: string) {
            if (options.service === false || service !== 'heart_rate') throw Object.assign(new Error('no service'), { name: 'NotFoundError' });
            return { getCharacteristic: async (c: string) => (c === 'heart_rate_measurement' ? characteristic : Promise.reject(new Error('no'))) };
          },
        };
      },
      disconnect() {
        connected = false;
      },
    },
  }) satisfies DeviceLike;
  const asked: unknown[] = [];
  const bluetooth: BluetoothLike = {
    async requestDevice(filter) {
      asked.push(filter);
      if (options.chooser === 'cancel') throw Object.assign(new Error('cancelled'), { name: 'NotFoundError' });
      return device;
    },
  };
  return { bluetooth, device, characteristic, asked, isConnected: () => connected };
}

describe('the strap over Web Bluetooth', () => {
  it('asks for the Heart Rate service, subscribes, and turns each recorded notification into a sample', async () => {
    const strap = recordedStrap();
    const samples: HeartSample[] = [];
    let t = 1000;
    const connection = await connectStrap(strap.bluetooth, { onSample: (s) => samples.push(s), onLost: () => {} }, () => t);
    expect(strap.asked).toEqual([{ filters: [{ services: ['heart_rate'] }] }]);
    expect(strap.characteristic.subscribed).toBe(true);
    expect(connection.name).toBe('Test strap');
    strap.characteristic.notify(encodeHeartRateMeasurement({ bpm: 72, contact: 'detected', rr1024: [850] }));
    t = 2000;
    strap.characteristic.notify(encodeHeartRateMeasurement({ bpm: 310, wide: true, contact: 'not_detected', energyExpendedKj: 12 }));
    strap.characteristic.notify(Uint8Array.from([0x01, 0x50])); // truncated: dropped
    expect(samples).toEqual([
      { at: 1000, bpm: 72, contact: 'detected' },
      { at: 2000, bpm: 310, contact: 'not_detected' },
    ]);
    connection.disconnect();
    strap.characteristic.notify(encodeHeartRateMeasurement({ bpm: 90 }));
    expect(samples).toHaveLength(2);
    expect(strap.isConnected()).toBe(false);
  });

  it('tells when the strap goes away by itself, but not after we let it go', async () => {
    const strap = recordedStrap();
    let lost = 0;
    await connectStrap(strap.bluetooth, { onSample: () => {}, onLost: () => lost++ });
    strap.device.dispatchEvent(new Event('gattserverdisconnected'));
    strap.device.dispatchEvent(new Event('gattserverdisconnected'));
    expect(lost).toBe(1);
    const again = recordedStrap();
    const connection = await connectStrap(again.bluetooth, { onSample: () => {}, onLost: () => lost++ });
    connection.disconnect();
    again.device.dispatchEvent(new Event('gattserverdisconnected'));
    expect(lost).toBe(1);
  });

  it('names a closed chooser and a device without the Heart Rate service', async () => {
    await expect(connectStrap(recordedStrap({ chooser: 'cancel' }).bluetooth, { onSample: () => {}, onLost: () => {} })).rejects.toEqual(new StrapError('cancelled'));
    const noService = recordedStrap({ service: false });
    await expect(connectStrap(noService.bluetooth, { onSample: () => {}, onLost: () => {} })).rejects.toEqual(new StrapError('no_heart_rate'));
    expect(noService.isConnected()).toBe(false);
  });

  it('says where Web Bluetooth is missing or switched off', async () => {
    expect(await bluetoothSupport(undefined)).toBe('missing');
    expect(await bluetoothSupport({ requestDevice: () => Promise.reject(new Error()), getAvailability: async () => false })).toBe('off');
    expect(await bluetoothSupport({ requestDevice: () => Promise.reject(new Error()), getAvailability: async () => true })).toBe('available');
  });
});
