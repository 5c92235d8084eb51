/**
 * The spans "How we're doing" can look back over, in weeks. Zod-free, so the client may import
 * it at run time (a contract.ts's zod would be bundled into the screen).
 */
export const INSIGHT_WEEKS = [4, 12, 52] as const;
export type InsightWeeks = (typeof INSIGHT_WEEKS)[number];

/** The roles chart and the trends split a span into this many equal blocks (4 weeks → weeks, 52 → quarters). */
export const ROLE_BLOCKS = 4;
