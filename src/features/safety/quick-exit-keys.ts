/**
 * Three presses of Shift in a row, each within a second of the last (the GOV.UK
 * convention for a quick exit; Escape is not used, as it stops the next page
 * loading). Any other key in between starts the count again; a held Shift's
 * auto-repeat does not count. Pure, so it is tested without a keyboard.
 */
export const SHIFT_PRESSES = 3;
export const WITHIN_MS = 1000;

export interface ShiftCount {
  presses: number;
  lastAt: number;
}

export const noPresses: ShiftCount = { presses: 0, lastAt: 0 };

export interface KeyPress {
  key: string;
  repeat: boolean;
  at: number;
}

/** The count after one key press; `exit` once Shift has been pressed three times in a row. */
export function countShift(count: ShiftCount, press: KeyPress): { count: ShiftCount; exit: boolean } {
  if (press.key !== 'Shift') return { count: noPresses, exit: false };
  if (press.repeat) return { count, exit: false };
  const inARow = count.presses > 0 && press.at - count.lastAt <= WITHIN_MS;
  const presses = inARow ? count.presses + 1 : 1;
  if (presses >= SHIFT_PRESSES) return { count: noPresses, exit: true };
  return { count: { presses, lastAt: press.at }, exit: false };
}
