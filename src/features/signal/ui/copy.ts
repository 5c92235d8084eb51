import { signalCopy } from '../copy';

/**
 * The words of "we're doing the thing" (ready for translation). A signal
 * names the loop — the shared enemy — never a person, and asks for nothing
 * the partner has to do right now.
 */
export const copy = {
  needs: signalCopy.needs,
  button: {
    plain: 'We’re doing the thing',
    named: (loop: string) => `“${loop}” is here`,
    hint: (partner: string) => `One tap lets ${partner} know you have noticed the loop. No explaining needed.`,
    hintAlone: 'Once your partner joins your space, one tap here lets them know you have noticed the loop.',
    sending: 'Sending…',
  },
  region: 'In the moment',
  options: {
    toggle: 'Add what you need (optional)',
    needLegend: 'What would help right now?',
    noteLabel: 'A few words (optional)',
    noteHint: 'Only your partner sees this.',
  },
  status: {
    title: 'Your signal',
    sent: (partner: string) => `Sent to ${partner}.`,
    delivered: (partner: string) => `It reached ${partner}’s phone.`,
    seen: (partner: string) => `${partner} has seen it.`,
    when: (relative: string) => `You sent it ${relative}.`,
    noticing: 'Noticing the loop together is already a step out of it.',
  },
  incoming: {
    title: (partner: string) => `${partner} noticed the loop`,
    titleNamed: (partner: string, loop: string) => `${partner} noticed “${loop}”`,
    body: 'It is the cycle showing up, not either of you. One slow breath before anything else.',
    need: 'What would help:',
    note: (partner: string) => `${partner}’s words`,
    when: (relative: string) => `Sent ${relative}`,
    pause: 'Start a pause together',
    dismiss: 'Thank you, I see it',
  },
  pauseLink: 'Start a pause together',
  toolkitLink: 'My words and what helps me',
  justNow: 'just now',
  /** The line in the couple's activity feed ("who" is "You" or a name). */
  feed: {
    sent: (who: string) => `${who} noticed the loop and sent a signal`,
  },
  noPartner: 'Signals go to your partner. Once they join your space, this button reaches them.',
} as const;
