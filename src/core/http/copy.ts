import { defineMessages, msg } from '../i18n/messages';

/**
 * What the server's own front door says when it cannot go on: refusals of access and of
 * requests it cannot read. Plain and calm; nobody did anything wrong. Read in the request's
 * language (core/http/locale.ts). A refusal meant for a therapist says "Sie" in German.
 */
export const httpCopy = defineMessages('core/http/copy', {
  /** To a partner not yet in a couple space. */
  noCouple: 'This needs a couple space. Create one or join your partner’s first.',
  /** To a therapist, at a partner's route. */
  partnersOnly: 'This is part of a couple’s own space.',
  /** To a partner, at a therapist's route. */
  therapistsOnly: 'This is for therapists.',
  /** To a therapist, for a part of a couple's space they do not share. */
  noConsent: 'The couple has not chosen to share this with you.',
  badOrigin: 'This request came from another site, so we did not act on it.',
  csrf: 'Your page is out of date. Please reload and try again.',
  metricsToken: 'This needs the metrics token.',
  /** The fields of a request that could not be taken as they are (their names as the API spells them). */
  checkFields: msg('Please check: {fields}.', { fields: 'text' }),
  /** Stands for the whole request when no one field is at fault. */
  wholeInput: 'input',
  tooLarge: 'That is more than we can take in one go.',
  notJson: 'Please send JSON.',
  unreadable: 'We could not read that request. Please check it and try again.',
  internal: 'Something went wrong on our side. Please try again.',
  logIn: 'Please log in to continue.',
  notFound: 'We could not find that.',
  locked: 'Offbeat is locked on this device. Enter your PIN to open it again.',
  tooManyTries: 'That was a lot of tries in a short time. Please wait a minute and try again.',
}, { de: () => import('./copy.de.json') });
