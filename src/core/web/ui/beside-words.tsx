import type { ReactNode } from 'react';

let besideWords: (text: string) => ReactNode = () => null;

/**
 * What the shell shows beside every field where someone writes about the relationship (journal,
 * notes, rupture notes, repair answers, tethers). Core does not know what it is; today the
 * shell puts the safety feature's quiet, on-device word check there.
 */
export function showBesideWordsAboutUs(render: (text: string) => ReactNode): void {
  besideWords = render;
}

/** The slot itself, for fields that are not a TextArea (a tether). */
export function BesideWordsAboutUs({ text }: { text: string }) {
  return <>{besideWords(text)}</>;
}

let beforeSending: (text: string, use: (words: string) => void) => ReactNode = () => null;

/**
 * What the shell shows beside words the partner will read (a tether, a signal's note, a note,
 * a rupture note, a repair answer): today a way to check them before sending. It may hand other
 * words back through `use`, and only when the person taps; it never blocks or changes sending.
 * A separate slot from the one above: checking one's words is not the offer of help.
 */
export function showBeforeSending(render: (text: string, use: (words: string) => void) => ReactNode): void {
  beforeSending = render;
}

/** The slot itself: `onUse` receives words the person chose to put in place of theirs. */
export function BeforeSending({ text, onUse }: { text: string; onUse(words: string): void }) {
  return <>{beforeSending(text, onUse)}</>;
}
