import { beforeAll, describe, expect, it } from 'vitest';
import { scanFeedEvents, type FeedEventScan } from '../../test/support/feed-events';
import { activityWords } from '../core/web/activity-words';
import './activity-words';

/**
 * The feed never falls back to a vague line: every event type the server can
 * put in the couple's feed (read from the server's code, not a list kept by
 * hand) has words, registered by the same module the home screen loads.
 */
describe('the activity feed’s words', () => {
  let scan: FeedEventScan;
  let types: string[];
  beforeAll(() => {
    scan = scanFeedEvents();
    types = [...scan.types.keys()].sort();
  }, 120_000);

  it('reads every feed event type from the server’s appends', () => {
    expect(scan.problems).toEqual([]);
    // Literal types, unions from state machines, events appended outside a couple scope, and core's own.
    for (const type of ['signal.sent', 'pause.reconnected', 'repair.revealed', 'season.active', 'stretch.shared', 'said_and_meant.shared', 'member.joined']) expect(types).toContain(type);
    // `feed: false` events never show, so they need no words.
    for (const type of ['signal.seen', 'pause.pulse', 'capacity.checked_in', 'note.played', 'joy.idea_added', 'ritual.reminder']) expect(types).not.toContain(type);
  });

  it('has a sentence for each one, for the partner and for me', () => {
    const missing = types.filter((type) => !activityWords(type)).map((type) => `${type} (appended at ${scan.types.get(type)!.join(', ')})`);
    expect(missing, 'feed event types without words: add them to the feature’s ui/activity-words.ts').toEqual([]);
    for (const type of types) {
      for (const [who, mine] of [['Sam', false], ['You', true], ['A former partner', false]] as const) {
        const sentence = activityWords(type)!(who, {}, mine);
        expect(sentence, type).toMatch(/^[A-Z“][^\n]{8,}[^\s.,;:]$/);
        expect(sentence, type).not.toMatch(/undefined|null|NaN|\[object|Something changed|\s{2}/);
      }
    }
  });
});
