import type { Page } from 'playwright-core';

/** Settings, "At your own pace": the three switches and the quiet while. */
export class OwnPacePage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/settings`);
    await this.section.waitFor();
  }

  get section() {
    return this.page.getByRole('region', { name: 'At your own pace' });
  }

  get seen() {
    return this.section.getByRole('switch', { name: 'Show when I have seen a signal or a note' });
  }

  get presence() {
    return this.section.getByRole('switch', { name: 'Show when I am here' });
  }

  get quiet() {
    return this.section.getByRole('switch', { name: 'Quiet for a while' });
  }

  quietFor(label: 'An hour' | 'Four hours' | 'Until tomorrow morning') {
    return this.section.getByRole('radio', { name: label });
  }

  /** Waits for the server to confirm the last change. */
  async saved() {
    await this.section.getByRole('status').getByText('Saved.').waitFor();
  }
}
