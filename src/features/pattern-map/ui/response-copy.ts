import { defineMessages, msg } from '../../../core/i18n/messages';

/**
 * What the pattern map says when the partner answers one of my inner layers
 * (part of its copy, copy.ts `responses`). Its own small file because the
 * shell carries the notice on every screen, and the rest of the map's words
 * should load only with the map.
 *
 * One whole sentence per reaction (`words`: a few words without one), the
 * layer chosen inside it: `field` is `feeling`, `fear`, or (`other`) `longing`.
 * `name` is the partner's name where a sentence begins (`atStart`).
 */
const args = { name: 'text', field: 'text' } as const;

export const responseCopy = defineMessages('features/pattern-map/ui/response-copy', {
  said: {
    heart: msg('{name} sent love for {field, select, feeling {what you feel underneath} fear {what you’re afraid of} other {what you long for}}.', args),
    hug: msg('{name} sent you a hug for {field, select, feeling {what you feel underneath} fear {what you’re afraid of} other {what you long for}}.', args),
    same: msg('{name} said “me too” to {field, select, feeling {what you feel underneath} fear {what you’re afraid of} other {what you long for}}.', args),
    thank_you: msg('{name} thanked you for telling them {field, select, feeling {what you feel underneath} fear {what you’re afraid of} other {what you long for}}.', args),
    words: msg('{name} wrote you a kind word about {field, select, feeling {what you feel underneath} fear {what you’re afraid of} other {what you long for}}.', args),
  },
  see: 'See it on your side',
  close: 'Close',
}, { de: () => import('./response-copy.de.json') });
