import { defineMessages } from '../../core/i18n/messages';

/** What the heart feature's server says (the screens' words are in ui/copy.ts). */
export const heartCopy = defineMessages('features/heart/copy', {
  noSuchPause: 'We could not find that pause in your space.',
}, { de: () => import('./copy.de.json') });
