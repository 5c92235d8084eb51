import type { RejectionCode } from './machine';

/** Words about the pause. Gentle, never pressuring, and about the cycle — never a partner. */
export const pauseCopy = {
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
} as const;
