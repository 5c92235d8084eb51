/** What the shells use from telling the therapist privately: the partner's page and the desk's list. */
export { TELL_THERAPIST_PATH } from './path';
export { DeskPrivateMessages } from './desk-private-messages';
export { TellTherapistLink } from './tell-link';
