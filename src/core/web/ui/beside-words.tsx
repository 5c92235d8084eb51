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
