import type { Phone } from './browser';
import { apiFromPage } from './api';
import { SignupPage, WelcomePage, type Person } from '../pages/accounts';
import { CreateCouplePage, HomePage, InvitePage } from '../pages/couple';

/** Signs up through the screens, ending on "Make your shared space". */
export async function signUp(phone: Phone, baseUrl: string, who: Person): Promise<void> {
  const welcome = new WelcomePage(phone.page);
  await welcome.open(baseUrl);
  await welcome.startSignUp();
  await new SignupPage(phone.page).signUp(who);
  await new CreateCouplePage(phone.page).heading.waitFor();
}

/** Signs up and makes a couple space, ending on its home screen. */
export async function signUpWithSpace(phone: Phone, baseUrl: string, who: Person, spaceName: string): Promise<HomePage> {
  await signUp(phone, baseUrl, who);
  await new CreateCouplePage(phone.page).create(spaceName);
  const home = new HomePage(phone.page);
  await home.heading(spaceName).waitFor();
  return home;
}

/** From the home screen: opens the invite screen and makes a link. */
export async function makeInviteLink(phone: Phone): Promise<string> {
  await new HomePage(phone.page).inviteFromHome();
  return new InvitePage(phone.page).makeLink();
}

/** A makes a space and B joins it by an invite made through the API: both end on home. */
export async function twoInOneSpace(a: Phone, b: Phone, baseUrl: string, first: Person, second: Person, spaceName: string): Promise<void> {
  await signUpWithSpace(a, baseUrl, first, spaceName);
  const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
  await b.page.goto((invite.body as { url: string }).url);
  await new SignupPage(b.page).signUp(second, 'Create account and join');
  await new HomePage(b.page).heading(spaceName).waitFor({ timeout: 15_000 });
}
