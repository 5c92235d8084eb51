/** What a mark can say about a stretch of words, in the order the suggestion prefers them. */
export const WORD_MARKERS = ['contempt', 'blame', 'defensiveness', 'stonewalling', 'pursuit', 'withdrawal'] as const;
export type WordMarker = (typeof WORD_MARKERS)[number];
