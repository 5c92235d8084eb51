import { defineMessages } from '../i18n/messages';

/** Words the shared client plumbing says. Plain, calm, never blaming. */
export const coreCopy = defineMessages('core/web/copy', {
  appName: 'Offbeat',
  offline: 'You seem to be offline. Please check your connection and try again.',
  unexpected: 'Something went wrong on our side. Please try again in a moment.',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Please select the text and copy it yourself.',
  cancel: 'Cancel',
  retry: 'Try again',
  justNow: 'just now',
  /** Where the partner's name goes before anyone has joined. */
  partnerFallback: {
    inSentence: 'your partner',
    atStart: 'Your partner',
  },
  loggedOutElsewhere: 'You have been logged out on this device. Log in again whenever you are ready.',
}, { de: () => import('./copy.de.json') });
