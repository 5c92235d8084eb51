import { defineMessages, msg } from '../../core/i18n/messages';

/** Words the server says about the couple space. Kind, plain, never blaming. */
export const coupleCopy = defineMessages('features/couple/copy', {
  /** A space nobody named, called after the people in it now (me first): two names, or one while alone. */
  unnamed: {
    pair: msg('{first} & {second}', { first: 'text', second: 'text' }),
    alone: msg('{first}’s space', { first: 'text' }),
  },
  alreadyInCouple: 'You are already in a couple space. To join another, leave your current one first (from Settings).',
  coupleFull: 'This couple space already has two partners, so this invite cannot be used. If you think this is a mistake, ask the person who sent it for a new link.',
  inviteUnknown: 'We could not find this invite. Please ask your partner for a fresh link.',
  inviteUsed: 'This invite has already been used. Each link works once; your partner can make a new one in a moment.',
  inviteExpired: msg('This invite has expired (links last {hours} hours). Your partner can make a new one in a moment.', { hours: 'number' }),
  inviteRevoked: 'This invite was replaced with a newer one. Please ask your partner for the latest link.',
  ownInvite: 'This is your own invite. Send it to your partner so they can join you.',
  inviteNotFound: 'That invite is no longer active.',
}, { de: () => import('./copy.de.json') });
