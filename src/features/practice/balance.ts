/**
 * The joy balance: joyful moments next to problem-solving this month, so
 * fixing never crowds out fun. A gentle picture, never a score to hit.
 */
export interface BalanceInputs {
  joyEntries: number;
  ritualMoments: number;
  /** Minutes spent in pauses and repair conversations. */
  problemSolvingMinutes: number;
  ruptures: number;
}

export interface Balance {
  joyful: number;
  problemSolving: number;
  /** 'fixing-heavy' when problem-solving clearly outweighs joy; the UI then suggests something light. */
  tilt: 'joy-rich' | 'balanced' | 'fixing-heavy' | 'quiet';
}

/** Each ~30 minutes of problem-solving or each rupture counts as one problem-solving moment. */
export function joyBalance(i: BalanceInputs): Balance {
  const joyful = i.joyEntries + i.ritualMoments;
  const problemSolving = i.ruptures + Math.round(i.problemSolvingMinutes / 30);
  if (joyful === 0 && problemSolving === 0) return { joyful, problemSolving, tilt: 'quiet' };
  if (problemSolving > joyful * 2) return { joyful, problemSolving, tilt: 'fixing-heavy' };
  if (joyful >= problemSolving * 2 && joyful > 0) return { joyful, problemSolving, tilt: 'joy-rich' };
  return { joyful, problemSolving, tilt: 'balanced' };
}
