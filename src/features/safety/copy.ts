import type { SafetyAnswer, SafetyQuestion } from './safety-check';
import type { HelplinePurpose } from './helplines';

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

/**
 * What the helpline list says, in one place (ready for translation). Plain and
 * calm: what each line is for and how to reach it, never what someone's
 * relationship is.
 */
export const helplinesCopy = {
  whereLabel: 'Where are you?',
  whereHint: 'Your answer stays on this device. It is not sent anywhere.',
  chooseCountry: 'Choose a country',
  elsewhere: 'Somewhere else',
  listLabel: (country: string) => `Helplines in ${country}`,
  purpose: {
    'domestic-abuse': 'Domestic abuse',
    crisis: 'Crisis and emotional support',
    both: 'Domestic abuse and crisis',
  } satisfies Record<HelplinePurpose, string>,
  serves: (who: string) => `For ${who}`,
  call: (number: string) => `Call ${number}`,
  text: (number: string, keyword: string | null) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
  chat: 'Chat online',
  emergency: (number: string) => `Call ${number}`,
  notChosen: 'Choose your country to see the lines you can call or text there, or look one up anywhere:',
  elsewhereBody: 'This directory finds free, confidential lines near you, in most countries:',
  another: 'Somewhere else, or want more choices?',
  directory: 'Find a helpline near you at findahelpline.com',
  trail: 'Calls and texts to these lines can show in your phone’s call list, messages and bill. If someone checks your phone, you can delete them afterwards.',
} as const;

/** Words of the quick exit. */
export const quickExitCopy = {
  button: { text: 'Exit', label: 'Exit: leave this site now' },
  settings: {
    title: 'Quick exit',
    intro: 'The Exit button at the top, or pressing Shift three times, hides Offbeat at once and opens another site in its place.',
    to: 'Site to open instead',
    toHint: 'An https address. Pick one you often visit, so it looks ordinary.',
    toInvalid: 'Please use a full https address, like https://www.bbc.com/weather.',
    leaveNoTrail: 'Leave no trail on this device',
    leaveNoTrailHint: 'Moving between screens does not add to this browser’s history, so Back after a quick exit does not lead into Offbeat.',
    save: 'Save',
    saved: 'Saved on this device.',
    limits: [
      'A quick exit cannot erase what is already in this browser’s history, other tabs, or anything on a device someone else can see into.',
      'If someone checks your phone or computer, a private window and a device only you use are safer.',
    ],
  },
};

/**
 * Words of the private safety check. It never says what someone's relationship is and never
 * names a partner as a danger: it asks, listens and opens doors. Each question is about the
 * person's own experience, in plain words, and every one can be left unanswered.
 */
export const safetyCheckCopy = {
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
} as const;
