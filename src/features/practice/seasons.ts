/**
 * Asymmetric seasons: an explicit, temporary agreement that one partner
 * carries more for a while. Temporary by design — the review date is never
 * more than 8 weeks away — and active only once both partners have accepted.
 */
export const MAX_SEASON_DAYS = 56;

export interface Season {
  status: 'proposed' | 'active' | 'ended';
  proposedBy: string;
  acceptedBy: string[];
  reviewOn: string; // yyyy-mm-dd
  endedAt: number | null;
}

export type SeasonRejection = 'review_too_far' | 'review_in_past' | 'not_participant' | 'already_accepted' | 'not_active' | 'ended';

/** Days from `today` (yyyy-mm-dd) to `date`; dates are calendar days, so no time zone surprises. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function checkReviewDate(today: string, reviewOn: string): SeasonRejection | null {
  const days = daysBetween(today, reviewOn);
  if (Number.isNaN(days) || days < 1) return 'review_in_past';
  if (days > MAX_SEASON_DAYS) return 'review_too_far';
  return null;
}

export function accept(season: Season, by: string, partners: string[]): Season | SeasonRejection {
  if (!partners.includes(by)) return 'not_participant';
  if (season.status === 'ended') return 'ended';
  if (season.acceptedBy.includes(by)) return 'already_accepted';
  const acceptedBy = [...season.acceptedBy, by];
  const bothAccepted = partners.length === 2 && partners.every((p) => acceptedBy.includes(p));
  return { ...season, acceptedBy, status: bothAccepted ? 'active' : 'proposed' };
}

/** Renewing or adjusting asks both partners again: nothing continues on one person's word. */
export function renew(season: Season, by: string, partners: string[], today: string, reviewOn: string): Season | SeasonRejection {
  if (!partners.includes(by)) return 'not_participant';
  if (season.status === 'ended') return 'ended';
  const problem = checkReviewDate(today, reviewOn);
  if (problem) return problem;
  return { ...season, reviewOn, status: 'proposed', proposedBy: by, acceptedBy: [by] };
}

export function end(season: Season, by: string, partners: string[], now: number): Season | SeasonRejection {
  if (!partners.includes(by)) return 'not_participant';
  if (season.status === 'ended') return 'ended';
  return { ...season, status: 'ended', endedAt: now };
}

export function isDueForReview(season: Season, today: string): boolean {
  return season.status === 'active' && daysBetween(today, season.reviewOn) <= 0;
}
