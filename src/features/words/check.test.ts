import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWords, compile } from './check';
import { wordCheckResult } from './contract';
import { wordsCopy } from './copy';

const marked = (text: string) => checkWords(text).markers.map((m) => [m.marker, text.slice(m.start, m.end)]);

describe('checkWords', () => {
  it('marks "you never listen" as blame, in place, and offers the words about being heard', () => {
    const text = 'Honestly, you never listen.';
    expect(checkWords(text)).toEqual({ markers: [{ marker: 'blame', start: 10, end: 19 }], suggestion: wordsCopy.notHeard });
    expect(marked(text)).toEqual([['blame', 'you never']]);
  });

  it('marks each kind, in reading order', () => {
    expect(marked('Whatever. You always do this, and it is not my fault.')).toEqual([
      ['stonewalling', 'Whatever'],
      ['blame', 'You always'],
      ['defensiveness', 'it is not my fault'],
    ]);
    expect(marked("I'm giving you space to process.")).toEqual([['withdrawal', 'giving you space']]);
    expect(marked('Fine.')).toEqual([['stonewalling', 'Fine']]);
    expect(marked('Why won’t you answer me?')).toEqual([['pursuit', 'Why won’t you answer']]);
    expect(marked('Oh great, here we go again 🙄')).toEqual([
      ['contempt', 'Oh great'],
      ['contempt', 'here we go again'],
      ['contempt', '🙄'],
    ]);
  });

  it('reads any case, curly or missing apostrophes, contractions spelt out and any white space alike', () => {
    for (const text of ["you're always late", 'You’re always late', 'youre ALWAYS late', 'you are\n always late', 'You  are always late']) {
      expect(checkWords(text).markers.map((m) => m.marker), text).toEqual(['blame']);
    }
  });

  it('leaves warm absolutes, one-word answers inside a sentence and soft start-ups alone', () => {
    for (const text of ['You always make me laugh.', "I'm fine with Thursday.", 'Whatever you choose is lovely.', 'I need space but I love you.', 'I need twenty minutes, then I will come back at eight.', '']) {
      expect(checkWords(text), text).toEqual({ markers: [], suggestion: null });
    }
  });

  it('suggests for the strongest kind present: contempt before blame, blame before the rest', () => {
    expect(checkWords('Grow up. You always do this.').suggestion).toBe(wordsCopy.suggestions.contempt);
    expect(checkWords("Let's drop it. You always do this.").suggestion).toBe(wordsCopy.suggestions.blame);
    expect(checkWords('Fine.').suggestion).toBe(wordsCopy.suggestions.stonewalling);
    expect(checkWords('Why are you ignoring me?').suggestion).toBe(wordsCopy.suggestions.pursuit);
  });

  it('never throws, and its marks are in range, in order and never overlap, on any text', () => {
    const words = fc.constantFrom('you', 'never', 'always', 'fine', 'whatever', '.', ',', ' ', '\n', "'", '’', 'talk', 'now', 'giving', 'space', '🙄', 'é', 'İ', '\u0000', 'not my fault');
    const texts = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')), fc.array(words, { maxLength: 40 }).map((w) => w.join('')));
    fc.assert(
      fc.property(texts, (text) => {
        const result = checkWords(text);
        expect(wordCheckResult.parse(result)).toEqual(result);
        let end = 0;
        for (const mark of result.markers) {
          expect(mark.start).toBeGreaterThanOrEqual(end);
          expect(mark.end).toBeGreaterThan(mark.start);
          expect(mark.end).toBeLessThanOrEqual(text.length);
          end = mark.end;
        }
        expect(result.suggestion === null).toBe(result.markers.length === 0);
        // The same answer on the same words: nothing is kept between calls.
        expect(checkWords(text)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  it('marks the same words wherever they sit in a longer text, at offsets moved by what comes before', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).map((s) => s.replace(/[a-z']/gi, '')), (prefix) => {
        const text = `${prefix}. You never listen.`;
        const blame = checkWords(text).markers.find((m) => m.marker === 'blame');
        expect(blame && text.slice(blame.start, blame.end)).toBe('You never');
      }),
    );
  });
});

describe('compile', () => {
  it('spells out contractions and lets any apostrophe and white space stand', () => {
    const pattern = compile("don't you're let's can't won't");
    for (const text of ["don't you're let's can't won't", 'do not you are let us cannot will not', 'dont youre lets cant wont', 'don’t  you’re\tlet’s can’t won’t']) {
      expect(new RegExp(`^${pattern.source}$`, 'iu').test(text), text).toBe(true);
    }
  });
});

describe('the softer words', () => {
  it('are themselves unmarked, so using one never brings a mark back', () => {
    for (const words of [...Object.values(wordsCopy.suggestions), wordsCopy.notHeard]) expect(checkWords(words), words).toEqual({ markers: [], suggestion: null });
  });
});
