/**
 * Words beside a field when the word check notices harm or fear. Calm and kind: they never
 * say what the person's relationship is, never blame, never hurry — an open door, nothing more.
 */
export const safetyCopy = {
  hint: {
    line: 'If you are ever hurt, afraid or kept from the people and things you need, you deserve support that is just for you.',
    link: 'Help, whenever you want it',
    private: 'Only you see this note. Nothing about it is saved or sent.',
  },
} as const;
