import type { Page } from 'playwright-core';

/** The weekly check-in screen, by its roles and labels. */
export class CheckinPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'This week’s check-in' });
  }

  async open(base: string) {
    await this.page.goto(`${base}/check-in`);
    await this.heading.waitFor();
  }

  /** Picks `anchor` in the question whose legend is `question`. */
  async choose(question: string | RegExp, anchor: string) {
    await this.page.getByRole('group', { name: question }).getByRole('radio', { name: anchor, exact: true }).check();
  }

  async chooseDay(day: string) {
    await this.choose('Our check-in day', day);
  }

  async answer(answers: Array<[string | RegExp, string]>, sharing: RegExp) {
    for (const [q, a] of answers) await this.choose(q, a);
    await this.page.getByRole('group', { name: 'Who sees this week’s answers?' }).getByRole('radio', { name: sharing }).check();
    await this.page.getByRole('button', { name: 'Save my check-in' }).click();
    await this.page.getByRole('region', { name: 'My answers' }).waitFor();
  }

  theirs(name: string) {
    return this.page.getByRole('region', { name: `${name}’s answers` });
  }
}
