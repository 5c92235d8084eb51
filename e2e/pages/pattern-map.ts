import type { Download, Locator, Page } from 'playwright-core';

/** The pattern map screens, by role and label as a person would find them. */
export class MapPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, path = '') {
    await this.page.goto(`${baseUrl}/map${path}`);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  get mySide() {
    return this.page.getByRole('region', { name: 'Your side', exact: true });
  }

  partnerSide(name: string) {
    return this.page.getByRole('region', { name: `${name}’s side`, exact: true });
  }

  /** A text box of a side, by its label ("What I do", "What Alex does"). */
  field(side: Locator, label: string) {
    return side.getByRole('textbox', { name: label, exact: true });
  }

  /** Waits until every change on this screen has reached the server. */
  async saved(side: Locator = this.mySide) {
    await side.getByRole('status').filter({ hasText: /^Saved$/ }).first().waitFor({ timeout: 5000 });
  }

  async shareFromMap() {
    await this.mySide.getByRole('button', { name: 'Share my side…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Share your side when you’re ready' });
    await dialog.getByRole('button', { name: 'Share my side' }).click();
    await this.mySide.getByText(/^Shared with/).waitFor();
  }

  async showList() {
    await this.page.getByRole('button', { name: 'List', exact: true }).click();
    await this.page.getByRole('heading', { name: /^The loop, step by step/ }).waitFor();
  }

  async showDiagram() {
    await this.page.getByRole('button', { name: 'Loop', exact: true }).click();
  }

  get diagram() {
    return this.page.getByRole('img', { name: /the loop as a circle/ });
  }

  async name(name: string) {
    await this.page.getByRole('button', { name: /^(Name it|Rename):/ }).click();
    await this.page.getByRole('button', { name, exact: true }).click();
    await this.page.getByRole('button', { name: 'Save name' }).click();
    await this.heading(name).waitFor();
  }

  async download(buttonName: 'Download as SVG' | 'Download as PNG'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: buttonName }).click()]);
    return download;
  }

  moreLink(name: string) {
    return this.page.getByRole('navigation', { name: 'More for this map' }).getByRole('link', { name });
  }
}

/** `/map/start`: one question per screen. */
export class GuidedStartPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Map your side' });
  }

  step(n: number, of: number) {
    return this.page.getByText(`Step ${n} of ${of}`, { exact: true });
  }

  question(text: string) {
    return this.page.getByRole('heading', { level: 2, name: text });
  }

  async answer(question: string, text: string) {
    await this.question(question).waitFor();
    await this.page.getByRole('textbox', { name: question }).fill(text);
  }

  async next() {
    await this.page.getByRole('button', { name: 'Next' }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: 'Back' }).click();
  }
}

export class ContractsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Unspoken agreements' });
  }

  async propose(text: string) {
    await this.page.getByLabel('An unspoken agreement you notice').fill(text);
    await this.page.getByRole('button', { name: 'Add it' }).click();
    await this.contract(text).waitFor();
  }

  contract(text: string) {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: text }) });
  }

  async mark(text: string, decision: 'Keep it' | 'Talk it over' | 'Let it go', note = '') {
    const item = this.contract(text);
    const change = item.getByRole('button', { name: 'Change my choice' });
    if (await change.isVisible()) await change.click();
    await item.getByRole('radio', { name: decision }).check();
    if (note) await item.getByLabel('A note (optional)').fill(note);
    await item.getByRole('button', { name: 'Save my choice' }).click();
    await item.getByRole('button', { name: 'Change my choice' }).waitFor();
  }

  get retired() {
    return this.page.getByRole('region', { name: 'Let go — a record of change' });
  }
}
