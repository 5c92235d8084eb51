import { REQUIRED_STEPS, STEPS, type Answers, type Step } from './api';

/**
 * The repair conversation, one screen at a time. Related questions share a
 * screen (my reality beside what I can see of theirs; my part beside its
 * impact; what I will do beside what I ask), then a last screen to read it
 * all through before sharing.
 */
export const PAGES: ReadonlyArray<readonly Step[]> = [['feelings'], ['myReality', 'theirReality'], ['touched'], ['myPart', 'impact'], ['unmetNeed'], ['iWill', 'iAsk']];
/** The index of the read-through screen, after the question pages. */
export const REVIEW_PAGE = PAGES.length;

export function isRequired(step: Step): boolean {
  return REQUIRED_STEPS.includes(step);
}

/** Required steps still blank, in the order they are asked. */
export function missingSteps(answers: Answers): Step[] {
  return STEPS.filter((s) => isRequired(s) && !answers[s]?.trim());
}

/** The first page holding a blank required step, or null when everything needed is there. */
export function firstPageMissing(answers: Answers): number | null {
  const missing = missingSteps(answers);
  if (missing.length === 0) return null;
  const index = PAGES.findIndex((page) => page.some((s) => missing.includes(s)));
  return index === -1 ? null : index;
}

/**
 * Where to start writing: the first page with nothing written yet, so coming
 * back to a half-written draft lands where it was left; the read-through once
 * every page has something.
 */
export function resumePage(answers: Answers): number {
  const index = PAGES.findIndex((page) => page.every((s) => !answers[s]?.trim()));
  return index === -1 ? REVIEW_PAGE : index;
}

/** Answers as sent to the server: trimmed, blanks left out, a date only when there is a "will do". */
export function cleanAnswers(answers: Answers): Answers {
  const out: Answers = {};
  for (const step of STEPS) {
    const text = answers[step]?.trim();
    if (text) out[step] = text;
  }
  if (out.iWill && answers.iWillBy) out.iWillBy = answers.iWillBy;
  return out;
}

/** Whether two sets of answers say the same thing (so an unchanged screen is not saved again). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const x = cleanAnswers(a);
  const y = cleanAnswers(b);
  return STEPS.every((s) => x[s] === y[s]) && (x.iWillBy ?? null) === (y.iWillBy ?? null);
}

/** The steps of the reveal, in order, that at least one of the two answered. */
export function revealedSteps(mine: Answers, theirs: Answers): Step[] {
  return STEPS.filter((s) => Boolean(mine[s]?.trim()) || Boolean(theirs[s]?.trim()));
}
