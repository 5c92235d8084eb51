import { defineMessages, msg } from '../../../core/i18n/messages';
import type { ReturnPlan, Where } from '../machine';

/**
 * Everything the pause screens say, in one place. A pause is a way out of the
 * loop, never a way away from each other: the words name the cycle, not a
 * person, and invite rather than press. Where a sentence depends on where the
 * two are (`where`: same_room | nearby | apart) or on how they come back
 * (`plan`: talk | hug | check_in), it is one message with a select on it, so
 * each language writes the whole sentence. Lengths are plurals of minutes.
 */
export const copy = defineMessages('features/pause/ui/copy', {
  title: 'A pause together',
  loading: 'Loading your pause…',
  loadFailed: 'We could not load the pause just now.',
  retry: 'Try again',
  home: 'Back home',
  whereOption: {
    same_room: 'In the same room',
    nearby: 'Nearby, in another room',
    apart: 'Apart for now',
  } satisfies Record<Where, string>,
  returnOption: {
    talk: 'Talk it through',
    hug: 'Start with a hug',
    check_in: 'Just check in',
  } satisfies Record<ReturnPlan, string>,
  minutes: msg('{minutes, plural, one {# minute} other {# minutes}}', { minutes: 'number' }),
  minutesShort: msg('{minutes} min', { minutes: 'number' }),

  facts: {
    length: 'Length',
    where: 'Where',
    afterwards: 'Afterwards',
  },

  /** The ready pause: the person's usual one, in one tap ("20 minutes, nearby · with your usual words"). */
  quick: {
    now: 'Pause now',
    summary: msg('{minutes, plural, one {# minute} other {# minutes}}, {where, select, same_room {in the same room} nearby {nearby} other {apart}}', { minutes: 'number', where: 'text' }),
    summaryWithWords: msg(
      '{minutes, plural, one {# minute} other {# minutes}}, {where, select, same_room {in the same room} nearby {nearby} other {apart}} · with your usual words',
      { minutes: 'number', where: 'text' },
    ),
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
      activationValue: msg('{n} out of 10', { n: 'number' }),
      skip: 'Not sure',
      heartRate: 'Or my heart rate, if I know it (beats a minute)',
      floodedTitle: 'Your body may be flooded right now',
      floodedBody: msg(
        'When the heart races, the part of us that listens goes quiet for a while; around {minutes, plural, one {# minute} other {# minutes}} of calm usually brings it back. A longer pause might help you both.',
        { minutes: 'number' },
      ),
      useLonger: msg('Make it {minutes, plural, one {# minute} other {# minutes}}', { minutes: 'number' }),
      longerChosen: msg('A {minutes}-minute pause is chosen. You can still change it.', { minutes: 'number' }),
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
    body: msg('{partner} can accept it, or suggest a different length once.', { partner: 'text' }),
    closes: msg(
      'If there is no answer within {minutes, plural, one {# minute} other {# minutes}}, the request closes by itself and nothing is held against anyone.',
      { minutes: 'number' },
    ),
    proposed: msg('{partner} suggested {minutes, plural, one {# minute} other {# minutes}} instead.', { partner: 'text', minutes: 'number' }),
    acceptProposal: msg('Pause for {minutes, plural, one {# minute} other {# minutes}}', { minutes: 'number' }),
    cancel: 'Take back the request',
    cancelled: 'The request is taken back.',
  },

  incoming: {
    title: msg('{partner} is asking for a pause', { partner: 'text' }),
    reassurance: 'A pause is not a goodbye. It is how the two of you step out of the loop, together.',
    theirWords: msg('{partner}’s words for you', { partner: 'text' }),
    whatTitle: msg('What {partner} is asking for', { partner: 'text' }),
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
    propose: msg('Suggest {minutes, plural, one {# minute} other {# minutes}}', { minutes: 'number' }),
    proposeThis: 'Suggest this length',
    proposed: msg(
      'You suggested {minutes, plural, one {# minute} other {# minutes}}. {partner} can take it, or keep their first request open.',
      { minutes: 'number', partner: 'text' },
    ),
    proposeOnce: 'You can suggest a different length once.',
    notNow: 'Not now',
    notNowHint: 'If a pause is not right for you at the moment, you can say so. Nothing is counted, and no one is blamed.',
  },

  active: {
    title: 'Pausing together',
    timeLeft: 'Time left',
    /** `time`: the end time as a clock time in the reader's language ("14:32"). */
    backAt: msg('Back together at {time}', { time: 'text' }),
    minutesLeftWords: msg('{minutes, plural, =0 {Less than a minute left} =1 {Less than a minute left} other {About # minutes left}}', { minutes: 'number' }),
    whereLine: msg('{where, select, same_room {You are in the same room.} nearby {You are nearby, in another room.} other {You are apart for now.}}', { where: 'text' }),
    afterwards: msg(
      '{plan, select, talk {When the time is up, you will talk it through.} hug {When the time is up, you will start with a hug.} other {When the time is up, you will just check in.}}',
      { plan: 'text' },
    ),
    yourWords: 'Your words',
    partnerWords: msg('From {partner}', { partner: 'text' }),
    earlyReady: 'I’m ready to come back now',
  },

  pacer: {
    title: 'Breathe together',
    intro: 'The same slow rhythm runs on both of your screens.',
    in: 'Breathe in',
    out: 'Breathe out',
    seconds: msg('{seconds, plural, one {# second} other {# seconds}}', { seconds: 'number' }),
    pace: msg('{breaths, plural, one {# breath a minute} other {# breaths a minute}}', { breaths: 'number' }),
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
    received: msg('{partner} is thinking of you', { partner: 'text' }),
  },

  playlist: {
    title: 'Your shared playlist',
    open: 'Open the playlist',
    newTab: '(opens in a new tab)',
  },

  extend: {
    title: 'Need a little longer?',
    add: msg('Add {minutes, plural, one {# minute} other {# minutes}}', { minutes: 'number' }),
    left: msg('{left, plural, one {You can extend once more.} other {You can extend # more times.}}', { left: 'number' }),
    none: 'This pause has been extended as far as it can go. When it ends, you can still ask for a little more time.',
    done: msg('Extended. You will be back together at {time}; your partner sees the new time too.', { time: 'text' }),
    partnerExtended: msg('{partner} asked for a little longer. New time to come back: {time}.', { partner: 'text', time: 'text' }),
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
    moreSubmit: msg('Ask for {minutes, plural, one {# more minute} other {# more minutes}}', { minutes: 'number' }),
    back: 'Back to the check-in',
    backToPause: 'Back to the pause',
    meReady: 'You’re ready.',
    waitingForPartner: msg('{partner} can take the time they need. You will both see it here when they are ready too.', { partner: 'text' }),
    partnerReady: msg(
      '{plan, select, talk {{partner} is ready, and would like to talk it through.} hug {{partner} is ready, and would like to start with a hug.} other {{partner} is ready, and would like to just check in.}}',
      { plan: 'text', partner: 'text' },
    ),
    partnerNotYet: msg('{partner} has not checked in yet.', { partner: 'text' }),
    partnerWords: msg('{partner}’s words from the pause', { partner: 'text' }),
  },

  reconnected: {
    title: 'You came back together',
    nextTitle: 'What comes next',
    timing: {
      on_time: 'Right on time. Coming back when you said you would is how trust grows.',
      late: 'It took a little longer than planned, and you still came back to each other. That is what counts.',
      early: 'You both felt ready before the time was up, and came back to each other. Trust your sense of that.',
    },
    yourNext: msg(
      '{plan, select, talk {You would like to talk it through.} hug {You would like to start with a hug.} other {You would like to just check in.}}',
      { plan: 'text' },
    ),
    partnerNext: msg(
      '{plan, select, talk {{partner} would like to talk it through.} hug {{partner} would like to start with a hug.} other {{partner} would like to just check in.}}',
      { plan: 'text', partner: 'text' },
    ),
    /** One plan from two wishes, gentlest first: both wished the same (`plan`), or two steps, and who opens the talk (`starts`: you | other). */
    bothWant: msg(
      '{plan, select, hug {You would both like a hug.} check_in {You would both like a short check-in.} other {You would both like ten minutes of talk.}}',
      { plan: 'text' },
    ),
    hugThenCheckIn: 'A hug first, then a short check-in',
    hugThenTalk: msg(
      '{starts, select, you {A hug first, then ten minutes of talk — you start?} other {A hug first, then ten minutes of talk — {partner} starts?}}',
      { starts: 'text', partner: 'text' },
    ),
    checkInThenTalk: msg(
      '{starts, select, you {A short check-in first, then ten minutes of talk — you start?} other {A short check-in first, then ten minutes of talk — {partner} starts?}}',
      { starts: 'text', partner: 'text' },
    ),
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
    incoming: msg('{partner} is asking for a pause', { partner: 'text' }),
    mine: 'Your pause request is waiting for an answer',
    active: msg('Pausing together until {time}', { time: 'text' }),
    returning: 'Time to reconnect, whenever you are ready',
    open: 'Open the pause',
    seeRequest: 'See the request',
  },

  /** Lines in the couple's activity feed: whole sentences chosen by who did it (`who`: you | other, with their `name`). */
  feed: {
    requested: msg('{who, select, you {You asked for a pause} other {{name} asked for a pause}}', { who: 'text', name: 'text' }),
    proposed: msg('{who, select, you {You suggested a different length for the pause} other {{name} suggested a different length for the pause}}', { who: 'text', name: 'text' }),
    started: 'A pause began',
    cancelled: msg('{who, select, you {You took back a pause request} other {{name} took back a pause request}}', { who: 'text', name: 'text' }),
    extended: msg('{who, select, you {You asked for a little longer} other {{name} asked for a little longer}}', { who: 'text', name: 'text' }),
    returning: 'The pause time was up',
    moreTime: msg('{who, select, you {You asked for a little more time} other {{name} asked for a little more time}}', { who: 'text', name: 'text' }),
    reconnected: 'You came back together',
    closedUnanswered: 'A pause request closed without an answer',
    ranOut: 'A pause ran its course',
  },

  live: {
    pulse: 'Your partner is thinking of you.',
  },

  noPartner: 'A shared pause needs your partner in this space. You can invite them from the home screen whenever you are ready.',
}, { de: () => import('./copy.de.json') });
