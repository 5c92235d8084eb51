import { defineMessages } from '../../../core/i18n/messages';

/** The journal's words for writing without a connection: kept on the phone, sent once back online. */
export const offlineCopy = defineMessages('features/repair/ui/offline-copy', {
  offline: {
    note: 'You are offline. This is your journal as this phone last saw it. What you write now is kept here and sent when you are back online.',
    waiting: 'Kept on this phone — it will be sent when you are back online.',
    keptNow: 'Kept on this phone. It goes into your journal as soon as you are back online.',
  },
}, { de: () => import('./offline-copy.de.json') });
