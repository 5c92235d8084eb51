import { toolkitCopy } from '../copy';
import type { Script } from './api';

export const SCRIPT_SUGGESTIONS = toolkitCopy.scriptSuggestions;
export const HELP_SUGGESTIONS = toolkitCopy.helpSuggestions;

/** The person's own phrases, to offer first as a tether: trimmed, without repeats, at most `max`. Pure. */
export function ownPhrases(scripts: readonly Script[] | undefined, max = 4): string[] {
  const texts = (scripts ?? []).map((s) => s.text.trim()).filter(Boolean);
  return [...new Set(texts)].slice(0, max);
}

/** Whether a string is a full https link (the server accepts nothing else for the playlist). */
export function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}
