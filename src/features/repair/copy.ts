/** Words for rupture and repair: shared accountability, never blame. */
export const repairCopy = {
  rejections: {
    not_participant: 'This conversation belongs to the two partners in this space.',
    already_revealed: 'Your answers were revealed together, so they stay as they were. You can add a note in your journal.',
    not_revealed: 'Your partner’s answers appear once you have both shared yours.',
    already_submitted: 'Your answers are already shared. To change them, share them again with your changes.',
    incomplete: 'Please answer how you felt, your part, what you needed, and one thing you will do.',
  },
  notFound: 'We could not find that.',
  pauseNotFound: 'That pause is not one of yours.',
  notYourAction: 'Only the person who took this on can mark it done.',
  ownAction: 'Your partner acknowledges what you did; you can acknowledge theirs.',
  notDoneYet: 'This can be acknowledged once it is marked done.',
  noPartner: 'A repair conversation needs both partners in the space.',
  contractNotFound: 'That agreement is not one of yours.',
} as const;
