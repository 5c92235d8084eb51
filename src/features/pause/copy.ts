import { defineMessages, msg } from '../../core/i18n/messages';
import type { RejectionCode } from './machine';

/**
 * Words about the pause from the server: refusals, and what a notification says. Gentle, never
 * pressuring, and about the cycle — never a partner. Pushes hold no private words (tethers stay
 * in the app).
 */
export const pauseCopy = defineMessages('features/pause/copy', {
  rejections: {
    pause_in_progress: 'A pause is already under way. You can see it on the home screen.',
    no_pause: 'There is no pause running right now.',
    not_participant: 'This pause belongs to the two of you in this space.',
    not_requester: 'Only the one who asked for this pause can change its length.',
    not_partner: 'This step is for the partner who received the pause request.',
    wrong_state: 'The pause has moved on since this screen loaded. Here is where it is now.',
    proposal_used: 'A different length was already suggested once for this pause.',
    invalid_minutes: 'Please choose a length between 1 and 120 minutes.',
    invalid_feeling: 'Please choose a number from 0 to 10.',
    invalid_tether: 'Please add a short message for your partner (up to 280 characters).',
    invalid_pace: 'Please choose between 3 and 12 breaths a minute.',
    too_many_extensions: 'This pause has already been extended twice. When it ends you can still ask for a little more time.',
    over_24_hours: 'A pause can last at most a day. Coming back, even briefly, keeps you connected.',
    self_partner: 'A pause is something you share with your partner.',
  } satisfies Record<RejectionCode, string>,
  noPartner: 'A shared pause needs your partner in this space. You can invite them from the home screen.',
  pulseOutsidePause: 'A “thinking of you” pulse travels during a pause.',
  /** What reaches a closed app, moment by moment. */
  push: {
    requested: {
      title: 'A pause was asked for',
      body: msg('{minutes, plural, one {# minute to breathe} other {# minutes to breathe}}, with a message for you. Open Offbeat when you can.', { minutes: 'number' }),
    },
    started: {
      title: 'Your pause has begun',
      body: 'The same timer runs on both screens. Take the time you need.',
    },
    extended: {
      title: 'The pause was extended',
      body: 'A few more minutes to settle. You will see the new end time in Offbeat.',
    },
    returning: {
      title: 'Your pause is ending',
      body: 'Whenever you are ready, come back together.',
    },
    moreTime: {
      title: 'A little more time',
      body: 'One of you asked for a few more minutes, and is coming back.',
    },
    notNow: {
      title: 'Not right now',
      body: 'The pause is set aside for now. Breathing on your own still helps, and you can ask again later.',
    },
  },
}, { de: () => import('./copy.de.json') });
