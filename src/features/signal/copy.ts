import { defineMessages } from '../../core/i18n/messages';

/** Words about "we're doing the thing". About the loop, never about a partner. */
export const signalCopy = defineMessages('features/signal/copy', {
  needs: {
    pause_together: 'Let’s pause together',
    space: 'I need a little space — and I’m coming back',
    closeness: 'I need some closeness',
    breathe_first: 'Let’s breathe first',
  },
  /** One-tap answers to a partner's signal; "own" carries the person's own words. */
  answers: {
    give_me_time: 'I see it — give me 10 minutes',
    here: 'I’m here',
    pause_with_me: 'Pause with me',
  },
  pushTitle: 'We’re doing the thing',
  /** When the sender chose no need: nothing is said for them. */
  pushBody: 'The loop showed up. One slow breath, then open Offbeat when you can.',
  pushAnswerTitle: 'An answer to your signal',
  pushOwnWords: 'A few words for you, when you are ready.',
  notFound: 'That signal is no longer here.',
  notForYou: 'This signal was sent by you; your partner’s device marks it as received.',
  ownAnswer: 'This signal is yours; the answer is your partner’s to give.',
  alreadyAnswered: 'You have already answered this one. You can always send a new signal.',
  ownWordsNeeded: 'Please write a few words (up to 280 characters).',
  noPartner: 'Signals go to your partner. When someone is in this space with you, this button reaches them.',
}, { de: () => import('./copy.de.json') });
export type Need = keyof typeof signalCopy.needs;
export const NEEDS = Object.keys(signalCopy.needs) as [Need, ...Need[]];
export type PresetAnswer = keyof typeof signalCopy.answers;
export const PRESET_ANSWERS = Object.keys(signalCopy.answers) as [PresetAnswer, ...PresetAnswer[]];
export const ANSWER_KINDS = [...PRESET_ANSWERS, 'own'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
