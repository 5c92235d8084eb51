import type { Page } from 'playwright-core';

type Section = 'Today' | 'Rituals' | 'Notes' | 'Joy' | 'Seasons' | 'Stretches';
const TITLES: Record<Section, string> = { Today: 'Small moments', Rituals: 'Our rituals', Notes: 'Notes', Joy: 'Joy', Seasons: 'Seasons', Stretches: 'Stretches' };
const PATHS: Record<Section, string> = { Today: '', Rituals: '/rituals', Notes: '/notes', Joy: '/joy', Seasons: '/seasons', Stretches: '/stretches' };

/** Daily practice (/practice and its sections), found by roles and labels as a person would. */
export class PracticePage {
  constructor(readonly page: Page) {}

  heading(section: Section) {
    return this.page.getByRole('heading', { level: 1, name: TITLES[section] });
  }

  async open(baseUrl: string, section: Section = 'Today') {
    await this.page.goto(`${baseUrl}/practice${PATHS[section]}`);
    await this.heading(section).waitFor();
  }

  /** Moves between sections in the app (no reload, the live socket stays open). */
  async go(section: Section) {
    await this.page.getByRole('navigation', { name: 'Small moments' }).getByRole('link', { name: section, exact: true }).click();
    await this.heading(section).waitFor();
  }

  ritual(title: string) {
    return this.page.getByRole('region', { name: title });
  }

  async keepRitual(title: string) {
    await this.page.getByRole('button', { name: `Keep this one: ${title}` }).click();
    await this.ritual(title).waitFor();
  }

  confirmCard(partner: string) {
    return this.page.getByRole('region', { name: `${partner} enjoyed a moment with you` });
  }

  get week() {
    return this.page.getByRole('region', { name: 'Shared moments' });
  }

  notes() {
    return this.page.getByRole('list', { name: 'Between you' });
  }

  note(from: string) {
    return this.notes().getByRole('article', { name: new RegExp(`^From ${from}`) });
  }

  get joyLog() {
    return this.page.getByRole('list', { name: 'Our joy log' });
  }

  async logJoy(text: string, photo?: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('What happened?').fill(text);
    if (photo) await this.choosePhoto(photo);
    await this.page.getByRole('button', { name: 'Add to our joy log' }).click();
  }

  /** Through the photo button, as a person would: it opens the system's file picker. */
  async choosePhoto(photo: { name: string; mimeType: string; buffer: Buffer }) {
    const picker = this.page.getByRole('group', { name: 'A photo (optional)' });
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), picker.getByRole('button', { name: /^Choose a (different )?photo$/ }).click()]);
    await chooser.setFiles(photo);
    await picker.getByRole('img', { name: 'The photo you chose' }).waitFor();
  }

  /** The month's balance, folded away at the end of the joy screen; opened. */
  async openBalance() {
    const summary = this.page.getByText('A look at this month', { exact: true });
    await summary.click();
    return this.page.locator('details.practice-balance');
  }

  partnerCapacity(partner: string) {
    return this.page.getByRole('region', { name: `${partner}’s capacity` });
  }

  async checkIn(level: 'Not much' | 'Some' | 'Plenty', note?: string) {
    const card = this.page.getByRole('region', { name: 'How much do you have in you today?' });
    await card.getByRole('radio', { name: level }).check();
    if (note) await card.getByLabel('A word about it (optional)').fill(note);
    await card.getByRole('button', { name: /^(Share|Update)$/ }).click();
  }
}

