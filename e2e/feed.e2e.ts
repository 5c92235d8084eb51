import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capture, type Phone } from './support/browser';
import { twoPartnersOnOneProcess } from './support/two-partners';
import { signUpWithSpace } from './support/flows';
import { person, SignupPage } from './pages/accounts';
import { HomePage } from './pages/couple';
import { MapPage } from './pages/pattern-map';
import { PracticePage } from './pages/practice';
import { apiFromPage } from './support/api';

/**
 * The couple's activity feed, read on both phones after the two partners
 * have used every feature that writes to it: the space and its invites,
 * signals and pauses, the pattern map (a side typed and shared in the app;
 * names, maps, responses, agreements and said-and-meant through the app's
 * own API from the page), the calming playlist, repair from rupture to
 * repaired, and daily practice (rituals, moments, notes, joy, seasons,
 * stretches). Every item the server has for the feed is shown, each as a
 * sentence, and none is the old vague "Something changed in your space".
 * (Pause steps that need minutes to pass — time up, more time, ran its
 * course — are checked for words by src/web/activity-words.test.ts.)
 */
describe('the activity feed, two partners', () => {
  const partners = twoPartnersOnOneProcess();
  const a11y: string[] = [];
  const alex = person('Alex');
  const sam = person('Sam');

  /** A request the app makes, from the signed-in page (its cookies and CSRF header; a POST without words sends `{}`, as the app does); it must succeed. */
  async function api<T = Record<string, unknown>>(page: Page, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await apiFromPage(page, method, path, body ?? (method === 'POST' ? {} : undefined));
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }
  const pause = (page: Page, command: Record<string, unknown>) => api(page, 'POST', '/api/pause/commands', { commandId: crypto.randomUUID(), command });
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

  it('shows every feed event from every feature as a kind sentence, on both phones', { timeout: 240_000 }, async () => {
    const { a, b, base } = partners;
    // The space: made, an invite made and cancelled, another used by Sam, then renamed.
    await signUpWithSpace(a, base, alex, 'Us two');
    const dropped = await api<{ id: string }>(a.page, 'POST', '/api/couple/invites', {});
    await api(a.page, 'DELETE', `/api/couple/invites/${dropped.id}`);
    const invite = await api<{ url: string }>(a.page, 'POST', '/api/couple/invites', {});
    await b.page.goto(invite.url);
    await new SignupPage(b.page).signUp(sam, 'Create account and join');
    await new HomePage(b.page).heading('Us two').waitFor({ timeout: 15_000 });
    await api(b.page, 'PATCH', '/api/couple', { name: 'Us two, gently' });

    // In the moment: a signal, a pause asked for, answered with another length and taken back;
    // then a pause taken, made longer, paced, and come back from together.
    await api(a.page, 'POST', '/api/signals', { clientId: crypto.randomUUID(), need: 'breathe_first' });
    const plan = { type: 'request', minutes: 10, where: 'same_room', tether: 'I need ten minutes, and I’m staying right here', returnPlan: 'hug' };
    await pause(a.page, plan);
    await pause(b.page, { type: 'propose', minutes: 20 });
    await pause(a.page, { type: 'cancel' });
    await pause(a.page, plan);
    await pause(b.page, { type: 'accept', tether: 'I’ll be on the sofa' });
    await pause(a.page, { type: 'extend', minutes: 5 });
    await pause(a.page, { type: 'pace', breathsPerMinute: 5 });
    await pause(a.page, { type: 'ready', feeling: 4, nextStep: 'hug' });
    await pause(b.page, { type: 'ready', feeling: 5, nextStep: 'talk' });

    // The pattern map: Alex starts one, types a side in the app and shares it; the rest through the API.
    await api(a.page, 'POST', '/api/maps', {});
    const mapA = new MapPage(a.page);
    await mapA.open(base);
    await mapA.heading('Our loop').waitFor();
    await mapA.field(mapA.mySide, 'What I do').fill('I follow you from room to room to talk it through');
    await mapA.saved();
    await mapA.shareFromMap();
    const { maps } = await api<{ maps: Array<{ id: string; isMain: boolean }> }>(a.page, 'GET', '/api/maps');
    const main = maps.find((m) => m.isMain)!;
    const me = await api<{ user: { id: string } }>(a.page, 'GET', '/api/session');
    await api(a.page, 'POST', `/api/maps/${main.id}/sides/${me.user.id}/restore`, { version: 0 });
    await api(b.page, 'PATCH', `/api/maps/${main.id}`, { name: 'the doom spiral' });
    const comment = await api<{ id: string }>(b.page, 'POST', `/api/maps/${main.id}/comments`, { sideOwnerId: me.user.id, field: 'longing', reaction: 'hug' });
    await api(b.page, 'DELETE', `/api/maps/${main.id}/comments/${comment.id}`);
    await api(b.page, 'POST', `/api/maps/${main.id}/comments`, { sideOwnerId: me.user.id, field: 'fear', reaction: 'heart' });
    const money = await api<{ id: string }>(b.page, 'POST', '/api/maps', { topic: 'money' });
    await api(a.page, 'PATCH', `/api/maps/${money.id}`, { isMain: true });
    const contract = await api<{ id: string }>(a.page, 'POST', '/api/contracts', { text: 'I’m the open one, you’re the calm one' });
    await api(b.page, 'PUT', `/api/contracts/${contract.id}/mark`, { decision: 'renegotiate' });
    await api(a.page, 'PUT', `/api/contracts/${contract.id}/mark`, { decision: 'retire' });
    await api(b.page, 'POST', '/api/said-and-meant', { said: 'Can we talk later?', meant: 'I’m scared I’ll say something I regret', shared: true });

    // The calming playlist.
    await api(b.page, 'PUT', '/api/toolkit/playlist', { url: 'https://music.example.test/calm' });

    // Repair, from a rough moment to repaired.
    const rupture = await api<{ id: string }>(a.page, 'POST', '/api/ruptures', { topic: 'chores', intensity: 6, reached: 'me', withdrew: 'partner' });
    const repair = await api<{ id: string }>(a.page, 'POST', `/api/ruptures/${rupture.id}/repair`, { calmEnough: true });
    await api(b.page, 'POST', `/api/ruptures/${rupture.id}/repair`, { calmEnough: true });
    await api(a.page, 'POST', `/api/repairs/${repair.id}/submit`, { answers: { feelings: 'alone', myPart: 'I kept pushing', unmetNeed: 'reassurance', iWill: 'ask before I follow' } });
    const view = await api<{ actions: Array<{ id: string; mine: boolean }> }>(b.page, 'POST', `/api/repairs/${repair.id}/submit`, {
      answers: { feelings: 'cornered', myPart: 'I went silent', unmetNeed: 'a moment to breathe', iWill: 'say when I’ll be back' },
    });
    await api(b.page, 'POST', `/api/repairs/${repair.id}/acknowledge`, { step: 'feelings' });
    const alexAction = view.actions.find((x) => !x.mine)!;
    await api(a.page, 'POST', `/api/actions/${alexAction.id}/done`);
    await api(b.page, 'POST', `/api/actions/${alexAction.id}/acknowledge`);
    await api(a.page, 'POST', `/api/ruptures/${rupture.id}/repaired`);
    await api(b.page, 'POST', `/api/ruptures/${rupture.id}/repaired`);

    // Daily practice: rituals kept and let go, moments (alone, and together and kept by Sam),
    // notes sent and answered, joy, a season's whole life, and a shared stretch planned and tried.
    const hug = await api<{ id: string }>(a.page, 'POST', '/api/rituals', { libraryKey: 'long_hug' });
    const tea = await api<{ id: string }>(b.page, 'POST', '/api/rituals', { title: 'Tea on the balcony before work' });
    await api(a.page, 'POST', `/api/rituals/${hug.id}/moments`, { together: false });
    const together = await api<{ id: string }>(a.page, 'POST', `/api/rituals/${hug.id}/moments`, { together: true });
    await api(b.page, 'POST', `/api/moments/${together.id}/confirm`);
    await api(b.page, 'DELETE', `/api/rituals/${tea.id}`);
    const note = await api<{ id: string }>(a.page, 'POST', '/api/notes', { text: 'I noticed I got sharp earlier and I want to come back to it.' });
    await api(b.page, 'POST', `/api/notes/${note.id}/played`);
    await api(b.page, 'POST', `/api/notes/${note.id}/react`, { tether: 'Thank you. I’m here.' });
    await api(b.page, 'POST', '/api/joy', { text: 'We danced in the kitchen' });
    const season = await api<{ id: string }>(a.page, 'POST', '/api/seasons', { carrier: 'partner', what: 'Sam cooks on weekdays', why: 'My deadline is this month', reviewOn: inDays(14) });
    await api(b.page, 'POST', `/api/seasons/${season.id}/accept`, {});
    await api(b.page, 'POST', `/api/seasons/${season.id}/renew`, { reviewOn: inDays(30) });
    await api(a.page, 'POST', `/api/seasons/${season.id}/accept`, {});
    await api(a.page, 'POST', `/api/seasons/${season.id}/end`, {});
    const stretch = await api<{ id: string }>(b.page, 'POST', '/api/stretches', { role: 'distancer', title: 'Stay in the room for one more minute', expectedDiscomfort: 6, shared: true });
    await api(b.page, 'POST', `/api/stretches/${stretch.id}/done`, { actualDiscomfort: 4 });
    await api(a.page, 'POST', '/api/capacity', { level: 'low', day: inDays(0) });

    // The notes screen, now that there are moments a note can be about: the picker's text is never cut off.
    const pa = new PracticePage(a.page);
    await pa.open(base, 'Notes');
    const about = a.page.getByLabel('About a recent moment (optional)');
    await about.selectOption({ index: 1 });
    // The chosen text is wider than the box at 390 px, so it must wrap (the box grows) rather than run under the edge.
    const picked = await about.evaluate((el) => {
      const select = el as HTMLSelectElement;
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: select.selectedOptions[0]!.text, textWidth: context.measureText(select.selectedOptions[0]!.text).width, room, lines: (select.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight) };
    });
    expect(picked.text).toMatch(/^The (pause|signal) on /);
    expect(Math.round(picked.lines)).toBeGreaterThanOrEqual(Math.ceil(picked.textWidth / picked.room));
    a11y.push(...(await capture(a.page, 'feed-notes-moment-picker', { desktop: true })));

    // Both phones: the whole feed, every page of it.
    const server = await allActivity(a.page);
    const types = new Set(server.map((i) => i.type));
    for (const type of ['couple.created', 'invite.revoked', 'member.joined', 'couple.renamed', 'signal.sent', 'pause.proposed', 'pause.cancelled', 'pause.extended', 'pause.reconnected', 'map.created', 'map.side_shared', 'map.restored', 'map.renamed', 'map.commented', 'map.comment_removed', 'map.main_changed', 'contract.proposed', 'contract.marked', 'said_and_meant.shared', 'toolkit.playlist_changed', 'rupture.logged', 'repair.started', 'repair.submitted', 'repair.revealed', 'repair.acknowledged', 'action.done', 'action.acknowledged', 'rupture.repaired_by_one', 'rupture.repaired', 'ritual.kept', 'ritual.let_go', 'moment.marked', 'moment.proposed', 'moment.shared', 'note.sent', 'note.answered', 'joy.logged', 'season.proposed', 'season.active', 'season.renewal_proposed', 'season.ended', 'stretch.shared', 'stretch.tried']) {
      expect(types, type).toContain(type);
    }

    for (const [phone, name] of [[a, 'alex'], [b, 'sam']] as const) {
      await phone.page.goto(base + '/');
      const home = new HomePage(phone.page);
      await home.feed.waitFor();
      const more = phone.page.getByRole('button', { name: 'Show earlier' });
      while (await more.isVisible()) {
        const before = await home.feed.getByRole('listitem').count();
        await more.click();
        await expect.poll(() => home.feed.getByRole('listitem').count()).toBeGreaterThan(before);
      }
      const lines = await home.feed.locator('.feed-text').allTextContents();
      // Every item the server has for the feed is there: none left out for want of words.
      expect(lines).toHaveLength(server.length);
      for (const line of lines) {
        expect(line).not.toMatch(/Something changed|undefined|null|\[object/);
        expect(line, line).toMatch(/^[A-Z“][^\n]{8,}[^\s,;:]$/);
      }
      const other = name === 'alex' ? 'Sam' : 'Alex';
      const me = (mine: string, theirs: string) => (name === 'alex' ? mine : theirs);
      for (const expected of [
        `${me('You', 'Alex')} noticed the loop and sent a signal`,
        `${other === 'Sam' ? 'Sam' : 'You'} suggested a different length for the pause`,
        'You came back together',
        `${me('You', 'Alex')} shared ${me('your', 'their')} side of the loop`,
        `${me('Sam', 'You')} named your loop “the doom spiral”`,
        `${me('Sam', 'You')} would like to talk an unspoken agreement over`,
        `${me('You', 'Alex')} chose to let an unspoken agreement go`,
        `${me('Sam', 'You')} shared what ${me('they', 'you')} say in the loop, and what ${me('they', 'you')} mean`,
        `${me('Sam', 'You')} changed your calming playlist`,
        `${me('You', 'Alex')} remembered a small moment you had together`,
        'You shared a small moment together',
        `${me('Sam', 'You')} answered a note`,
        'A season began, agreed by you both',
        `${me('You', 'Alex')} brought a season to a close`,
        `${me('Sam', 'You')} planned a stretch and shared it`,
        `${me('Sam', 'You')} tried a stretch`,
        'A rough moment feels repaired to you both',
      ]) {
        expect(lines, expected).toContain(expected);
      }
      a11y.push(...(await capture(phone.page, `feed-home-${name}`, { desktop: true })));
    }

    a.assertClean();
    b.assertClean();
    expect(a11y).toEqual([]);
  });
});

/** Every item the server has for the couple's feed, newest first, through all its pages. */
async function allActivity(page: Page): Promise<Array<{ seq: number; type: string }>> {
  const items: Array<{ seq: number; type: string }> = [];
  for (let before: number | null = null; ; ) {
    const res = await apiFromPage(page, 'GET', `/api/couple/activity?limit=100${before ? `&before=${before}` : ''}`);
    const pageItems = (res.body as { items: Array<{ seq: number; type: string }> }).items;
    items.push(...pageItems);
    if (pageItems.length < 100) return items;
    before = pageItems[pageItems.length - 1]!.seq;
  }
}
