import { atStart } from '../../../core/web/partner-name';
import type { InnerField, Reaction } from './api';

/**
 * What the pattern map says when the partner answers one of my inner layers
 * (part of its copy, copy.ts `responses`). Its own small file because the
 * shell carries the notice on every screen, and the rest of the map's words
 * should load only with the map.
 */
export const responseCopy = {
  about: { feeling: 'what you feel underneath', fear: 'what you’re afraid of', longing: 'what you long for' } satisfies Record<InnerField, string>,
  said: (name: string, reaction: Reaction | null, about: string) => {
    const who = atStart(name);
    switch (reaction) {
      case 'heart':
        return `${who} sent love for ${about}.`;
      case 'hug':
        return `${who} sent you a hug for ${about}.`;
      case 'same':
        return `${who} said “me too” to ${about}.`;
      case 'thank_you':
        return `${who} thanked you for telling them ${about}.`;
      default:
        return `${who} wrote you a kind word about ${about}.`;
    }
  },
  see: 'See it on your side',
  close: 'Close',
};
