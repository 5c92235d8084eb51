/**
 * Words for daily practice, in our own voice. Invitations, never nagging:
 * no streaks, no guilt, no red badges. The ritual library, joy deck and
 * stretch ideas are shared with the screens, so both sides say the same.
 */
import { defineMessages, msg } from '../../core/i18n/messages';
import type { Level } from './capacity';

export const practiceCopy = defineMessages('features/practice/copy', {
  ritualLibrary: {
    morning_gaze: { title: 'Two quiet minutes of eye contact in the morning', hint: 'No talking needed. Just look, and let yourselves be seen.' },
    night_breath: { title: 'One shared breath before sleep', hint: 'Breathe in together, breathe out together. That’s all.' },
    long_hug: { title: 'A hug that lasts six seconds or more', hint: 'Long enough for both bodies to notice they’re safe.' },
    repair_voice_note: { title: 'A voice note after a tense moment', hint: 'Something like: “I noticed I got sharp earlier. I’d like to come back to it.”' },
    welcome_home: { title: 'A proper hello when one of you comes home', hint: 'Stop what you’re doing for ten seconds. Turn towards each other.' },
    gratitude: { title: 'One small thank-you a day', hint: 'Name something specific your partner did. Tiny counts.' },
  },
  joyDeck: [
    'Dance in the kitchen to one song',
    'Cook something neither of you has made before',
    'Take a different route on a walk and see what you find',
    'Ask each other a question you’ve never asked',
    'Build a blanket fort, or just eat dinner on the floor',
    'Make a playlist of songs from when you met',
    'Try a silly accent for the whole of breakfast',
    'Plan a tiny adventure under an hour away',
  ],
  stretchIdeas: {
    pursuer: ['Wait twenty minutes before sending a second message', 'When I want to talk it through now, ask “is now a good time?” and accept the answer', 'Say one feeling out loud instead of an argument'],
    distancer: ['Stay in the room five minutes longer when it gets tense', 'Say “I need a break, and I’ll be back at…” instead of going quiet', 'Say one feeling out loud, even if it’s small'],
  },
  stretchEncouragement: 'Feeling shaky here is often a sign of progress: new kinds of safety feel strange at first. If it’s too much, pause, breathe, and come back another day — or talk it through with someone you trust.',
  reminder: { title: 'A small moment, if you have one', body: msg('{ritual} — whenever it suits you.', { ritual: 'text' }) },
  /** Headings of my own archive (export-mine.ts): what I wrote, in my words. */
  archive: {
    notes: 'My notes',
    note: 'Note',
    voiceNote: 'Voice note',
    voiceNoteFor: msg('Voice note ({seconds} s)', { seconds: 'number' }),
    joys: 'Moments of joy I kept',
    joy: 'Joy',
    capacity: 'How much I had to give',
    levels: { low: 'Low', some: 'Some', plenty: 'Plenty' } satisfies Record<Level, string>,
    stretches: 'My stretches',
    stretch: 'Stretch',
    tried: 'What I tried',
    howItWent: 'How it went',
    seasons: 'Seasons I proposed',
    season: 'Season',
    what: 'What',
    why: 'Why',
    reviewOn: 'To look at again on',
  },
  errors: {
    notFound: 'We couldn’t find that.',
    notYours: 'Only the person who made this can change it.',
    ownMoment: 'A shared moment is confirmed by your partner.',
    alreadyConfirmed: 'This moment is already counted.',
    soloMoment: 'This moment was marked as one person’s, so there is nothing to confirm.',
    badTimeZone: 'That time zone isn’t one we know.',
    badTime: 'Please choose a time like 07:30.',
    tooLong: 'Voice notes can be up to two minutes.',
    uploadProblems: {
      wrong_type: 'That file isn’t a kind we can keep here. Voice notes: WebM, Ogg or MP4 audio. Photos: JPEG, PNG or WebP.',
      truncated: 'That file seems to be cut off. Please try recording or choosing it again.',
      empty: 'That file is empty.',
      too_large: 'That file is too large. Voice notes up to two minutes; photos up to 5 MB.',
    },
    uploadLimits: {
      spaceFull: 'Your space has no room left for more voice notes and photos. Letting an old one go makes room for a new one.',
      tooFast: 'That is a lot of uploads in a short while. Please take a breather and try again in a little while.',
      diskFull: 'This server is nearly out of room, so it can’t keep new voice notes or photos just now. Everything else works as usual; please try again later.',
    },
    seasons: {
      review_too_far: 'A season is temporary: please pick a review date within 8 weeks.',
      review_in_past: 'Please pick a review date after today.',
      not_participant: 'A season is an agreement between the two partners in this space.',
      already_accepted: 'You’ve already agreed to this season.',
      not_active: 'This season isn’t active yet.',
      ended: 'This season has ended; it stays in your record. You can start a new one.',
    },
  },
}, { de: () => import('./copy.de.json') });
export type RitualKey = keyof typeof practiceCopy.ritualLibrary;
export const RITUAL_KEYS = Object.keys(practiceCopy.ritualLibrary) as [RitualKey, ...RitualKey[]];

/** A ritual's title in the reader's language: one from our library by its key (the stored title is its English), one of the couple's own as they wrote it. */
export function ritualTitle(libraryKey: string | null, stored: string): string {
  return libraryKey !== null && (RITUAL_KEYS as string[]).includes(libraryKey) ? practiceCopy.ritualLibrary[libraryKey as RitualKey].title : stored;
}
