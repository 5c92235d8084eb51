import type { Page } from 'playwright-core';

/** The "Need help now?" page, with its "Where are you?" choice and the chosen country's lines. */
export class HelpPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Need help now?' });
  }
  get where() {
    return this.page.getByLabel('Where are you?');
  }
  get directory() {
    return this.page.getByRole('link', { name: /findahelpline\.com/ });
  }
  lines(country: string) {
    return this.page.getByRole('list', { name: `Helplines in ${country}` });
  }
  call(number: string) {
    return this.page.getByRole('link', { name: `Call ${number}`, exact: true });
  }

  async open(baseUrl: string) {
    await this.page.goto(baseUrl + '/help');
    await this.heading.waitFor();
  }

  async choose(country: string) {
    await this.where.selectOption({ label: country });
  }
}
