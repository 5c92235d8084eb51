import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, Phone } from './browser';
import { startOneProcess, type Deployment } from './servers';

/** Two partners, each on a phone of their own (a browser context), against one app process. */
export interface TwoPartners {
  /** The app's address. */
  readonly base: string;
  readonly a: Phone;
  readonly b: Phone;
}

/** The two partners and their therapist, at a laptop of their own (a third browser context). */
export interface TwoPartnersAndTherapist extends TwoPartners {
  readonly t: Phone;
}

/**
 * Starts one app process and a browser with A's and B's phones before the suite's tests, and
 * closes them all after. Call it inside `describe`; read the fields inside the tests.
 */
export function twoPartnersOnOneProcess(): TwoPartners {
  return peopleOnOneProcess(false);
}

/** As `twoPartnersOnOneProcess`, with the couple's therapist too. */
export function twoPartnersAndTherapistOnOneProcess(): TwoPartnersAndTherapist {
  return peopleOnOneProcess(true);
}

function peopleOnOneProcess(withTherapist: boolean): TwoPartnersAndTherapist {
  let deployment: Deployment | undefined;
  let browser: Browser | undefined;
  const phones: Phone[] = [];
  beforeAll(async () => {
    [deployment, browser] = await Promise.all([startOneProcess(), launchBrowser()]);
    phones.push(await Phone.open(browser, 'A'), await Phone.open(browser, 'B'));
    if (withTherapist) phones.push(await Phone.open(browser, 'T', { laptop: true }));
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await deployment?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('two partners are only there inside the suite’s tests');
    return value;
  };
  return {
    get base() {
      return ready(deployment).a.url;
    },
    get a() {
      return ready(phones[0]);
    },
    get b() {
      return ready(phones[1]);
    },
    get t() {
      if (!withTherapist) throw new Error('this suite has no therapist');
      return ready(phones[2]);
    },
  };
}
