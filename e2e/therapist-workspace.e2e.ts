import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, type Phone } from './support/browser';
import { twoPartnersAndTherapistOnOneProcess } from './support/two-partners';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';
import { loadSideDoc } from '../src/features/pattern-map/side-doc';
import { LIVE } from './support/live';

/**
 * Issue 15's walk, on three devices — Alex's and Sam's phones and Dr Lee's laptop — through the
 * app's own screens: the therapist connects through a link, each partner chooses different
 * scopes, the desk shows exactly that (and never a partner screen), the therapist keeps a note
 * and assigns a practice, the couple sees it below the way to a pause and says how it went, the
 * prep prints it, Alex tells Dr Lee something privately, Sam withdraws the map while Dr Lee has it open and it leaves that screen
 * live, and both partners find each look on their record. Screenshots (phone and
 * desktop) and axe at every step.
 */
describe('the therapist workspace', () => {
  const people = twoPartnersAndTherapistOnOneProcess();
  const a11y: string[] = [];
  const shoot = async (p: Phone, name: string) => a11y.push(...(await capture(p.page, `workspace-${name}`, { desktop: true })));
  const ok = async (page: Page, method: 'POST' | 'PUT', path: string, body?: unknown) => {
    const res = await apiFromPage(page, method, path, body);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body as { id: string; user?: { id: string } };
  };

  it('connects, shows each partner’s choices exactly, carries homework both ways, and withdraws the map live', { timeout: 240_000 }, async () => {
    const { a, b, t, base } = people;

    // The couple, with a little history: Alex's shared side of the map, a signal, a check-in each.
    await signUpWithSpace(a, base, person('Alex'), 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });
    const alexId = ((await apiFromPage(a.page, 'GET', '/api/session')).body as { user: { id: string } }).user.id;
    const map = await ok(a.page, 'POST', '/api/maps', { name: 'The kettle and the tortoise' });
    const side = loadSideDoc(null);
    side.getText('fear').insert(0, 'being left on my own');
    await ok(a.page, 'POST', `/api/maps/${map.id}/sides/${alexId}/updates`, { update: Buffer.from(Y.encodeStateAsUpdate(side)).toString('base64') });
    await ok(a.page, 'POST', `/api/maps/${map.id}/share`);
    await ok(a.page, 'POST', '/api/signals', { clientId: randomUUID(), need: 'space' });
    const week = { timeZone: 'Europe/London', csi4: { happiness: 4, warm: 4, rewarding: 3, satisfied: 4 }, loop: { caught: 3, wayBack: 3, safeToReach: 2, safeToStepBack: 3 } };
    await ok(a.page, 'PUT', '/api/checkins/week', week);
    await ok(b.page, 'PUT', '/api/checkins/week', week);

    // Dr Lee signs up as a therapist and makes a link for the couple.
    await t.page.goto(`${base}/signup/therapist`);
    await t.page.getByLabel('Your name, as couples know you').fill('Dr Lee');
    await t.page.getByLabel('Your practice').fill('Harbour Couples Practice');
    await t.page.getByLabel('How couples reach you').fill('lee@harbour.example');
    await t.page.getByLabel('Email').fill(`lee-${randomUUID()}@example.test`);
    await t.page.getByLabel('Password', { exact: true }).fill('a calm long passphrase');
    await t.page.getByRole('button', { name: 'Create therapist account' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Your couples' }).waitFor();
    await t.page.getByText('No couple is connected to you yet.').waitFor();
    await shoot(t, 'desk-empty');
    await t.page.getByRole('link', { name: 'Connect with a couple' }).click();
    await t.page.getByRole('button', { name: 'Make a link for a couple' }).click();
    const link = await t.page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();

    // Alex connects the space, and chooses: the map, the loop, practices and their own check-ins.
    await a.page.goto(link);
    await a.page.getByRole('button', { name: 'Connect with Dr Lee' }).click();
    await a.page.getByRole('link', { name: 'Choose what to share' }).click();
    const alexCard = a.page.getByRole('region', { name: 'Your therapist', exact: true });
    await alexCard.getByText('Connected with Dr Lee').waitFor();
    for (const scope of ['Our pattern map', 'Loop activity', 'Practices and homework', 'My weekly check-ins']) {
      await alexCard.getByRole('switch', { name: scope }).check();
    }
    // Sam chooses the map and practices; not the loop, and not their own check-ins.
    await b.page.goto(`${base}/settings#therapist`);
    const samCard = b.page.getByRole('region', { name: 'Your therapist', exact: true });
    await samCard.getByText('Connected with Dr Lee').waitFor();
    for (const scope of ['Our pattern map', 'Practices and homework']) await samCard.getByRole('switch', { name: scope }).check();
    expect(await samCard.getByRole('switch', { name: 'Loop activity' }).isChecked()).toBe(false);
    await shoot(b, 'sam-choices');

    // Since connecting: a joy entry.
    await ok(a.page, 'POST', '/api/joy', { text: 'Pancakes on the hill' });

    // The desk shows exactly that: Alex's check-ins (not Sam's), practice, the map — the loop is not shared.
    await t.page.goto(`${base}/desk`);
    const card = t.page.getByRole('region', { name: 'Alex & Sam' });
    await card.getByText('Alex checked in once in the last eight weeks.').waitFor();
    await card.getByText("Sam's check-ins: not shared with you").waitFor();
    await card.getByRole('region', { name: 'Practice' }).getByText('No ritual moments and 1 joy entry.').waitFor();
    await card.getByRole('region', { name: 'The loop' }).getByText('Not shared with you').waitFor();
    expect(await card.getByText(/signal/).count(), 'the loop’s counts stay out while Sam keeps them').toBe(0);
    await shoot(t, 'desk');

    // A therapist has no partner screen: one sends them back to the desk.
    await t.page.goto(`${base}/map`);
    await t.page.getByRole('heading', { level: 1, name: 'Your couples' }).waitFor();
    expect(new URL(t.page.url()).pathname).toBe('/desk');

    // The therapist opens the couple, keeps a private note, and assigns a practice from the library.
    await card.getByRole('link', { name: 'Open Alex & Sam' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Alex & Sam' }).waitFor();
    const mapRegion = t.page.getByRole('region', { name: 'Their pattern map' });
    await mapRegion.getByText('being left on my own').waitFor();
    await t.page.getByRole('textbox', { name: 'A new note' }).fill('Ask how the kettle evening went.');
    await t.page.getByRole('button', { name: 'Save note' }).click();
    await t.page.getByText('Ask how the kettle evening went.').waitFor();
    const coupleId = new URL(t.page.url()).pathname.split('/').pop()!;
    // The next session in two days, with the weekly check-in asked for before it.
    await ok(t.page, 'PUT', `/api/desk/couples/${coupleId}/sessions`, { nextSessionAt: new Date(Date.now() + 2 * 86_400_000).toISOString() });
    await ok(t.page, 'PUT', `/api/desk/couples/${coupleId}/checkin-before-session`, { on: true });
    const assign = t.page.getByRole('region', { name: 'Assign a practice' });
    await assign.getByLabel('Practice').selectOption({ label: 'One small ritual every evening' });
    await assign.getByRole('button', { name: 'Assign' }).click();
    await assign.getByText('Assigned. The couple sees it on their home screen.').waitFor();
    await shoot(t, 'couple');

    // The couple sees it on home, below the way to a pause; Alex says how it went, Sam sees that live.
    const title = 'One small ritual every evening';
    await b.page.goto(`${base}/`);
    const samHome = b.page.getByRole('region', { name: 'From your sessions' });
    await samHome.getByRole('heading', { name: title }).waitFor();
    await samHome.getByRole('link', { name: 'Take the check-in' }).waitFor();
    await a.page.goto(`${base}/`);
    const alexHome = a.page.getByRole('region', { name: 'From your sessions' });
    await alexHome.getByRole('heading', { name: title }).waitFor();
    // The way to a pause stays in the first viewport of a phone, above what came from the sessions.
    const pause = (await a.page.getByRole('button', { name: 'Pause now' }).boundingBox())!;
    expect(pause.y + pause.height).toBeLessThanOrEqual(844);
    expect((await alexHome.boundingBox())!.y).toBeGreaterThan(pause.y);
    await alexHome.getByRole('button', { name: `How did it go? ${title}` }).click();
    const reply = a.page.getByRole('form', { name: `How did it go? ${title}` }).or(a.page.getByRole('group', { name: `How did it go? ${title}` }));
    await reply.getByLabel('I tried it').check();
    await reply.getByLabel('How it went (optional)').fill('We lit a candle and breathed together.');
    await reply.getByRole('button', { name: 'Save' }).click();
    await alexHome.getByText('You tried it.').waitFor();
    await samHome.getByText('Alex tried it.').waitFor();
    await samHome.getByText('We lit a candle and breathed together.').waitFor();
    await shoot(a, 'home-homework');
    // …and the therapist reads it, since both share practices and homework.
    await t.page.reload();
    await t.page.getByRole('region', { name: 'Assigned' }).getByText(/Alex: tried it/).waitFor();

    // A repair conversation both reveal to each other, and both choose to show Dr Lee.
    const rupture = await ok(a.page, 'POST', '/api/ruptures', { topic: 'money', intensity: 5, reached: 'me', withdrew: 'partner' });
    const repair = await ok(a.page, 'POST', `/api/ruptures/${rupture.id}/repair`, { calmEnough: true });
    await ok(a.page, 'POST', `/api/repairs/${repair.id}/submit`, { answers: { feelings: 'scared about the bills', myPart: 'I went quiet', unmetNeed: 'to plan together', iWill: 'ask first' } });
    await ok(b.page, 'POST', `/api/repairs/${repair.id}/submit`, { answers: { feelings: 'alone with it', myPart: 'I pushed', unmetNeed: 'closeness', iWill: 'slow down' } });
    for (const phone of [a, b]) {
      await phone.page.goto(`${base}/settings#therapist`);
      await phone.page.getByRole('region', { name: 'Your therapist', exact: true }).getByRole('switch', { name: /^Money · / }).check();
    }
    await t.page.reload();
    const conversation = t.page.getByRole('region', { name: 'Conversations they chose to show you' });
    await conversation.getByText('scared about the bills').waitFor();
    await conversation.getByText('alone with it').waitFor();
    await shoot(t, 'conversation');

    // Sam withdraws the map while Dr Lee has it open: it leaves that screen, live.
    await mapRegion.getByText('being left on my own').waitFor();
    const mapSwitch = samCard.getByRole('switch', { name: 'Our pattern map' });
    await b.page.goto(`${base}/settings#therapist`);
    await samCard.getByText('Connected with Dr Lee').waitFor();
    await mapSwitch.uncheck();
    await mapRegion.waitFor({ state: 'detached', ...LIVE });
    expect(await t.page.getByText('being left on my own').count()).toBe(0);
    await shoot(t, 'map-withdrawn');

    // The desk counts the homework done since connecting, and the prep prints it.
    await t.page.goto(`${base}/desk`);
    await card.getByText('Homework: 1 of 1 done').waitFor();
    await card.getByRole('link', { name: 'Open Alex & Sam' }).click();
    await t.page.getByRole('link', { name: 'Session prep to print' }).click();
    await t.page.getByRole('heading', { level: 1, name: 'Session prep: Alex & Sam' }).waitFor();
    await shoot(t, 'prep');

    // Alex tells Dr Lee something privately, with the safety-check answers; Sam is never told.
    await ok(a.page, 'PUT', '/api/safety/check', { answers: { afraid: 'no', checkedOn: 'sometimes' } });
    await a.page.goto(`${base}/for-you/therapist`);
    await a.page.getByRole('heading', { level: 1, name: 'Tell Dr Lee privately' }).waitFor();
    await a.page.getByRole('textbox', { name: 'What you would like them to know' }).fill('Evenings are the hardest part for me.');
    await a.page.getByRole('checkbox', { name: 'Include my answers to the private safety check' }).check();
    await a.page.getByRole('button', { name: 'Send privately' }).click();
    await a.page.getByRole('status').filter({ hasText: 'Your partner has not been told' }).waitFor();
    await a.page.getByRole('region', { name: 'What you have sent' }).getByText('Evenings are the hardest part for me.').waitFor();
    await shoot(a, 'tell-therapist-sent');
    const told = (await apiFromPage(t.page, 'GET', `/api/desk/couples/${coupleId}/private-messages`)).body as { messages: Array<{ text: string; safetyAnswers: unknown[] }> };
    expect(told.messages.map((m) => [m.text, m.safetyAnswers.length])).toEqual([['Evenings are the hardest part for me.', 2]]);
    expect((await apiFromPage(b.page, 'GET', '/api/tell-therapist')).body).toMatchObject({ sent: [] });

    // Both partners find the looks on their record, in plain words.
    for (const phone of [a, b]) {
      await phone.page.goto(`${base}/settings#therapist`);
      const looks = phone.page.getByTestId('therapist-looks');
      await looks.getByText(/^Dr Lee looked at your map · /).first().waitFor();
      await looks.getByText(/^Dr Lee looked at your overview · /).first().waitFor();
      await looks.getByText(/^Dr Lee looked at your practices · /).first().waitFor();
      await looks.getByText(/^Dr Lee read a conversation you both chose to show · /).first().waitFor();
    }
    await shoot(a, 'record');

    expect(a11y).toEqual([]);
    for (const p of [a, b, t]) p.assertClean();
  });
});
