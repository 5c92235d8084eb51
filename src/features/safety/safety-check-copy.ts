import { defineMessages } from '../../core/i18n/messages';
import type { SafetyAnswer, SafetyQuestion } from './safety-check';

/**
 * Words of the private safety check. It never says what someone's relationship is and never
 * names a partner as a danger: it asks, listens and opens doors. Each question is about the
 * person's own experience, in plain words, and every one can be left unanswered.
 * Its own module, not copy.ts: the app's first screen carries copy.ts; these words load with the check.
 */
export const safetyCheckCopy = defineMessages('features/safety/safety-check-copy', {
  title: 'A private check, just for you',
  intro: [
    'A few questions about how things are for you. Your partner never sees this: not your answers, not whether you opened it, not when.',
    'There are no wrong answers, and you can skip any of them.',
  ],
  questions: {
    afraid: 'Do you ever feel afraid of your partner, or of what they might do?',
    hurt: 'Has your partner ever hurt you, threatened you, or pushed you into something you did not want, including sex?',
    keptFrom: 'Does your partner keep you from friends or family, from money, or from your own phone?',
    checkedOn: 'Does your partner check up on you in ways that feel like being watched, such as your messages, where you go or who you see?',
  } satisfies Record<SafetyQuestion, string>,
  answers: { no: 'No', sometimes: 'Sometimes', yes: 'Yes', rather_not_say: 'I’d rather not say' } satisfies Record<SafetyAnswer, string>,
  submit: 'See what might help',
  privateNote: 'Only you can see this. It is kept under your account, never in your shared space, and you can erase it whenever you like.',
  concern: {
    title: 'Thank you for telling us',
    body: [
      'What you describe matters, and you deserve to feel safe. Couples tools like this one are made for the ordinary knots two people get into. They are not made for fear, harm or control, and in those situations they can even be used against the person who is struggling.',
      'Talking with someone on your own, away from your partner, can help you think about what you want. The people on these lines listen without judging, and they will not tell you what to do.',
    ],
    helpTitle: 'Help where you are',
    ownTitle: 'Someone of your own',
    own: 'A friend you trust, your doctor, or a counsellor you see on your own are all good places to start. If you see a couples therapist, you can also ask for time with them alone.',
    leaveTitle: 'If you want to step away',
    leave: 'You can leave your shared space quietly at any time. Your partner is told only that the space has ended: never a reason, and nothing about this check.',
    leaveLink: 'Leave the space quietly',
    nothingSaid: 'Nothing about this has been, or will be, said to your partner.',
  },
  noConcern: {
    title: 'Thank you for taking a moment',
    body: 'If anything changes, this check is always here in Settings, and help is one tap away on every screen.',
    help: 'Help, whenever you want it',
  },
  erase: 'Erase my answers',
  erased: 'Your answers are erased.',
  retake: 'Answer again',
  back: 'Back to Offbeat',
  offer: {
    title: 'A private moment, just for you',
    body: 'A few quiet questions about how things are for you. Your partner will not see them, or know whether you answered.',
    take: 'Take a look',
    notNow: 'Not now',
  },
  settings: {
    title: 'A private check, just for you',
    body: 'A few questions about feeling safe. Only you can see them and your answers.',
    open: 'Open the check',
    answered: 'You have answered it. You can look again, answer again or erase it.',
  },
  error: 'That did not go through. Please try again.',
}, { de: () => import('./safety-check-copy.de.json') });
