import { coreCopy } from './copy';

/**
 * The partner, named in a sentence. Their own display name, exactly as they
 * chose it; before anyone has joined (or while the couple is loading), words
 * that stand in for it in the page's language ("your partner", "dein
 * Gegenüber"): lower case inside a sentence ("Shared with your partner."),
 * capitalised only where a sentence or a heading begins. Read when shown, in
 * the reader's language.
 */
export function partnerFallback(): string {
  return coreCopy.partnerFallback.inSentence;
}

/** The partner's name where a sentence or heading begins. A real name is never re-cased. */
export function atStart(name: string): string {
  return name === partnerFallback() ? coreCopy.partnerFallback.atStart : name;
}
