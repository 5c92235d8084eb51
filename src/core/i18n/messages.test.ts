import { describe, expect, it } from 'vitest';
import { readerForTests } from '../../../test/support/reading-in';
import { catalogue, currentLocale, defineMessages, definedMessages, format, msg } from './messages';

/** A small copy tree of this test's own, with a German catalogue beside it (test-words.de.json). */
const words = defineMessages(
  'core/i18n/test-words',
  {
    plain: 'Breathe',
    hello: msg('Hello {name}', { name: 'text' }),
    taps: msg('{taps, plural, one {once} other {# times}}', { taps: 'number' }),
    who: msg('{who, select, you {You asked for a pause} other {{name} asked for a pause}}', { who: 'text', name: 'text' }),
    nested: { deep: 'Deep' },
    day: msg('On {day, date, long}', { day: 'date' }),
    minutes: 20,
    list: ['a', 'b'],
  },
  { de: () => import('./test-words.de.json') },
);

const read = readerForTests();

describe('messages', () => {
  it('reads English from the code and another language from its catalogue, each time a word is read', () => {
    expect(words.plain).toBe('Breathe');
    expect(words.nested.deep).toBe('Deep');
    read('de');
    expect(currentLocale()).toBe('de');
    expect(words.plain).toBe('Atme');
    expect(words.nested.deep).toBe('Tief');
  });

  it('puts values in, with plurals and selects whole in each language', () => {
    expect(words.hello({ name: 'Sam' })).toBe('Hello Sam');
    expect([1, 3].map((taps) => words.taps({ taps }))).toEqual(['once', '3 times']);
    expect(words.who({ who: 'you', name: 'Sam' })).toBe('You asked for a pause');
    expect(words.who({ who: 'other', name: 'Sam' })).toBe('Sam asked for a pause');
    read('de');
    expect([1, 3].map((taps) => words.taps({ taps }))).toEqual(['einmal', '3 Mal']);
    expect(words.who({ who: 'you', name: 'Sam' })).toBe('Du hast eine Pause erbeten');
    expect(words.who({ who: 'other', name: 'Sam' })).toBe('Sam hat eine Pause erbeten');
  });

  it('writes dates and numbers in the reader’s language', () => {
    const day = new Date(Date.UTC(2026, 11, 4, 12));
    expect(words.day({ day })).toBe('On December 4, 2026');
    read('de');
    expect(words.day({ day })).toBe('Am 4. Dezember 2026');
  });

  it('passes numbers and lists through, and knows every message by its key with its declared values', () => {
    expect(words.minutes).toBe(20);
    expect([...words.list]).toEqual(['a', 'b']);
    expect(definedMessages().get('core/i18n/test-words.hello')).toEqual({ key: 'core/i18n/test-words.hello', text: 'Hello {name}', args: { name: 'text' } });
    expect(catalogue('de').get('core/i18n/test-words.nested.deep')).toBe('Tief');
  });

  it('falls back to English for a message a catalogue lacks, never to a key', () => {
    const extra = defineMessages('core/i18n/test-words-untranslated', { only: 'Only English' }, { de: () => Promise.resolve({ default: {} }) });
    read('de');
    expect(extra.only).toBe('Only English');
  });

  it('refuses words chosen by code, and two texts under one key', () => {
    expect(() => defineMessages('core/i18n/test-bad', { pick: () => 'no' } as object, { de: () => Promise.resolve({ default: {} }) })).toThrow(/not functions/);
    expect(() => defineMessages('core/i18n/test-words', { plain: 'Something else' }, { de: () => Promise.resolve({ default: {} }) })).toThrow(/two messages/);
    expect(() => format('core/i18n/nothing-here')).toThrow(/no message/);
  });
});
