import { defineMessages, msg } from '../../../core/i18n/messages';
import type { ConnectProblem } from './device';

/**
 * Everything the heart screens say, in one place (ready for translation). The body is not a
 * verdict: a racing heart is what the loop does to anyone, and the words invite, never press.
 */
export const copy = defineMessages('features/heart/ui/copy', {
  title: 'Your heartbeat, for you',
  intro:
    'A heart-rate strap or watch can notice when your body starts racing, often before you do. When it stays high for a while, Offbeat suggests a longer pause, to you alone. Your partner is never told.',
  privacy: 'The beats stay on this phone. Nothing is sent anywhere unless you choose to keep them with a pause, and even then only you can see them.',
  cardTitle: 'Your heartbeat (optional)',
  cardIntro: 'Connect a heart-rate strap or watch, and Offbeat can gently tell you when your body may be flooded.',
  open: 'Set up heart rate',
  openConnected: 'Heart rate settings',

  support: {
    missingTitle: 'This browser cannot reach a heart-rate strap',
    missing:
      'Connecting a strap needs Web Bluetooth, which Chrome, Edge and Samsung Internet offer on Android and on computers. Safari on iPhone and iPad, and Firefox, do not offer it yet. Everything else in Offbeat works just the same, and before a pause you can still type in a heart rate your watch shows you.',
    offTitle: 'Bluetooth seems to be off',
    off: 'Switch Bluetooth on in your device’s settings, then come back here.',
  },

  deviceTitle: 'Your strap or watch',
  connect: 'Connect a strap or watch',
  connecting: 'Looking for your strap…',
  connectHint: 'Any strap or watch that shares its heart rate over standard Bluetooth will do. Your browser asks you to choose it.',
  disconnect: 'Disconnect',
  /** With the name the strap gives itself; without one, the plain words below. */
  connectedTo: msg('Connected to {name}', { name: 'text' }),
  connectedToStrap: 'Connected to your strap',
  lost: 'The strap went quiet. It may be out of range or asleep; you can connect it again whenever you like.',
  reconnect: 'Connect again',
  problems: {
    cancelled: 'No strap was chosen. That is fine; you can try again any time.',
    no_heart_rate: 'That device does not seem to share a heart rate. A chest strap or a watch in its “broadcast heart rate” mode usually does.',
    failed: 'We could not connect to the strap just now. Check it is on and close by, then try again.',
  } satisfies Record<ConnectProblem, string>,

  rateLabel: 'Your heart rate now',
  bpmUnit: 'beats a minute',
  waiting: 'Waiting for the first beats…',
  noContact: 'The strap cannot feel your skin right now. A little water on its pads often helps.',

  baseline: {
    title: 'Your calm rate',
    none: 'At a settled moment, sit comfortably for one minute and let the strap learn your calm rate. Then Offbeat also notices when you are well above it, not only around 100.',
    take: 'Take my calm rate (1 minute)',
    taking: msg('Breathe easily and sit still. About {seconds} seconds to go.', { seconds: 'number' }),
    have: msg('Your calm rate is about {bpm} beats a minute. Offbeat will gently mention it if you stay at {threshold} or above for a while.', { bpm: 'number', threshold: 'number' }),
    again: 'Take it again',
    forget: 'Forget it',
    kept: 'It is kept on this device only.',
    notCalm: 'Your heart seems busy right now, so this is not a calm moment to measure. Nothing is wrong; try again another time.',
    notEnough: 'The strap did not send a steady signal for long enough. Check it sits snugly, then try again.',
    withoutOne: 'Without a calm rate, Offbeat mentions it when you stay around 100 beats a minute or more.',
  },

  nudge: {
    title: 'Your body may be flooded',
    body: msg('Your heart has stayed around {bpm} beats a minute for a while. When the body races like this, listening gets hard for anyone; about 20 minutes of calm usually brings it back.', { bpm: 'number' }),
    onlyYou: 'Only you can see this.',
    pause: msg('Take a {minutes}-minute pause', { minutes: 'number' }),
    notNow: 'Not now',
    rested: 'Okay. This stays quiet for the next 20 minutes.',
  },

  inPause: {
    title: 'Your heartbeat',
    onlyYou: 'Only you see this. Watch it ease as you breathe.',
    connectHint: 'If you wear a heart-rate strap or watch, you can watch your heart settle here.',
    /** When the rate has come down since the pause began. */
    startedSettling: msg('It began near {from}, and now it is {now}. Your body is settling.', { from: 'number', now: 'number' }),
    started: msg('It began near {from}; now it is {now}.', { from: 'number', now: 'number' }),
    chartLabel: msg('Your heart rate during this pause, from about {from} to {now} beats a minute', { from: 'number', now: 'number' }),
    keep: 'Keep this with the pause',
    keepAgain: 'Keep it again, up to now',
    keepHint: 'Kept for you alone. Your partner is not told, and you can delete it any time.',
    kept: 'Kept with this pause, for you alone.',
    delete: 'Delete what I kept',
    deleted: 'Deleted.',
    nothingYet: 'Nothing to keep yet: the strap needs a little longer.',
  },
}, { de: () => import('./copy.de.json') });
