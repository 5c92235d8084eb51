import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import phrases from './safety-phrases.json';
import { concernIn, normalise } from './word-check';

const RECALL_AT_LEAST = 0.9;
const FALSE_POSITIVES_AT_MOST = 0.05;

describe('the word check on our labelled set', () => {
  const missed = phrases.harm.filter((text) => !concernIn(text));
  const flagged = phrases.ordinary.filter((text) => concernIn(text));
  const recall = 1 - missed.length / phrases.harm.length;
  const falsePositiveRate = flagged.length / phrases.ordinary.length;

  it('has at least 200 phrases, both kinds, none twice', () => {
    const all = [...phrases.harm, ...phrases.ordinary];
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(Math.min(phrases.harm.length, phrases.ordinary.length)).toBeGreaterThanOrEqual(100);
    expect(new Set(all.map(normalise)).size).toBe(all.length);
  });

  it(`notices harm and fear (recall ≥ ${RECALL_AT_LEAST}) and leaves ordinary conflict alone (false positives ≤ ${FALSE_POSITIVES_AT_MOST})`, () => {
    console.log(
      [
        `word check: recall on harm ${recall.toFixed(3)} (${phrases.harm.length - missed.length}/${phrases.harm.length}),`,
        `false-positive rate on ordinary conflict ${falsePositiveRate.toFixed(3)} (${flagged.length}/${phrases.ordinary.length})`,
        ...missed.map((text) => `  missed:  ${text}`),
        ...flagged.map((text) => `  flagged: ${text}`),
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(RECALL_AT_LEAST);
    expect(falsePositiveRate).toBeLessThanOrEqual(FALSE_POSITIVES_AT_MOST);
  });
});

describe('concernIn', () => {
  it('reads contractions, curly apostrophes and missing apostrophes alike', () => {
    for (const text of ["he won't let me see my friends", 'he won’t let me see my friends', 'he wont let me see my friends', 'he will not let me see my friends']) {
      expect(concernIn(text), text).toBe(true);
    }
  });

  it('lets a "not" or "never" just before the words turn them around, in that clause only', () => {
    expect(concernIn('he has never hit me')).toBe(false);
    expect(concernIn("I'm not afraid of him")).toBe(false);
    expect(concernIn('He never listens. He hits me.')).toBe(true);
    expect(concernIn('he never listens\nhe hits me')).toBe(true);
    expect(concernIn("I'm not sure what to do, I'm afraid of him")).toBe(true);
    expect(concernIn('he would never hurt me but he hits me')).toBe(true);
    expect(concernIn('not only did he hit me, he laughed')).toBe(true);
    expect(concernIn('my sister is not afraid of him the way I am afraid of him')).toBe(true);
  });

  it('counts words in quotation marks: a threat is usually reported in its own words', () => {
    expect(concernIn('he said "you\'ll pay for this" and slammed the door')).toBe(true);
    expect(concernIn('She told me “I will take the kids away from you”')).toBe(true);
  });

  it('is quiet on empty and blank text', () => {
    expect(concernIn('')).toBe(false);
    expect(concernIn(' \n\t ')).toBe(false);
  });
});

describe('concernIn, for any words', () => {
  const harm = fc.constantFrom(...phrases.harm.filter((text) => concernIn(text)));
  const labelled = fc.constantFrom(...phrases.harm, ...phrases.ordinary);

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(typeof concernIn(text)).toBe('boolean');
      }),
    );
  });

  // A line break is not just spacing: like a full stop, it ends a thought (see the negation test).
  it('answers the same whatever the letter case and the spaces between words', () => {
    const spacing = fc.constantFrom(' ', '  ', '\t', ' \t ', '\u00a0', '\u2003');
    fc.assert(
      fc.property(labelled, fc.array(fc.boolean(), { minLength: 1 }), spacing, spacing, (text, upper, gap, edge) => {
        const recased = [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
        const respaced = edge + recased.split(' ').join(gap) + edge;
        expect(concernIn(respaced)).toBe(concernIn(text));
      }),
    );
  });

  it('still notices harm when ordinary words follow it', () => {
    const after = fc.constantFrom(...phrases.ordinary);
    const joint = fc.constantFrom(' ', '. ', ', ', ' and ', '\n', ' but ');
    fc.assert(
      fc.property(harm, joint, after, (text, join, more) => {
        expect(concernIn(text + join + more)).toBe(true);
      }),
    );
  });
});
