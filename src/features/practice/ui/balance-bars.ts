/**
 * The joy balance drawn as two bars: lengths (in percent of the track)
 * relative to the larger of the two, so the picture shows proportion, not a
 * target. A bar with something in it is never drawn shorter than `minimum`,
 * so one small moment still shows.
 */
export function balanceBars(joyful: number, problemSolving: number, width = 100, minimum = 4): { joy: number; fixing: number } {
  const most = Math.max(joyful, problemSolving);
  if (most <= 0) return { joy: 0, fixing: 0 };
  const length = (n: number) => (n <= 0 ? 0 : Math.max(minimum, Math.round((n / most) * width)));
  return { joy: length(joyful), fixing: length(problemSolving) };
}
