/** The next phrase of a practice round, round and round (0 when there is nothing to practise). */
export function nextPractice(index: number, total: number): number {
  if (total <= 0) return 0;
  return (index + 1) % total;
}
