import type { Browser, CDPSession, Page } from 'playwright-core';
import { encodeHeartRateMeasurement } from '../../src/features/heart/measurement';

/** Web Bluetooth is off by default in Chromium on Linux: this switch turns it on for a suite. */
export const WEB_BLUETOOTH_ARGS = ['--enable-features=WebBluetooth'];

const HEART_RATE = '0000180d-0000-1000-8000-00805f9b34fb';
const MEASUREMENT = '00002a37-0000-1000-8000-00805f9b34fb';
const CCCD = '00002902-0000-1000-8000-00805f9b34fb';
const ADDRESS = '09:09:09:09:09:09';

/**
 * A heart-rate strap emulated by Chromium's own Bluetooth stack over the DevTools protocol: the
 * `BluetoothEmulation` domain (on the browser target — on a page session this Chromium answers
 * "wasn't found") gives a powered-on central and a preconnected peripheral with the Heart Rate
 * service; `DeviceAccess` on the page picks it in the chooser. The app's real Web Bluetooth code
 * connects, discovers the service and subscribes.
 *
 * This Chromium's domain has no command to push a notification from the peripheral, so a
 * measurement is delivered as the answer to a read of the characteristic: Chromium then fires
 * the same `characteristicvaluechanged` event the app listens to, with the bytes given here.
 * The read is started from the test (an init script, in the test only, remembers the
 * characteristic the app subscribed to); nothing in the app can fake a reading.
 */
export class EmulatedStrap {
  private pendingReads: Uint8Array[] = [];
  private constructor(
    private readonly browserSession: CDPSession,
    private readonly page: Page,
  ) {}

  /** Call before the page loads: remembers the characteristic the app subscribes to. */
  static async prepare(page: Page): Promise<void> {
    await page.context().addInitScript(() => {
      type Characteristic = { startNotifications(): Promise<unknown>; readValue(): Promise<unknown> };
      const web = globalThis as unknown as { BluetoothRemoteGATTCharacteristic?: { prototype: Characteristic }; __subscribed?: Characteristic };
      const proto = web.BluetoothRemoteGATTCharacteristic?.prototype;
      if (!proto) return;
      const start = proto.startNotifications;
      proto.startNotifications = function (this: Characteristic) {
        web.__subscribed = this;
        return start.call(this);
      };
    });
  }

  static async start(browser: Browser, page: Page, name: string): Promise<EmulatedStrap> {
    const bt = await browser.newBrowserCDPSession();
    const strap = new EmulatedStrap(bt, page);
    await bt.send('BluetoothEmulation.enable', { state: 'powered-on', leSupported: true });
    await bt.send('BluetoothEmulation.simulatePreconnectedPeripheral', { address: ADDRESS, name, manufacturerData: [], knownServiceUuids: [HEART_RATE] });
    bt.on('BluetoothEmulation.gattOperationReceived', ({ address, type }) => {
      void bt.send('BluetoothEmulation.simulateGATTOperationResponse', { address, type, code: 0 });
    });
    bt.on('BluetoothEmulation.characteristicOperationReceived', ({ characteristicId, type }) => {
      const data = type === 'read' ? strap.pendingReads.shift() : undefined;
      void bt.send('BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId,
        type,
        code: 0,
        ...(data ? { data: Buffer.from(data).toString('base64') } : {}),
      });
    });
    const { serviceId } = await bt.send('BluetoothEmulation.addService', { address: ADDRESS, serviceUuid: HEART_RATE });
    const { characteristicId } = await bt.send('BluetoothEmulation.addCharacteristic', { serviceId, characteristicUuid: MEASUREMENT, properties: { notify: true, read: true } });
    await bt.send('BluetoothEmulation.addDescriptor', { characteristicId, descriptorUuid: CCCD });

    // The chooser: pick the strap the first time it is offered (it is offered again as its name arrives).
    const pageSession = await page.context().newCDPSession(page);
    await pageSession.send('DeviceAccess.enable');
    let chosen = false;
    pageSession.on('DeviceAccess.deviceRequestPrompted', ({ id, devices }) => {
      if (chosen || devices.length === 0) return;
      chosen = true;
      void pageSession.send('DeviceAccess.selectPrompt', { id, deviceId: devices[0]!.id });
    });
    return strap;
  }

  /** One Heart Rate Measurement notification, as the strap would send it. */
  async send(measurement: Parameters<typeof encodeHeartRateMeasurement>[0]): Promise<void> {
    this.pendingReads.push(encodeHeartRateMeasurement(measurement));
    await this.page.evaluate(() => (globalThis as unknown as { __subscribed: { readValue(): Promise<unknown> } }).__subscribed.readValue());
  }

  /**
   * A notification once a second (the pace of a real strap) for `seconds` of the page's
   * clock: the page's clock must be installed (`page.clock.install()`), and each second is
   * run forward rather than waited for, so a 45-second window takes moments.
   */
  async beat(bpm: (second: number) => number, seconds: number, extra: { rr1024?: number[]; energyExpendedKj?: number } = {}): Promise<void> {
    for (let s = 0; s < seconds; s++) {
      await this.send({ bpm: bpm(s), contact: 'detected', ...extra });
      await this.page.clock.runFor(1000);
    }
  }

  async close(): Promise<void> {
    await this.browserSession.detach().catch(() => {});
  }
}
