/** Words the server says about connecting with a therapist. Kind, plain, never blaming. */
export const therapistCopy = {
  noProfile: 'We could not find your practice details. Please add them again in your profile.',
  linkUnknown: 'We could not find this link. Please ask for a fresh one.',
  linkUsed: 'This link has already been used. Each link works once; a new one takes a moment to make.',
  linkExpired: (hours: number) => `This link has expired (links last ${hours} hours). A new one takes a moment to make.`,
  ownLink: 'This is your own link. Send it on so the other side can open it.',
  forPartners: 'This link is for a couple to open, from one of the partners’ accounts.',
  forTherapists: 'This link is for your therapist to open, from their therapist account.',
  needsSpace: 'To connect with a therapist, first make a couple space or join your partner’s.',
  alreadyConnected: 'This space already has a therapist connected. One therapist at a time keeps things clear; the connection in place can be ended in Settings first.',
  notConnected: 'There is no therapist connected to this space right now.',
  subjectNeeded: 'Choose which conversation this is about.',
  noSubject: 'This choice is not about one conversation.',
  ruptureUnknown: 'We could not find that conversation in your space.',
} as const;
