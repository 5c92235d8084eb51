/**
 * Capacity check-ins: each partner's bandwidth today. When one has had low
 * capacity while the other had more, on several recent days, the app gently
 * suggests making it explicit as an asymmetric season.
 */
export const LEVELS = ['low', 'some', 'plenty'] as const;
export type Level = (typeof LEVELS)[number];
const RANK: Record<Level, number> = { low: 0, some: 1, plenty: 2 };

export interface CheckIn {
  userId: string;
  level: Level;
  /** yyyy-mm-dd, local to the person who checked in. */
  day: string;
}

export const SUGGEST_AFTER_DAYS = 4;
export const LOOK_BACK_DAYS = 14;

/** The partner who has been carrying less, if capacities differed on enough recent days. */
export function suggestSeason(checkIns: CheckIn[], partners: [string, string], today: string): { lowerCapacity: string } | null {
  const since = Date.parse(`${today}T00:00:00Z`) - LOOK_BACK_DAYS * 86_400_000;
  const latestPerDay = new Map<string, Map<string, Level>>();
  for (const c of checkIns) {
    if (Date.parse(`${c.day}T00:00:00Z`) < since) continue;
    const day = latestPerDay.get(c.day) ?? new Map<string, Level>();
    day.set(c.userId, c.level); // later check-ins in the list win
    latestPerDay.set(c.day, day);
  }
  const lower: Record<string, number> = { [partners[0]]: 0, [partners[1]]: 0 };
  for (const day of latestPerDay.values()) {
    const a = day.get(partners[0]);
    const b = day.get(partners[1]);
    if (a === undefined || b === undefined || a === b) continue;
    if (RANK[a] < RANK[b] && a === 'low') lower[partners[0]]! += 1;
    if (RANK[b] < RANK[a] && b === 'low') lower[partners[1]]! += 1;
  }
  for (const p of partners) if (lower[p]! >= SUGGEST_AFTER_DAYS) return { lowerCapacity: p };
  return null;
}
