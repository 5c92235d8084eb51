/**
 * The CSI-4, the four-item Couples Satisfaction Index (Funk & Rogge 2007, Journal of Family
 * Psychology 21(4), 572–583), as a pluggable instrument definition. The items and anchors are the
 * published text, word for word, so they live here with the instrument and not in copy.ts (our own
 * words): they must not be reworded or translated without the authors' published version.
 * The score is the plain sum of the item values, 0–21, as published. No cut-off is shown anywhere
 * (decision 0016). Zod-free: the client imports it.
 */
export interface InstrumentItem {
  key: string;
  text: string;
  /** Anchor labels, in order: the first is worth 0, the next 1, and so on. */
  anchors: readonly string[];
}

export interface InstrumentDefinition {
  id: string;
  name: string;
  attribution: string;
  items: readonly InstrumentItem[];
  minScore: number;
  maxScore: number;
}

const TRUE_ANCHORS = ['Not at all TRUE', 'A little TRUE', 'Somewhat TRUE', 'Mostly TRUE', 'Almost Completely TRUE', 'Completely TRUE'] as const;
const DEGREE_ANCHORS = ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Almost Completely', 'Completely'] as const;

export const CSI4_KEYS = ['happiness', 'warm', 'rewarding', 'satisfied'] as const;
export type Csi4Key = (typeof CSI4_KEYS)[number];
export type Csi4Answers = Record<Csi4Key, number>;

export const CSI4 = {
  id: 'csi4',
  name: 'Couples Satisfaction Index (CSI-4)',
  attribution: 'CSI-4: Funk, J. L., & Rogge, R. D. (2007). Journal of Family Psychology, 21(4), 572–583. Freely available for research and clinical use.',
  items: [
    {
      key: 'happiness',
      text: 'Please indicate the degree of happiness, all things considered, of your relationship.',
      anchors: ['Extremely Unhappy', 'Fairly Unhappy', 'A Little Unhappy', 'Happy', 'Very Happy', 'Extremely Happy', 'Perfect'],
    },
    { key: 'warm', text: 'I have a warm and comfortable relationship with my partner.', anchors: TRUE_ANCHORS },
    { key: 'rewarding', text: 'How rewarding is your relationship with your partner?', anchors: DEGREE_ANCHORS },
    { key: 'satisfied', text: 'In general, how satisfied are you with your relationship?', anchors: DEGREE_ANCHORS },
  ],
  minScore: 0,
  maxScore: 21,
} as const satisfies InstrumentDefinition;

/** The highest value each item takes (item 1: 0–6, items 2–4: 0–5). */
export const CSI4_MAX: Record<Csi4Key, number> = Object.fromEntries(CSI4.items.map((i) => [i.key, i.anchors.length - 1])) as Record<Csi4Key, number>;

/**
 * The published score: the sum of the four item values (0–21). Null unless every item is
 * answered with a whole number within its range — a partial form has no published score.
 */
export function scoreCsi4(answers: Partial<Record<Csi4Key, number>> | null | undefined): number | null {
  if (!answers) return null;
  let total = 0;
  for (const key of CSI4_KEYS) {
    const v = answers[key];
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > CSI4_MAX[key]) return null;
    total += v;
  }
  return total;
}
