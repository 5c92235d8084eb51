/**
 * Words of homework between sessions. Never a deadline, a score or a streak: a practice is an
 * invitation, done "whenever you're ready", and how it went is a few words if someone wants to.
 * Its own module: it loads with the home card and the desk, never with the first screen's copy.
 * The desk's words address the therapist; in German with "Sie", where the couple's own are "du".
 */
import { defineMessages, msg } from '../../core/i18n/messages';

export const homeworkCopy = defineMessages('features/homework/copy', {
  home: {
    title: 'From your sessions',
    intro: 'Small things your therapist suggested trying before you meet again.',
    suggestedFor: msg('Suggested for {day} — whenever you’re ready.', { day: 'text' }),
    whenever: 'Whenever you’re ready.',
    open: 'Go there',
    howDidItGo: 'How did it go?',
    change: 'Change what I said',
    iDidIt: 'I tried it',
    iDidItHint: 'Leave it unticked for “not yet” — that’s fine too.',
    words: 'How it went (optional)',
    wordsHint: 'A few words, if you like. Your partner and your therapist will see them.',
    save: 'Save',
    cancel: 'Close',
    mineDone: 'You tried it.',
    mineNotYet: 'You said: not yet.',
    partnerDone: msg('{name} tried it.', { name: 'text' }),
    partnerNotYet: msg('{name} said: not yet.', { name: 'text' }),
    saved: 'Saved. Thank you for sharing it.',
    checkinSoon: 'Your therapist asked for a weekly check-in before your next session, which is coming up soon.',
    checkinLink: 'Take the check-in',
  },
  desk: {
    title: 'Practices between sessions',
    assignTitle: 'Assign a practice',
    practice: 'Practice',
    note: 'A note for the couple (optional)',
    noteHint: 'Both partners see it beside the practice.',
    dueOn: 'Suggested for',
    assign: 'Assign',
    assigned: 'Assigned. The couple sees it on their home screen.',
    listTitle: 'Assigned',
    none: 'Nothing assigned yet.',
    suggestedFor: msg('Suggested for {day}', { day: 'text' }),
    remove: msg('Take back: {title}', { title: 'text' }),
    removeLabel: 'Take back',
    noProgress: 'Whether they tried it shows here once both partners share their practice progress with you.',
    tried: msg('{name}: tried it', { name: 'text' }),
    notYet: msg('{name}: not yet', { name: 'text' }),
    noReply: msg('{name}: no word yet', { name: 'text' }),
    checkin: 'Ask for a weekly check-in before each session',
    checkinHint: 'Each partner sees a gentle line on their home screen a few days before you meet.',
  },
  error: 'That did not go through. Please try again.',
  /** The practices a therapist can assign (library.ts), in our own words: why each helps. */
  library: {
    'guided-map-start': {
      title: 'Start your map with the guided start',
      why: 'Seeing the loop from both sides makes it something you face together, not something you do to each other.',
    },
    'same-room-pause': {
      title: 'Try a 10-minute same-room pause this week',
      why: 'A short pause while staying close lets both of you cool down without anyone feeling left.',
    },
    'evening-ritual': {
      title: 'One small ritual every evening',
      why: 'Small moments of connection, again and again, make the hard moments feel less alone.',
    },
    'role-stretch': {
      title: 'A stretch out of your usual role',
      why: 'Trying the other move once, gently, loosens the loop’s hold on both of you.',
    },
    'weekly-checkin': {
      title: 'Take the weekly check-in',
      why: 'A minute to notice how the week felt gives you both something to bring to the next session.',
    },
    'repair-conversation': {
      title: 'A repair conversation for something from this week',
      why: 'Coming back to a rough moment once it has cooled turns it into something you understand together.',
    },
  },
}, { de: () => import('./copy.de.json') });
