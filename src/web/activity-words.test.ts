import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogues, setLocaleSource } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/locales';
import { activityWords } from '../core/web/activity-words';
import { accountEvents } from '../features/accounts/contract';
import { coupleEvents } from '../features/couple/contract';
import { patternMapEvents } from '../features/pattern-map/contract';
import { pauseEvents } from '../features/pause/contract';
import { practiceEvents } from '../features/practice/contract';
import { repairEvents } from '../features/repair/contract';
import { signalEvents } from '../features/signal/contract';
import { toolkitEvents } from '../features/toolkit/contract';
import './activity-words';

/**
 * The feed never falls back to a vague line: every event type a feature's contract puts in the
 * couple's feed (the event log takes the feed flag from there) has words, registered by the same
 * module the home screen loads.
 */
const contracts = [accountEvents, coupleEvents, patternMapEvents, pauseEvents, practiceEvents, repairEvents, signalEvents, toolkitEvents];
const feedTypes = contracts.flatMap((c) => Object.entries(c).filter(([, spec]) => spec.feed).map(([type]) => type)).sort();

describe('the activity feed’s words', () => {
  it('reads the feed events from the contracts', () => {
    for (const type of ['signal.sent', 'pause.reconnected', 'repair.revealed', 'season.active', 'stretch.shared', 'said_and_meant.shared', 'member.joined']) expect(feedTypes).toContain(type);
    for (const type of ['signal.seen', 'pause.pulse', 'capacity.checked_in', 'note.played', 'joy.idea_added', 'ritual.reminder', 'map.sync']) expect(feedTypes).not.toContain(type);
  });

  let locale: Locale = 'en';
  afterAll(() => setLocaleSource(() => 'en'));

  it.each(['en', 'de'] as const)('has a sentence for each one, for the partner and for me (%s)', async (language) => {
    await loadCatalogues(language);
    locale = language;
    setLocaleSource(() => locale);
    expect(feedTypes.filter((type) => !activityWords(type)), 'feed event types without words: add them to the feature’s ui/activity-words.ts').toEqual([]);
    const seen = new Set<string>();
    for (const type of feedTypes) {
      for (const [who, mine] of [['Sam', false], ['You', true], ['A former partner', false]] as const) {
        const sentence = activityWords(type)!({ who: mine ? 'you' : 'other', name: who }, {});
        expect(sentence, type).toMatch(/^[A-Z“][^\n]{8,}[^\s.,;:]$/);
        expect(sentence, type).not.toMatch(/undefined|null|NaN|\[object|Something changed|\s{2}/);
        seen.add(sentence.replace(who, ''));
      }
    }
    // German is its own: no English line is left in it (a name is the same in both).
    if (language === 'de') for (const sentence of seen) expect(sentence).not.toMatch(/\b(the|you|your|and|a) /i);
  });
});
