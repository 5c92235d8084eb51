/** Words about "we're doing the thing". About the loop, never about a partner. */
export const signalCopy = {
  needs: {
    pause_together: 'Let’s pause together',
    space: 'I need a little space — and I’m coming back',
    closeness: 'I need some closeness',
    breathe_first: 'Let’s breathe first',
  },
  pushTitle: 'We’re doing the thing',
  notFound: 'That signal is no longer here.',
  notForYou: 'This signal was sent by you; your partner’s device marks it as received.',
  noPartner: 'Signals go to your partner. Once they join your space, this button reaches them.',
} as const;
export type Need = keyof typeof signalCopy.needs;
export const NEEDS = Object.keys(signalCopy.needs) as [Need, ...Need[]];
