import { toolkitCopy } from '../copy';
import type { Script } from './api';

export const SCRIPT_SUGGESTIONS = toolkitCopy.scriptSuggestions;
export const HELP_SUGGESTIONS = toolkitCopy.helpSuggestions;

/**
 * Phrases to offer as a tether: the person's own first (their voice), then
 * our suggestions, without repeats, at most `max`. Pure.
 */
export function tetherPhrases(scripts: readonly Script[] | undefined, max = 6): string[] {
  const ours = [...SCRIPT_SUGGESTIONS.distancer, ...SCRIPT_SUGGESTIONS.pursuer].map((s) => s.text);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of [...(scripts ?? []).map((s) => s.text), ...ours]) {
    const key = text.trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(key);
    if (out.length === max) break;
  }
  return out;
}

/** Whether a string is a full https link (the server accepts nothing else for the playlist). */
export function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}
