import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { capture, launchBrowser, Phone } from './support/browser';
import { POSTGRES_URL, startAppProcess, type AppProcess } from './support/servers';
import { signUp, signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { apiFromPage } from './support/api';

/**
 * Homework between sessions and telling the therapist privately, on three phones: two partners
 * and their therapist (whose account and link are written to the database directly: connecting
 * has its own suite). The therapist assigns; both partners' homes show it live, below the way to
 * a pause; A says how it went and B sees it live. A then tells the therapist privately.
 */
describe('homework from sessions, and telling the therapist privately', () => {
  let app: AppProcess;
  let browser: Browser;
  let db: pg.Client;
  let dataDir: string;
  const schema = `e2e_${randomBytes(5).toString('hex')}`;
  const phones: Phone[] = [];
  const a11y: string[] = [];

  beforeAll(async () => {
    db = new pg.Client({ connectionString: POSTGRES_URL });
    await db.connect();
    await db.query(`create schema ${schema}`);
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    dataDir = mkdtempSync(path.join(tmpdir(), 'offbeat-e2e-'));
    [app, browser] = await Promise.all([startAppProcess({ DATABASE_URL: url.toString(), DATA_DIR: dataDir }), launchBrowser()]);
    await db.query(`set search_path to ${schema}`);
    for (const name of ['A', 'B', 'T']) phones.push(await Phone.open(browser, name));
  });
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close().catch(() => {})));
    await browser?.close();
    await app?.stop();
    await db?.query(`drop schema if exists ${schema} cascade`);
    await db?.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('assign → both homes show it live, below the pause → A says how it went → B sees it; A tells the therapist privately', async () => {
    const [a, b, t] = phones as [Phone, Phone, Phone];
    const base = app.url;
    const alex = person('Alex');
    await signUpWithSpace(a, base, alex, 'Us two');
    const invite = await apiFromPage(a.page, 'POST', '/api/couple/invites', {});
    await b.page.goto((invite.body as { url: string }).url);
    await new SignupPage(b.page).signUp(person('Sam'), 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });

    // The therapist: an account made a therapist's, connected to the couple, a session in two days.
    const lee = person('Lee');
    await signUp(t, base, lee);
    const coupleId = ((await apiFromPage(a.page, 'GET', '/api/session')).body as { user: { coupleId: string } }).user.coupleId;
    const [therapist] = (await db.query(`update users set kind = 'therapist' where email = $1 returning id`, [lee.email])).rows as [{ id: string }];
    await db.query(`insert into therapist_profiles (user_id, practice, contact) values ($1, 'Lee Practice', 'lee@example.test')`, [therapist.id]);
    await db.query(`insert into therapist_links (couple_id, therapist_id, next_session_at) values ($1, $2, now() + interval '2 days')`, [coupleId, therapist.id]);
    await a.page.goto(`${base}/`);
    await new HomePage(a.page).heading('Us two').waitFor();

    // Assigning reaches both homes live, through the socket (no reload).
    const desk = `/api/desk/couples/${coupleId}`;
    const dueOn = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    expect((await apiFromPage(t.page, 'POST', `${desk}/assignments`, { practiceKey: 'same-room-pause', note: 'Even five minutes counts.', dueOn })).status).toBe(201);
    expect((await apiFromPage(t.page, 'POST', `${desk}/assignments`, { practiceKey: 'evening-ritual', dueOn })).status).toBe(201);
    expect((await apiFromPage(t.page, 'PUT', `${desk}/checkin-before-session`, { on: true })).status).toBe(204);
    for (const p of [a, b]) {
      const card = p.page.getByRole('region', { name: 'From your sessions' });
      await card.getByRole('heading', { name: 'Try a 10-minute same-room pause this week' }).waitFor();
      await card.getByRole('link', { name: 'Take the check-in' }).waitFor();
    }
    const card = a.page.getByRole('region', { name: 'From your sessions' });
    await card.getByText('Even five minutes counts.').waitFor();
    await card.getByText(/whenever you’re ready/).first().waitFor();
    expect(await card.getByRole('link', { name: 'Go there: Try a 10-minute same-room pause this week' }).getAttribute('href')).toBe('/pause');

    // The way to a pause stays in the first viewport of a phone, above the card.
    await a.page.evaluate(() => scrollTo(0, 0));
    const pause = (await a.page.getByRole('button', { name: 'Pause now' }).boundingBox())!;
    expect(pause.y + pause.height).toBeLessThanOrEqual(844);
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.y).toBeGreaterThan(pause.y);
    a11y.push(...(await capture(a.page, 'homework-home', { desktop: true })));

    // A says how it went; B sees it live.
    await card.getByRole('button', { name: 'How did it go? Try a 10-minute same-room pause this week' }).click();
    const form = card.getByRole('form', { name: 'How did it go? Try a 10-minute same-room pause this week' });
    await form.getByRole('checkbox', { name: 'I tried it' }).waitFor();
    await form.getByRole('textbox', { name: 'How it went (optional)' }).fill('We sat on the sofa and it was calmer.');
    a11y.push(...(await capture(a.page, 'homework-how-did-it-go', { desktop: true })));
    await form.getByRole('button', { name: 'Save' }).click();
    await card.getByText('You tried it.').waitFor();
    const bCard = b.page.getByRole('region', { name: 'From your sessions' });
    await bCard.getByText('Alex tried it.').waitFor();
    await bCard.getByText('We sat on the sofa and it was calmer.').waitFor();
    a11y.push(...(await capture(b.page, 'homework-partner-sees')));
    const deskView = (await apiFromPage(t.page, 'GET', `${desk}/assignments`)).body as { progressShared: boolean };
    expect(deskView.progressShared).toBe(false);

    // Telling the therapist privately, with the safety-check answers.
    expect((await apiFromPage(a.page, 'PUT', '/api/safety/check', { answers: { afraid: 'no', checkedOn: 'sometimes' } })).status).toBe(200);
    await a.page.goto(`${base}/for-you/therapist`);
    await a.page.getByRole('heading', { level: 1, name: 'Tell Lee privately' }).waitFor();
    expect(await a.page.title()).toBe('Offbeat');
    await a.page.getByRole('textbox', { name: 'What you would like them to know' }).fill('Evenings are the hardest part for me.');
    await a.page.getByRole('checkbox', { name: 'Include my answers to the private safety check' }).check();
    a11y.push(...(await capture(a.page, 'tell-therapist', { desktop: true })));
    await a.page.getByRole('button', { name: 'Send privately' }).click();
    await a.page.getByRole('status').filter({ hasText: 'Your partner has not been told' }).waitFor();
    await a.page.getByRole('region', { name: 'What you have sent' }).getByText('Evenings are the hardest part for me.').waitFor();
    a11y.push(...(await capture(a.page, 'tell-therapist-sent', { desktop: true })));
    const told = (await apiFromPage(t.page, 'GET', `${desk}/private-messages`)).body as { messages: Array<{ text: string; safetyAnswers: unknown[] }> };
    expect(told.messages).toHaveLength(1);
    expect(told.messages[0]!.safetyAnswers).toHaveLength(2);
    expect((await apiFromPage(b.page, 'GET', '/api/tell-therapist')).body).toMatchObject({ sent: [] });

    expect(a11y).toEqual([]);
    for (const p of phones) p.assertClean();
  });
});
