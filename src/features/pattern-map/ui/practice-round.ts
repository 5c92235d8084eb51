/** The next of the partner's shared pairs in a practice round, round and round (0 when there is nothing to practise). */
export function nextInRound(index: number, total: number): number {
  if (total <= 0) return 0;
  return (index + 1) % total;
}
