import { defineMessages, msg } from '../../core/i18n/messages';

/** Words the server says about accounts, the downloaded archive and the app lock. Kind, plain, and never blaming. */
const words = defineMessages('features/accounts/copy', {
  account: {
    emailTaken: 'There is already an account with this email. Try logging in instead.',
    invalidCredentials: 'That email and password do not match. Please try again.',
    wrongPassword: 'That is not your current password.',
    sessionNotFound: 'That session has already ended.',
    passkeyNotAccepted: 'That passkey did not sign you in. Please try again, or use your email and password.',
    passkeyExpired: 'That took a little too long, so we started again. Please try once more.',
    passkeyNotAdded: 'That passkey could not be added. Please try again.',
    passkeyAlreadyAdded: 'That passkey is already on an account.',
    passkeyDefaultName: 'A passkey',
    passkeyNotFound: 'That passkey has already been removed.',
    emailTakenMeanwhile: 'This email has an account already, so nothing was changed. You can log in with it, or set a new password from the log-in screen.',
    resetSlowed: 'We have sent a few links for this already. Please look in your inbox (and the spam folder) for the latest one, or ask again in an hour.',
    resetLinkNotValid: 'This link has already been used or is more than an hour old. You can ask for a new one from the log-in screen.',
    verifyLinkNotValid: 'This link has already been used or is more than a day old. If you have not got in yet, you can sign up again for a fresh link.',
    loginSlowed: 'To keep this account safe, logging in from here waits a little after several tries. Please try again in a few minutes.',
  },
  /** The downloaded archive of a person's own words. */
  archive: {
    title: msg('{name}’s own words from Offbeat', { name: 'text' }),
    intro: msg('Everything here is yours: what you wrote, as it was on {day}. Your partner’s private words are not in it. Keep it somewhere only you can open.', { day: 'text' }),
    empty: 'There is nothing of yours written down yet.',
    photo: 'A photo you kept',
    fileInJson: 'A file you kept is in the JSON download.',
  },
  /** Words the server says about the app lock on shared devices. */
  appLock: {
    noLock: 'There is no app lock set for this account.',
    wrongPin: msg(
      '{triesLeft, plural, one {That PIN did not match. One more try, then Offbeat signs out on this device.} other {That PIN did not match. You can try # more times.}}',
      { triesLeft: 'number' },
    ),
    signedOut: 'Offbeat signed out on this device after several tries, to keep it private. You can log in again with your password.',
    pinOrPassword: 'Please give your PIN or your password (one of them).',
  },
}, { de: () => import('./copy.de.json') });

export const accountCopy = words.account;
export const archiveCopy = words.archive;
export const appLockCopy = words.appLock;
