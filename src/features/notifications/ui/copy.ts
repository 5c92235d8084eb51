/** The words of the notification settings (ready for translation). Invitations, never pressure. */
export const copy = {
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
    hint: (zone: string) => `Nothing arrives between these times, in your time zone (${zone}).`,
    from: 'From',
    to: 'Until',
    save: 'Save quiet hours',
    saved: 'Saved.',
    invalid: 'Please choose two different times.',
  },
  loadFailed: 'We could not load your notification settings just now.',
} as const;

/** "At your own pace": what the partner may see of me, and a quiet while. Calm, and never about the partner. */
export const paceCopy = {
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
    until: (time: string) => `Quiet until ${time}.`,
  },
  saved: 'Saved.',
  loadFailed: 'We could not load these settings just now. Nothing changed.',
} as const;
