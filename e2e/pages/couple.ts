import type { Page } from 'playwright-core';

export class CreateCouplePage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Make your shared space|A new space, when you are ready)$/ });
  }

  async create(name?: string) {
    if (name) await this.page.getByLabel('A name for your space (optional)').fill(name);
    await this.page.getByRole('button', { name: 'Create our space' }).click();
  }
}

/** The couple's home: name, partner and presence, activity feed. */
export class HomePage {
  constructor(readonly page: Page) {}
  get partner() {
    return this.page.getByRole('region', { name: 'Your partner' });
  }
  get presence() {
    return this.partner.getByRole('status');
  }
  get feed() {
    return this.page.getByRole('list', { name: 'What has happened here' });
  }

  heading(coupleName: string) {
    return this.page.getByRole('heading', { level: 1, name: coupleName });
  }

  async inviteFromHome() {
    await this.page.getByRole('link', { name: /Invite your partner|See the invite|Invite someone/ }).click();
    await new InvitePage(this.page).heading.waitFor();
  }

  async rename(name: string) {
    await this.page.getByRole('button', { name: /^Rename/ }).click();
    await this.page.getByLabel('Name of your shared space').fill(name);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }
}

export class InvitePage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Invite your partner' });
  }
  get link() {
    return this.page.getByLabel('Invite link');
  }
  get qr() {
    return this.page.getByRole('img', { name: /QR code of the invite link/ });
  }

  async makeLink(): Promise<string> {
    await this.page.getByRole('button', { name: /Make an invite link|Make a new link/ }).click();
    await this.link.waitFor();
    return this.link.inputValue();
  }
}

/** `/join#token`: the preview, sign-up/log-in, and the refusals. */
export class JoinPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'You’re invited' });
  }

  refusal(title: string) {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async chooseExistingAccount() {
    await this.page.getByRole('radio', { name: 'I have an account' }).check();
  }
}
