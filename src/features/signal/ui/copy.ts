import { signalCopy } from '../copy';

/**
 * The words of "we're doing the thing" (ready for translation). A signal
 * names the loop — the shared enemy — never a person, and asks for nothing
 * the partner has to do right now. After sending, the words help the sender
 * breathe rather than tap again.
 */
export const copy = {
  needs: signalCopy.needs,
  answers: signalCopy.answers,
  button: {
    plain: 'We’re doing the thing',
    named: (loop: string) => `“${loop}” is here`,
    hint: (partner: string) => `One tap lets ${partner} know you have noticed the loop. No explaining needed.`,
    hintAlone: 'When your partner is in this space with you, one tap here lets them know you have noticed the loop.',
    sending: 'Sending…',
  },
  region: 'In the moment',
  options: {
    toggle: 'Add what you need (optional)',
    needLegend: 'What would help right now?',
    noNeed: 'Nothing chosen',
    noteLabel: 'A few words (optional)',
    noteHint: 'Only your partner sees this.',
  },
  /** The sender's calm state after the tap: breathe, nothing else is needed right now. */
  sent: {
    title: 'Your signal is on its way',
    sent: (partner: string) => `Sent to ${partner}. Breathe — there is nothing else you need to do right now.`,
    delivered: (partner: string) => `It reached ${partner}’s phone. Breathe.`,
    seen: (partner: string) => `${partner} has seen it — breathe.`,
    taps: (n: number, partner: string) => `You noticed it ${n} times; ${partner} sees one calm card, not ${n}.`,
    when: (relative: string) => `You sent it ${relative}.`,
    again: 'Signal again',
    putAway: 'Put this away',
  },
  /** The partner's answer, as a warm card on the sender's screens. */
  answered: {
    title: (partner: string) => `${partner} sees it`,
    own: (partner: string) => `${partner}’s words`,
    pauseWithMe: 'A pause together is one tap away.',
    putAway: 'Thank you — put this away',
  },
  incoming: {
    title: (partner: string) => `${partner} noticed the loop`,
    titleNamed: (partner: string, loop: string) => `${partner} noticed “${loop}”`,
    again: (n: number) => `again · ${n} times`,
    body: 'It is the cycle showing up, not either of you. One slow breath before anything else.',
    need: 'What would help:',
    note: (partner: string) => `${partner}’s words`,
    when: (relative: string) => `Sent ${relative}`,
    answerLegend: (partner: string) => `Let ${partner} know you see it`,
    ownToggle: 'In my own words',
    ownLabel: 'Your words',
    ownSend: 'Send my words',
    ownError: 'Please write a few words (up to 280 characters).',
    pauseLegend: 'Or pause together now',
    putAway: 'Put it away for now',
  },
  toolkitLink: 'My words and what helps me',
  justNow: 'just now',
  /** The line in the couple's activity feed ("who" is "You" or a name). */
  feed: {
    sent: (who: string) => `${who} noticed the loop and sent a signal`,
    answered: (who: string) => `${who} answered a signal`,
  },
  noPartner: signalCopy.noPartner,
} as const;
