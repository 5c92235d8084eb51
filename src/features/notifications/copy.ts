import { defineMessages } from '../../core/i18n/messages';

/** What the notifications feature's server says (the settings' words are in ui/copy.ts). */
export const notificationsCopy = defineMessages('features/notifications/copy', {
  badEndpoint: 'This browser’s notification address was not accepted.',
}, { de: () => import('./copy.de.json') });
