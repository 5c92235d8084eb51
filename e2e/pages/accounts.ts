import type { Page } from 'playwright-core';

/** The first screen someone sees when signed out. */
export class WelcomePage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Offbeat' });
  }

  async open(baseUrl: string) {
    await this.page.goto(baseUrl + '/');
    await this.heading.waitFor();
  }

  async startSignUp() {
    await this.page.getByRole('link', { name: 'Create an account' }).click();
    await new SignupPage(this.page).heading.waitFor();
  }

  async startLogIn() {
    await this.page.getByRole('link', { name: 'I already have an account' }).click();
    await new LoginPage(this.page).heading.waitFor();
  }
}

export interface Person {
  displayName: string;
  email: string;
  password: string;
}

export function person(displayName: string): Person {
  const tag = Math.random().toString(36).slice(2, 8);
  return { displayName, email: `${displayName.toLowerCase()}-${tag}@example.test`, password: 'a calm long passphrase' };
}

/** The sign-up form, on its own screen or inside the join page. */
export class SignupPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Create your account' });
  }

  async fill(who: Person) {
    await this.page.getByLabel('What should we call you?').fill(who.displayName);
    await this.page.getByLabel('Email').fill(who.email);
    await this.page.getByLabel('Password', { exact: true }).fill(who.password);
  }

  async signUp(who: Person, buttonName = 'Create account') {
    await this.fill(who);
    await this.page.getByRole('button', { name: buttonName }).click();
  }
}

export class LoginPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Welcome back' });
  }

  async logIn(who: Pick<Person, 'email' | 'password'>, buttonName = 'Log in') {
    await this.page.getByLabel('Email').fill(who.email);
    await this.page.getByLabel('Password', { exact: true }).fill(who.password);
    await this.page.getByRole('button', { name: buttonName, exact: true }).click();
  }
}

export class SettingsPage {
  constructor(readonly page: Page) {}
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Settings' });
  }
  get sessions() {
    return this.page.getByRole('region', { name: 'Where you’re logged in' });
  }
  get space() {
    return this.page.getByRole('region', { name: 'Your shared space' });
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await this.heading.waitFor();
  }

  async changeDisplayName(name: string) {
    const section = this.page.getByRole('region', { name: 'Your name' });
    await section.getByLabel('What should we call you?').fill(name);
    await section.getByRole('button', { name: 'Save name' }).click();
    await section.getByText('Saved.').waitFor();
  }

  async changePassword(current: string, next: string) {
    const section = this.page.getByRole('region', { name: 'Password' });
    await section.getByLabel('Current password').fill(current);
    await section.getByLabel('New password').fill(next);
    await section.getByRole('button', { name: 'Change password' }).click();
  }

  dialog(name: string) {
    return this.page.getByRole('dialog', { name });
  }

  async logOut() {
    await this.page.getByRole('region', { name: 'Log out' }).getByRole('button', { name: 'Log out' }).click();
  }
}
