import { defineMessages, msg } from '../../../core/i18n/messages';
import { signalCopy } from '../copy';

/**
 * The words of "we're doing the thing" (ready for translation). A signal
 * names the loop — the shared enemy — never a person, and asks for nothing
 * the partner has to do right now. After sending, the words help the sender
 * breathe rather than tap again.
 */
export const copy = defineMessages('features/signal/ui/copy', {
  needs: signalCopy.needs,
  answers: signalCopy.answers,
  button: {
    plain: 'We’re doing the thing',
    named: msg('“{loop}” is here', { loop: 'text' }),
    hint: msg('One tap lets {partner} know you have noticed the loop. No explaining needed.', { partner: 'text' }),
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
    sent: msg('Sent to {partner}. Breathe — there is nothing else you need to do right now.', { partner: 'text' }),
    delivered: msg('It reached {partner}’s phone. Breathe.', { partner: 'text' }),
    seen: msg('{partner} has seen it — breathe.', { partner: 'text' }),
    taps: msg('You noticed it {taps, plural, one {once} other {# times}}; {partner} sees one calm card, not {taps}.', { taps: 'number', partner: 'text' }),
    when: msg('You sent it {relative}.', { relative: 'text' }),
    again: 'Signal again',
    putAway: 'Put this away',
  },
  /** The partner's answer, as a warm card on the sender's screens. */
  answered: {
    title: msg('{partner} sees it', { partner: 'text' }),
    own: msg('{partner}’s words', { partner: 'text' }),
    pauseWithMe: 'A pause together is one tap away.',
    putAway: 'Thank you — put this away',
  },
  incoming: {
    title: msg('{partner} noticed the loop', { partner: 'text' }),
    titleNamed: msg('{partner} noticed “{loop}”', { partner: 'text', loop: 'text' }),
    again: msg('again · {taps, plural, one {once} other {# times}}', { taps: 'number' }),
    body: 'It is the cycle showing up, not either of you. One slow breath before anything else.',
    need: 'What would help:',
    note: msg('{partner}’s words', { partner: 'text' }),
    when: msg('Sent {relative}', { relative: 'text' }),
    answerLegend: msg('Let {partner} know you see it', { partner: 'text' }),
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
    sent: msg('{who, select, you {You noticed the loop and sent a signal} other {{name} noticed the loop and sent a signal}}', { who: 'text', name: 'text' }),
    answered: msg('{who, select, you {You answered a signal} other {{name} answered a signal}}', { who: 'text', name: 'text' }),
  },
}, { de: () => import('./copy.de.json') });
