import { defineMessages } from '../core/i18n/messages';

/** Words the app shell says: the frame, help, offline and not-found screens. */
export const copy = defineMessages('web/copy', {
  skipToContent: 'Skip to content',
  brand: 'Offbeat',
  homeLink: 'Offbeat, home',
  nav: 'Main',
  settings: 'Settings',
  signOut: 'Sign out',
  needHelp: 'Need help now?',
  footer: {
    note: 'Offbeat is for everyday strain between two people who care about each other. It is not a substitute for therapy or emergency help.',
    help: 'Need help now?',
  },
  connection: {
    offline: 'You are offline. Live updates will pick up again when you reconnect.',
    reconnecting: 'Reconnecting… Live updates will catch up in a moment.',
  },
  loading: 'Loading…',
  loadFailed: {
    title: 'We could not reach Offbeat',
    body: 'This is on our side or the connection’s, not yours. Please try again in a moment.',
    retry: 'Try again',
  },
  crashed: {
    title: 'This screen did not load',
    body: 'Something went wrong on our side, not yours. Reloading usually helps, and nothing you saved is lost.',
    reload: 'Reload',
  },
  notFound: {
    title: 'This page does not exist',
    body: 'The link may be old or mistyped.',
    home: 'Go to Offbeat',
  },
  help: {
    title: 'Need help now?',
    intro: 'You deserve support from real people, right now if you need it.',
    danger: {
      title: 'If anyone is in danger',
      body: 'Call your local emergency number. For example: 911 in the US and Canada, 112 across the EU, 999 in the UK, 000 in Australia.',
      chosen: 'Call the emergency number now, for the police or an ambulance. It is free from any phone.',
    },
    crisis: {
      title: 'If you are struggling',
      body: 'Free, confidential crisis lines exist in most countries, by phone, text or chat, including lines for domestic abuse.',
    },
    unsafe: {
      title: 'If your relationship feels unsafe',
      body: [
        'If you are afraid of your partner, feel controlled or watched, or are being hurt, that is more than an app like this one is made for, and it is not your fault. You deserve to be safe.',
        'A helpline can talk it through with you in confidence, and help you plan what feels safe.',
      ],
      check: 'A few private questions, just for you',
    },
    note: 'Offbeat is for ordinary strain between two people who care about each other. It is not for emergencies or abuse.',
    quickExit: 'Leave this site quickly',
    quickExitHint: 'Opens another site in place of this one — a weather page, unless you choose another in Settings. Pressing Shift three times does the same from any screen.',
    back: 'Back to Offbeat',
  },
}, { de: () => import('./copy.de.json') });
