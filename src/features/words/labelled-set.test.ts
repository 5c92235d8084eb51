import { describe, expect, it } from 'vitest';
import { checkWords } from './check';
import { WORD_MARKERS, type WordMarker } from './contract';
import { HELD_OUT, PHRASES, TUNING, type LabelledPhrase } from './labelled-set';

const AT_LEAST = 0.85;

interface Score {
  precision: number;
  recall: number;
  tp: number;
  predicted: number;
  actual: number;
}

/** Per marker, phrase by phrase: did the check mark the phrase with it, and should it have? */
function scores(phrases: readonly LabelledPhrase[]): Record<WordMarker, Score> {
  const found = phrases.map((p) => new Set(checkWords(p.text).markers.map((m) => m.marker)));
  return Object.fromEntries(
    WORD_MARKERS.map((marker) => {
      const predicted = found.filter((f) => f.has(marker)).length;
      const actual = phrases.filter((p) => p.markers.includes(marker)).length;
      const tp = phrases.filter((p, i) => p.markers.includes(marker) && found[i]!.has(marker)).length;
      return [marker, { precision: predicted === 0 ? 0 : tp / predicted, recall: actual === 0 ? 0 : tp / actual, tp, predicted, actual }];
    }),
  ) as Record<WordMarker, Score>;
}

describe('Check my words on our labelled set', () => {
  it('has at least 300 phrases: every marker in several wordings, soft start-ups and ordinary sentences, none twice', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(300);
    for (const kind of [...WORD_MARKERS, 'soft', 'neutral'] as const) expect(PHRASES.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(30);
    expect(new Set(PHRASES.map((p) => p.text.toLowerCase())).size).toBe(PHRASES.length);
    for (const p of PHRASES) expect(p.kind === 'soft' || p.kind === 'neutral' ? p.markers.length === 0 : p.markers.includes(p.kind), p.text).toBe(true);
  });

  it('splits the set in two halves of about the same size, each with every marker', () => {
    expect(TUNING.length + HELD_OUT.length).toBe(PHRASES.length);
    expect(Math.abs(TUNING.length - HELD_OUT.length) / PHRASES.length).toBeLessThan(0.1);
    for (const marker of WORD_MARKERS) expect(HELD_OUT.filter((p) => p.markers.includes(marker)).length, marker).toBeGreaterThanOrEqual(15);
  });

  it(`marks each kind on the held-out half with precision and recall of at least ${AT_LEAST}, and leaves soft and ordinary words alone`, () => {
    const held = scores(HELD_OUT);
    const unmarked = HELD_OUT.filter((p) => p.markers.length === 0);
    const falseMarks = unmarked.filter((p) => checkWords(p.text).markers.length > 0);
    console.log(
      [
        `check my words, held-out half (${HELD_OUT.length} of ${PHRASES.length} phrases):`,
        ...WORD_MARKERS.map((m) => {
          const s = held[m];
          return `  ${m.padEnd(13)} precision ${s.precision.toFixed(2)} (${s.tp}/${s.predicted})  recall ${s.recall.toFixed(2)} (${s.tp}/${s.actual})`;
        }),
        `  soft and ordinary sentences marked: ${falseMarks.length}/${unmarked.length}`,
        ...falseMarks.map((p) => `    marked: ${p.text}`),
      ].join('\n'),
    );
    for (const m of WORD_MARKERS) {
      expect(held[m].precision, `${m} precision`).toBeGreaterThanOrEqual(AT_LEAST);
      expect(held[m].recall, `${m} recall`).toBeGreaterThanOrEqual(AT_LEAST);
    }
  });
});
