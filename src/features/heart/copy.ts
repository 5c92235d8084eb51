/** What the heart feature's server says (the screens' words are in ui/copy.ts). */
export const heartCopy = {
  noSuchPause: 'We could not find that pause in your space.',
} as const;
