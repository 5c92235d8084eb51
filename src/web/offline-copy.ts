import { defineMessages } from '../core/i18n/messages';

/** The offline screen: what opens without a connection, and what waits for one. */
export const offlineCopy = defineMessages('web/offline-copy', {
  offline: {
    title: 'You are offline',
    intro: 'Some of Offbeat works without a connection. Nothing is lost: everything else will be here when you are back online.',
    works: 'These work offline',
    pacer: 'Breathe with the pacer',
    toolkit: 'My scripts and what helps me',
    journal: 'My private journal — new entries are kept on this phone and sent later',
    help: 'Need help now? Crisis and safety resources, and the quick exit',
    needs: 'These need a connection',
    needsList: {
      signal: 'Signals between you and your partner',
      pause: 'A pause together',
      map: 'Your shared pattern map',
      repair: 'Repair with your partner',
      practice: 'Daily practice, check-ins and insights',
      account: 'Logging in, settings and your therapist’s space',
    },
    retry: 'Try again',
  },
}, { de: () => import('./offline-copy.de.json') });
