import type { Page } from 'playwright-core';

/** The words one partner writes in the repair conversation, keyed by the question on screen. */
export interface RepairWords {
  feelings: string;
  myReality?: string;
  theirReality?: string;
  touched?: string;
  myPart: string;
  impact?: string;
  unmetNeed: string;
  iWill: string;
  iWillBy?: string;
  iAsk?: string;
}

const LABELS: Record<Exclude<keyof RepairWords, 'iWillBy'>, string> = {
  feelings: 'How I felt',
  myReality: 'What happened, as I lived it',
  theirReality: 'What I can see of how it was for you',
  touched: 'What it touched in me',
  myPart: 'My part in it',
  impact: 'The impact I can see it had on you',
  unmetNeed: 'What I needed and didn’t get',
  iWill: 'One thing I will do',
  iAsk: 'One thing I ask of you',
};
const PAGES: Array<Array<keyof RepairWords>> = [['feelings'], ['myReality', 'theirReality'], ['touched'], ['myPart', 'impact'], ['unmetNeed'], ['iWill', 'iWillBy', 'iAsk']];

/** `/repair`: the rupture log, one rough moment, the calm check, writing, the reveal, actions. */
export class RepairPage {
  constructor(readonly page: Page) {}

  get logHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Ruptures and repair' });
  }
  get list() {
    return this.page.getByRole('list', { name: 'Rough moments so far' });
  }
  get reveal() {
    return this.page.getByRole('region', { name: 'Both sides, together' });
  }
  get actions() {
    return this.page.getByRole('region', { name: 'What we each said we would do' });
  }
  get calm() {
    return this.page.getByRole('region', { name: 'Are you both calm enough?' });
  }

  async openLog(base: string) {
    await this.page.goto(`${base}/repair`);
    await this.logHeading.waitFor();
  }

  detailHeading(topic: string) {
    return this.page.getByRole('heading', { level: 1, name: `A rough moment: ${topic}` });
  }

  /** The log form: topic, intensity, who reached and who stepped back this time, a private note. */
  async logRupture(o: { topic: string; intensity: number; reached: string; withdrew: string; note: string }) {
    await this.page.getByRole('heading', { level: 1, name: 'Note a rough moment' }).waitFor();
    await this.page.getByRole('group', { name: 'What was it about, on the surface?' }).getByRole('radio', { name: o.topic, exact: true }).check();
    await this.page.getByLabel('How intense did it feel?').fill(String(o.intensity));
    await this.page.getByRole('group', { name: 'Who reached for closeness this time?' }).getByRole('radio', { name: o.reached, exact: true }).check();
    await this.page.getByRole('group', { name: 'Who stepped back for space this time?' }).getByRole('radio', { name: o.withdrew, exact: true }).check();
    await this.page.getByLabel('Your own words about it (optional)').fill(o.note);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save this moment' }).click();
  }

  async sayCalm(answer: 'yes' | 'not yet' | 'now') {
    const name = answer === 'yes' ? 'Yes, I feel calm enough' : answer === 'now' ? 'I feel calm enough now' : 'Not yet';
    await this.page.getByRole('button', { name }).click();
  }

  stepHeading(n: number) {
    return this.page.getByText(`Part ${n} of 6`);
  }

  /** One page at a time, with Next; ends on the read-through. */
  async writeAll(words: RepairWords, onPage?: (n: number) => Promise<void>) {
    for (const [index, steps] of PAGES.entries()) {
      await this.stepHeading(index + 1).waitFor();
      for (const step of steps) {
        const value = words[step];
        if (!value) continue;
        if (step === 'iWillBy') await this.page.getByLabel('By when (optional)').fill(value);
        else await this.page.getByRole('textbox', { name: new RegExp(`^${LABELS[step]}`) }).fill(value);
      }
      await onPage?.(index + 1);
      await this.page.getByRole('button', { name: 'Next' }).click();
    }
    await this.page.getByRole('heading', { level: 1, name: 'Read it through' }).waitFor();
  }

  async share() {
    await this.page.getByRole('button', { name: 'Share when we are both ready' }).click();
  }

  /** The reveal's answer for one question, on one side ("You" or the partner's name). */
  side(question: string, who: string) {
    return this.reveal.getByRole('group', { name: question }).locator('.repair-side').filter({ hasText: who });
  }
}

/** `/journal`. */
export class JournalPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'My private journal' });
  }
  get mine() {
    return this.page.getByRole('list', { name: 'Your entries' });
  }
}

