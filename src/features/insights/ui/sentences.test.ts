import { describe, expect, it } from 'vitest';
import { readerForTests } from '../../../../test/support/reading-in';
import * as say from './sentences';

const read = readerForTests();

describe('the insights’ sentences', () => {
  it('count in whole sentences, with "no", one and many', () => {
    expect(say.loopSentence(4, 0, 0, 'unknown')).toBe('No signals or pauses were recorded over these 4 weeks.');
    expect(say.loopSentence(52, 1, 0, 'unknown')).toBe('Over this year the two of you sent 1 signal and took no pauses.');
    expect(say.loopSentence(12, 3, 2, 'lower')).toBe(
      'Over these 12 weeks the two of you sent 3 signals and took 2 pauses. The loop showed up less often in these last six weeks than in the six before.',
    );
    expect(say.joySentence(1, 1)).toBe('1 joy moment and one hard one: a balance.');
    expect(say.practiceSentence(2, 0)).toBe('You followed through on 2 repair actions.');
  });

  it('say durations in the reader’s language', () => {
    expect(say.duration(0.5)).toBe('30 minutes');
    expect(say.duration(5)).toBe('5 hours');
    expect(say.duration(48)).toBe('2 days');
    read('de');
    expect(say.duration(5)).toBe('5 Stunden');
    expect(say.duration(24 * 3)).toBe('3 Tage');
  });

  it('choose the person by a select, never by inserting "you"', () => {
    expect(say.shiftSentence('me', 'Sam', 'money')).toBe('Lately you have been the one reaching around money — the loop can change seats.');
    expect(say.shiftSentence('partner', 'Sam', 'all')).toBe('Lately Sam has been the one reaching — the loop can change seats.');
    read('de');
    expect(say.shiftSentence('me', 'Sam', 'all')).toBe('Zuletzt hast vor allem du dich genähert – die Schleife kann die Plätze tauschen.');
    expect(say.shiftSentence('partner', 'Sam', 'money')).toBe('Zuletzt hat sich beim Thema Geld vor allem Sam genähert – die Schleife kann die Plätze tauschen.');
  });

  it('read German plurals and spans as German', () => {
    read('de');
    expect(say.loopSentence(4, 1, 2, 'unknown')).toBe('In diesen 4 Wochen habt ihr 1 Signal gesendet und 2 Pausen gemacht.');
    expect(say.tallySentence(2, 0, 1, 'Sam')).toBe('Du hast dich in 2 schweren Momenten genähert, Sam in keinem. 1 Moment habt ihr unterschiedlich gesehen.');
    expect(say.returnsSentence(3, 1)).toBe('Von 3 Pausen, aus denen ihr gemeinsam zurückgekommen seid, endete 1 zu der Zeit, die ihr euch vorgenommen hattet.');
  });
});
