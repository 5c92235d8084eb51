import { defineMessages } from '../i18n/messages';

/**
 * What every notification says on a lock screen unless its person chose to show
 * details: anyone near the phone may read it, so it names no practice, no
 * feeling and nothing of the couple's.
 */
export const lockScreenCopy = defineMessages('core/push/copy', {
  title: 'Offbeat',
  body: 'Something new for you, whenever you are ready.',
}, { de: () => import('./copy.de.json') });
