import type { ReturnPlan, Where } from '../machine';

/**
 * Everything the pause screens say, in one place (ready for translation).
 * A pause is a way out of the loop, never a way away from each other: the
 * words name the cycle, not a person, and invite rather than press.
 */
export const copy = {
  title: 'A pause together',
  loading: 'Loading your pause…',
  loadFailed: 'We could not load the pause just now.',
  retry: 'Try again',
  home: 'Back home',
  where: {
    same_room: 'in the same room',
    nearby: 'nearby, in another room',
    apart: 'apart for now',
  } satisfies Record<Where, string>,
  whereOption: {
    same_room: 'In the same room',
    nearby: 'Nearby, in another room',
    apart: 'Apart for now',
  } satisfies Record<Where, string>,
  returnPlan: {
    talk: 'talk it through',
    hug: 'start with a hug',
    check_in: 'just check in',
  } satisfies Record<ReturnPlan, string>,
  returnOption: {
    talk: 'Talk it through',
    hug: 'Start with a hug',
    check_in: 'Just check in',
  } satisfies Record<ReturnPlan, string>,
  whereShort: {
    same_room: 'in the same room',
    nearby: 'nearby',
    apart: 'apart',
  } satisfies Record<Where, string>,
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  minutesShort: (n: number) => `${n} min`,

  facts: {
    length: 'Length',
    where: 'Where',
    afterwards: 'Afterwards',
  },

  /** The ready pause: the person's usual one, in one tap. */
  quick: {
    now: 'Pause now',
    summary: (minutes: string, where: string) => `${minutes}, ${where}`,
    withWords: 'with your usual words',
    details: 'Choose the details',
    title: 'Your usual pause',
  },

  request: {
    title: 'Ask for a pause',
    formTitle: 'Your pause',
    intro:
      'A pause lets you both step out of the loop without stepping away from each other. You say how long and where you will be, so nobody is left wondering.',
    detailsTitle: 'Choose the details',
    selfCheck: {
      legend: 'A quick check-in with yourself (optional)',
      activation: 'How activated I feel right now',
      activationHint: '0 is calm, 10 is completely overwhelmed.',
      activationValue: (n: number) => `${n} out of 10`,
      skip: 'Not sure',
      heartRate: 'Or my heart rate, if I know it (beats a minute)',
      floodedTitle: 'Your body may be flooded right now',
      floodedBody:
        'When the heart races, the part of us that listens goes quiet for a while; around 20 minutes of calm usually brings it back. A longer pause might help you both.',
      useLonger: 'Make it 20 minutes',
      longerChosen: 'A 20-minute pause is chosen. You can still change it.',
    },
    length: 'How long?',
    other: 'Other',
    customLabel: 'Minutes (1 to 120)',
    customError: 'Please choose a whole number of minutes from 1 to 120.',
    whereLegend: 'Where will you be?',
    tether: {
      legend: 'A few words to hold on to (optional)',
      hint: 'Your partner sees these while you pause: a small reminder that you are coming back.',
      suggestions: 'Pick some words, or write your own',
      label: 'Your message',
      error: 'A few words, up to 280 characters, please.',
      groups: {
        own: 'Your own words',
        leaving: 'For stepping away',
        comingBack: 'For coming back',
      },
      /** Our ideas, for those who have no words of their own yet. */
      leaving: ['I need a little time to settle. I’m not leaving you.', 'I’m flooded right now — I love you, and I’ll be back.'],
      comingBack: ['When the time is up, I’ll come and find you.', 'I want to hear you properly once I’m calm.'],
    },
    keepUsual: 'Make this my usual pause',
    keepUsualHint: 'Next time, “Pause now” asks for exactly this, in one tap.',
    returnLegend: 'When the time is up, we will…',
    submit: 'Ask for this pause',
    hideDetails: 'Hide the details',
    sent: 'Your pause is asked for.',
  },

  waiting: {
    title: 'Your pause is asked for',
    cardTitle: 'What you asked for',
    body: (partner: string) => `${partner} can accept it, or suggest a different length once.`,
    closes: 'If there is no answer within 15 minutes, the request closes by itself and nothing is held against anyone.',
    proposed: (partner: string, n: number) => `${partner} suggested ${n === 1 ? '1 minute' : `${n} minutes`} instead.`,
    acceptProposal: (n: number) => `Pause for ${n === 1 ? '1 minute' : `${n} minutes`}`,
    cancel: 'Take back the request',
    cancelled: 'The request is taken back.',
  },

  incoming: {
    title: (partner: string) => `${partner} is asking for a pause`,
    reassurance: 'A pause is not a goodbye. It is how the two of you step out of the loop, together.',
    summary: (minutes: string, where: string) => `${minutes}, ${where}.`,
    afterwards: (plan: string) => `Afterwards: ${plan}.`,
    theirWords: (partner: string) => `${partner}’s words for you`,
    whatTitle: (partner: string) => `What ${partner} is asking for`,
    replyIdeas: [
      'Take your time. I’ll be right here.',
      'Thank you for telling me. I’m not going anywhere.',
      'I love you. See you on the other side of this.',
    ],
    replyLegend: 'Send a few words back (optional)',
    replyLabel: 'Your words',
    accept: 'Accept the pause',
    proposeToggle: 'Suggest a different length',
    proposeLegend: 'A length that would work for you',
    propose: (n: number) => `Suggest ${n === 1 ? '1 minute' : `${n} minutes`}`,
    proposeThis: 'Suggest this length',
    proposed: (partner: string, n: number) =>
      `You suggested ${n === 1 ? '1 minute' : `${n} minutes`}. ${partner} can take it, or keep their first request open.`,
    proposeOnce: 'You can suggest a different length once.',
    notNow: 'Not now',
    notNowHint: 'If a pause is not right for you at the moment, you can say so. Nothing is counted, and no one is blamed.',
  },

  active: {
    title: 'Pausing together',
    timeLeft: 'Time left',
    backAt: (time: string) => `Back together at ${time}`,
    minutesLeftWords: (n: number) => (n <= 1 ? 'Less than a minute left' : `About ${n} minutes left`),
    whereLine: (where: string) => `You are ${where}.`,
    afterwards: (plan: string) => `When the time is up, you will ${plan}.`,
    yourWords: 'Your words',
    partnerWords: (partner: string) => `From ${partner}`,
    earlyReady: 'I’m ready to come back now',
  },

  pacer: {
    title: 'Breathe together',
    intro: 'The same slow rhythm runs on both of your screens.',
    in: 'Breathe in',
    out: 'Breathe out',
    seconds: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
    pace: (n: number) => `${n} breaths a minute`,
    slower: 'Slower',
    faster: 'Faster',
    slowerLabel: 'Breathe more slowly',
    fasterLabel: 'Breathe a little faster',
    paceChanged: 'The pace changed for both of you.',
  },

  pulse: {
    send: 'Send a “thinking of you”',
    hint: 'A wordless touch. Your partner feels a soft pulse on their screen.',
    sent: 'Sent, without words.',
    received: (partner: string) => `${partner} is thinking of you`,
  },

  playlist: {
    title: 'Your shared playlist',
    open: 'Open the playlist',
    newTab: '(opens in a new tab)',
  },

  extend: {
    title: 'Need a little longer?',
    add: (n: number) => `Add ${n} minutes`,
    left: (n: number) => (n === 1 ? 'You can extend once more.' : `You can extend ${n} more times.`),
    none: 'This pause has been extended as far as it can go. When it ends, you can still ask for a little more time.',
    done: (time: string) => `Extended. You will be back together at ${time}; your partner sees the new time too.`,
    partnerExtended: (partner: string, time: string) => `${partner} asked for a little longer. New time to come back: ${time}.`,
  },

  comeBack: {
    title: 'Ready to reconnect?',
    cardTitle: 'Check in with yourself',
    intro: 'No rush. Notice how you feel now, before anything else.',
    feeling: 'How activated I feel now',
    feelingHint: '0 is calm, 10 is completely overwhelmed. This stays with you.',
    nextLegend: 'What would help next?',
    ready: 'I’m ready',
    moreToggle: 'I need a little more time',
    moreLegend: 'How much more?',
    moreTether: 'A few words for your partner (optional)',
    moreTetherDefault: 'I’m still settling. I’m coming back.',
    moreSubmit: (n: number) => `Ask for ${n} more minutes`,
    back: 'Back to the check-in',
    backToPause: 'Back to the pause',
    meReady: 'You’re ready.',
    waitingForPartner: (partner: string) => `${partner} can take the time they need. You will both see it here when they are ready too.`,
    partnerReady: (partner: string, plan: string) => `${partner} is ready, and would like to ${plan}.`,
    partnerNotYet: (partner: string) => `${partner} has not checked in yet.`,
    partnerWords: (partner: string) => `${partner}’s words from the pause`,
  },

  reconnected: {
    title: 'You came back together',
    nextTitle: 'What comes next',
    timing: {
      on_time: 'Right on time. Coming back when you said you would is how trust grows.',
      late: 'It took a little longer than planned, and you still came back to each other. That is what counts.',
      early: 'You both felt ready before the time was up, and came back to each other. Trust your sense of that.',
    },
    yourNext: (plan: string) => `You would like to ${plan}.`,
    partnerNext: (partner: string, plan: string) => `${partner} would like to ${plan}.`,
    /** One plan from two wishes, gentlest first. */
    step: {
      hug: 'a hug',
      check_in: 'a short check-in',
      talk: 'ten minutes of talk',
    } satisfies Record<ReturnPlan, string>,
    bothWant: (step: string) => `You would both like ${step}.`,
    plan: (first: string, then: string) => `${first.charAt(0).toUpperCase()}${first.slice(1)} first, then ${then}`,
    youStart: ' — you start?',
    partnerStarts: (partner: string) => ` — ${partner} starts?`,
    planHint: 'A suggestion from your two wishes; you can always do it your own way.',
    repairTitle: 'Something to mend?',
    repairBody: 'If the moment left a bruise, you can turn it into a repair, together and at your own pace.',
    repair: 'Turn this into a repair',
    another: 'Start another pause',
  },

  ended: {
    notNowForAsker:
      'Not right now. The pause is set aside, and nothing is held against anyone. Breathing on your own still helps, and either of you can ask again later.',
    notNowForMe: 'You said not now, and that is okay. Nothing is counted or kept against you. When you are ready, a signal or a pause is always here.',
    cancelled: 'The pause request was taken back. When it feels right, either of you can ask again.',
    expired: 'The pause request closed without an answer. That happens in hard moments; you can ask again, or send a signal first.',
    ranOut: 'This pause ran its course. Whenever you are ready, a short check-in is a gentle way back.',
  },

  banner: {
    incoming: (partner: string) => `${partner} is asking for a pause`,
    mine: 'Your pause request is waiting for an answer',
    active: (time: string) => `Pausing together until ${time}`,
    returning: 'Time to reconnect, whenever you are ready',
    open: 'Open the pause',
    seeRequest: 'See the request',
  },

  /** Lines in the couple's activity feed ("who" is "You" or a name). */
  feed: {
    requested: (who: string) => `${who} asked for a pause`,
    proposed: (who: string) => `${who} suggested a different length for the pause`,
    started: 'A pause began',
    cancelled: (who: string) => `${who} took back a pause request`,
    extended: (who: string) => `${who} asked for a little longer`,
    returning: 'The pause time was up',
    moreTime: (who: string) => `${who} asked for a little more time`,
    reconnected: 'You came back together',
    closedUnanswered: 'A pause request closed without an answer',
    ranOut: 'A pause ran its course',
  },

  live: {
    pulse: 'Your partner is thinking of you.',
  },

  noPartner: 'A shared pause needs your partner in this space. You can invite them from the home screen whenever you are ready.',
} as const;
