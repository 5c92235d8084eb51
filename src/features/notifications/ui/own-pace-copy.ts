import { defineMessages, msg } from '../../../core/i18n/messages';

// Its own module so these words load with Settings only, not with the app's first screen (see copy.ts for the rest).
/** "At your own pace": what the partner may see of me, and a quiet while. Calm, and never about the partner. */
export const paceCopy = defineMessages('features/notifications/ui/own-pace-copy', {
  title: 'At your own pace',
  intro:
    'Offbeat is here to help you come closer, never to keep watch. These choices are yours alone: your partner is not told when you change them, and nothing on their screen says they are set.',
  seen: {
    label: 'Show when I have seen a signal or a note',
    hint: 'Off: a signal or note you receive looks unopened on your partner’s screen until you answer it, just as if you had not opened Offbeat yet.',
  },
  presence: {
    label: 'Show when I am here',
    hint: 'Off: your partner never sees “here now”, when you were last here, or where you are working on your map. To them it looks like a closed app.',
  },
  quiet: {
    label: 'Quiet for a while',
    hint: 'No notifications for a while. Signals, pulses and pauses still arrive in the app, silently, whenever you look.',
    legend: 'How long',
    options: { '1h': 'An hour', '4h': 'Four hours', tomorrow_morning: 'Until tomorrow morning' },
    until: msg('Quiet until {time}.', { time: 'text' }),
  },
  saved: 'Saved.',
  loadFailed: 'We could not load these settings just now. Nothing changed.',
}, { de: () => import('./own-pace-copy.de.json') });
