import { defineMessages, msg } from '../../../core/i18n/messages';

/** The words of the notification settings (ready for translation). Invitations, never pressure. */
export const copy = defineMessages('features/notifications/ui/copy', {
  title: 'Notifications',
  intro:
    'Offbeat can let you know when your partner sends a signal, when a pause begins or ends, and when it is time to reconnect. Notifications never show private words, and never hurry you.',
  details: {
    label: 'Show what a notification is about',
    hint: 'Off: your lock screen only says there is something new in Offbeat, so nobody near your phone learns more. On: it names the moment, such as a pause or a ritual.',
  },
  device: {
    title: 'On this device',
    on: 'Notifications are on for this device.',
    off: 'Notifications are off for this device.',
    denied: 'This browser is set to block notifications from Offbeat. You can change that in the browser’s site settings, if you want to.',
    unsupported: 'This browser cannot show notifications from Offbeat. On a phone, adding Offbeat to your home screen may help.',
    turnOn: 'Turn on for this device',
    turnOff: 'Turn off for this device',
    failed: 'This browser could not set up notifications just now. Nothing changed; you can try again later.',
    checking: 'Checking this device…',
  },
  mute: {
    label: 'Pause all notifications',
    hint: 'Nothing reaches your lock screen until you turn this off. Signals and pauses still show in the app.',
  },
  quiet: {
    toggle: 'Quiet hours',
    hint: msg('Nothing arrives between these times, in your time zone ({zone}).', { zone: 'text' }),
    from: 'From',
    to: 'Until',
    save: 'Save quiet hours',
    saved: 'Saved.',
    invalid: 'Please choose two different times.',
  },
  loadFailed: 'We could not load your notification settings just now.',
}, { de: () => import('./copy.de.json') });
