/**
 * Words the server says about connecting with a therapist. Kind, plain, never blaming. Some are
 * for a partner, some for the therapist, some for either; in German a partner is "du", the
 * therapist "Sie", and words for either side address neither.
 */
import { defineMessages, msg } from '../../core/i18n/messages';

export const therapistCopy = defineMessages('features/therapist/copy', {
  noProfile: 'We could not find your practice details. Please add them again in your profile.',
  linkUnknown: 'We could not find this link. Please ask for a fresh one.',
  linkUsed: 'This link has already been used. Each link works once; a new one takes a moment to make.',
  linkExpired: msg('This link has expired (links last {hours, plural, one {# hour} other {# hours}}). A new one takes a moment to make.', { hours: 'number' }),
  ownLink: 'This is your own link. Send it on so the other side can open it.',
  forPartners: 'This link is for a couple to open, from one of the partners’ accounts.',
  forTherapists: 'This link is for your therapist to open, from their therapist account.',
  needsSpace: 'To connect with a therapist, first make a couple space or join your partner’s.',
  alreadyConnected: 'This space already has a therapist connected. One therapist at a time keeps things clear; the connection in place can be ended in Settings first.',
  notConnected: 'There is no therapist connected to this space right now.',
  subjectNeeded: 'Choose which conversation this is about.',
  noSubject: 'This choice is not about one conversation.',
  ruptureUnknown: 'We could not find that conversation in your space.',
}, { de: () => import('./copy.de.json') });
