import { defineMessages, msg } from '../../core/i18n/messages';
import type { LoopKey, Sharing } from './questions';

/**
 * The weekly check-in's words: ours, kind and unhurried. The CSI-4's items are the published
 * text and live with the instrument (csi4.ts). Zod-free: the client imports it.
 */
export const checkinCopy = defineMessages('features/checkin/copy', {
  title: 'This week’s check-in',
  intro: 'About a minute, just for you. Nothing here is a test, and there are no right answers.',
  privateByDefault: 'Your answers stay with you unless you choose to share them.',
  csi4: {
    heading: 'How the relationship feels',
    // Shown beside the instrument: its source, and that it is not ours.
    source: 'These four questions are the Couples Satisfaction Index (CSI-4) by Funk & Rogge, used as published.',
  },
  loop: {
    heading: 'The loop this week',
    label: 'Offbeat’s own questions — not a validated measure.',
    questions: {
      caught: 'How often did we get caught in the loop this week?',
      wayBack: 'When we did, how quickly did we find our way back?',
      safeToReach: 'How safe did it feel to reach for each other?',
      safeToStepBack: 'How safe did it feel to step back when one of us needed space?',
    } satisfies Record<LoopKey, string>,
    anchors: {
      caught: ['Not at all', 'Once', 'A few times', 'Often', 'Most days'],
      wayBack: ['Not yet', 'Slowly', 'After a while', 'Fairly quickly', 'Quickly'],
      safeToReach: ['Not safe', 'A little safe', 'Somewhat safe', 'Mostly safe', 'Very safe'],
      safeToStepBack: ['Not safe', 'A little safe', 'Somewhat safe', 'Mostly safe', 'Very safe'],
    } satisfies Record<LoopKey, readonly string[]>,
    skip: 'Skip',
  },
  sharing: {
    legend: 'Who sees this week’s answers?',
    options: {
      private: 'Just me',
      reveal_together: msg('Reveal together with {partner}', { partner: 'text' }),
      share: msg('Share with {partner} now', { partner: 'text' }),
    },
    hint: 'Reveal together: you both see both once you have both answered. You can change this any time this week.',
  },
  save: 'Save my check-in',
  saved: 'Saved. Thank you for taking the minute.',
  change: 'Change my answers',
  mine: 'My answers',
  theirs: msg('{partner}’s answers', { partner: 'text' }),
  stand: {
    private: 'Kept just for you.',
    shared: 'Shared.',
    waiting: 'You will see each other’s answers once you have both answered.',
    revealed: 'Revealed together.',
  },
  partnerWaiting: msg('{partner} has answered and would like to reveal together — whenever you are ready.', { partner: 'text' }),
  partnerWaitingMinePrivate: msg(
    '{partner} chose to reveal together. If you would like to, share yours the same way and you will both see both; keeping yours just for you is fine too.',
    { partner: 'text' },
  ),
  skipped: 'Skipped',
  weekOf: msg('Week of {date}', { date: 'text' }),
  csi4Partial: 'Answer all four of these, or leave all four for this week.',
  answered: 'Checked in for this week',
  noCsi4: 'Not answered this week',
  day: {
    title: 'When we check in',
    legend: 'Our check-in day',
    hint: 'One day a week that suits you both; either of you can change it.',
    none: 'No day yet',
    names: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  },
  reminder: {
    label: 'A gentle reminder on our day',
    time: 'At',
    hint: 'A quiet notification, only to you, only if you have not checked in yet.',
    needsDay: 'Choose a day first.',
    push: { title: 'A minute for this week', body: 'Your weekly check-in is here whenever it suits you.' },
  },
  home: {
    title: 'A minute for this week',
    body: 'Your weekly check-in is open. It is yours to keep or to share.',
    open: 'Check in',
    chooseTitle: 'A weekly check-in',
    chooseDay: 'About a minute each, once a week, just for you unless you choose to share. Pick a day that suits you both.',
    choose: 'Choose a day',
  },
  back: 'Back to home',
  archive: { title: 'My weekly check-ins', heading: msg('Week of {weekStart}', { weekStart: 'text' }), sharing: 'Shared', sharings: { private: 'Just me', reveal_together: 'Reveal together', share: 'Shared' } satisfies Record<Sharing, string> },
  rejections: {
    csi4Off: 'This check-in does not ask those questions here.',
  },
}, { de: () => import('./copy.de.json') });
