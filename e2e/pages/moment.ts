import type { Page } from 'playwright-core';

/** "We're doing the thing" on the home screen. */
export class SignalPanel {
  constructor(readonly page: Page) {}
  get region() {
    return this.page.getByRole('region', { name: 'In the moment' });
  }
  get button() {
    return this.region.getByRole('button', { name: /We’re doing the thing|is here/ });
  }
  /** The calm state after the tap: where the signal is, and "breathe". */
  get sent() {
    return this.region.locator('.signal-sent');
  }
  async signalAgain() {
    await this.sent.getByRole('button', { name: 'Signal again' }).click();
  }

  async openOptions() {
    const details = this.region.locator('details.signal-options');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await this.region.getByText('Add what you need (optional)').click();
  }

  async send(options: { need?: string; note?: string } = {}) {
    if (options.need || options.note) {
      await this.openOptions();
      if (options.need) await this.region.getByRole('radio', { name: options.need }).check();
      if (options.note) await this.region.getByLabel('A few words (optional)').fill(options.note);
    }
    await this.button.click();
  }
}

/** The partner's signal card, shown on any screen. */
export class IncomingSignalCard {
  constructor(readonly page: Page) {}
  get card() {
    return this.page.getByRole('region', { name: /noticed/ });
  }
  async answer(preset: string) {
    await this.card.getByRole('button', { name: preset, exact: true }).click();
  }
  async answerInOwnWords(text: string) {
    await this.card.getByRole('button', { name: 'In my own words' }).click();
    await this.card.getByLabel('Your words').fill(text);
    await this.card.getByRole('button', { name: 'Send my words' }).click();
  }
  async pauseNow() {
    await this.card.getByRole('button', { name: 'Pause now' }).click();
  }
  async putAway() {
    await this.card.getByRole('button', { name: 'Put it away for now' }).click();
  }
}

/** The partner's answer to my signal, as a warm card on my screens. */
export class SignalAnswerCard {
  constructor(readonly page: Page) {}
  get card() {
    return this.page.locator('.signal-answer');
  }
  async putAway() {
    await this.card.getByRole('button', { name: 'Thank you — put this away' }).click();
  }
}

/** The pause, from asking to reconnecting. */
export class PausePage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }
  get countdown() {
    return this.page.getByTestId('countdown');
  }
  get pacer() {
    return this.page.getByTestId('pacer');
  }

  async open(baseUrl: string) {
    await this.page.goto(baseUrl + '/pause');
  }

  /** Seconds left on the countdown as the screen shows it ("9:58" → 598). */
  async secondsLeft(): Promise<number> {
    const text = (await this.countdown.textContent()) ?? '';
    return text
      .trim()
      .split(':')
      .map(Number)
      .reduce((acc, n) => acc * 60 + n, 0);
  }

  /**
   * The pacer's phase as this screen last computed it, and when (this machine's clock, which
   * both browsers share): a reader can then compare two screens at one instant, whatever
   * the test's own scheduling delays between the two reads.
   */
  async phase(): Promise<{ fraction: number; cycleMs: number; at: number }> {
    const [fraction, cycle, at] = await this.pacer.evaluate((el) => [el.getAttribute('data-phase'), el.getAttribute('data-cycle-ms'), el.getAttribute('data-phase-at')]);
    return { fraction: Number(fraction), cycleMs: Number(cycle), at: Number(at) };
  }

  async selfCheck(activation: number) {
    await this.openDetails();
    await this.page.getByText('A quick check-in with yourself (optional)').click();
    await this.page.getByLabel('How activated I feel right now').fill(String(activation));
  }

  /** The ready pause: the person's usual one, in one tap. */
  async pauseNow() {
    await this.page.getByRole('main').getByRole('button', { name: 'Pause now' }).click();
  }

  /** Opens the full form (one tap from the ready pause), unless it is open already. */
  async openDetails() {
    const form = this.page.getByRole('region', { name: 'Choose the details' });
    if (!(await form.isVisible())) await this.page.getByRole('button', { name: 'Choose the details' }).click();
    await form.waitFor();
  }

  async request(options: { minutes: string; where: string; tether: string; returnPlan: string; keepUsual?: boolean }) {
    await this.openDetails();
    await this.page.getByRole('radio', { name: options.minutes, exact: true }).check();
    await this.page.getByRole('radio', { name: options.where }).check();
    await this.page.getByLabel('Your message').fill(options.tether);
    await this.page.getByRole('radio', { name: options.returnPlan }).check();
    if (options.keepUsual) await this.page.getByLabel('Make this my usual pause').check();
    await this.page.getByRole('button', { name: 'Ask for this pause' }).click();
  }

  async accept(tether?: string) {
    if (tether) await this.page.getByLabel('Your words').fill(tether);
    await this.page.getByRole('button', { name: 'Accept the pause' }).click();
  }

  async checkIn(feeling: number, nextStep: string) {
    await this.page.getByLabel('How activated I feel now').fill(String(feeling));
    await this.page.getByRole('radio', { name: nextStep }).check();
    await this.page.getByRole('button', { name: 'I’m ready' }).click();
  }
}

/** My words and what helps me. */
export class ToolkitPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'My words and what helps me' });
  }
  region(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }
}
