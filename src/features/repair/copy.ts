import { defineMessages, msg } from '../../core/i18n/messages';
import type { RepairRejection, Step } from './machine';

/** Words for rupture and repair from the server: shared accountability, never blame. */
export const repairCopy = defineMessages('features/repair/copy', {
  rejections: {
    not_participant: 'This conversation belongs to the two partners in this space.',
    already_revealed: 'Your answers were revealed together, so they stay as they were. You can add a note in your journal.',
    not_revealed: 'Your partner’s answers appear once you have both shared yours.',
    already_submitted: 'Your answers are already shared. To change them, share them again with your changes.',
    incomplete: 'Please answer how you felt, your part, what you needed, and one thing you will do.',
  } satisfies Record<RepairRejection, string>,
  notFound: 'We could not find that.',
  pauseNotFound: 'That pause is not one of yours.',
  notYourAction: 'Only the person who took this on can mark it done.',
  ownAction: 'Your partner acknowledges what you did; you can acknowledge theirs.',
  notDoneYet: 'This can be acknowledged once it is marked done.',
  noPartner: 'A repair conversation needs both partners in the space.',
  contractNotFound: 'That agreement is not one of yours.',
  /** How a person's repair answers are labelled when they are kept or downloaded. */
  stepLabels: {
    feelings: 'How I felt',
    myReality: 'What happened, as I lived it',
    theirReality: 'What I could see of theirs',
    touched: 'What it touched in me',
    myPart: 'My part in it',
    impact: 'The impact I saw',
    unmetNeed: 'What I needed and didn’t get',
    iWill: 'One thing I would do',
    iAsk: 'One thing I asked for',
  } satisfies Record<Step, string>,
  /** What a leaver's kept words are introduced with in their journal when a space ends. `day` is the ISO date. */
  kept: {
    note: msg('Kept from a hard moment ({topic}, {day}):', { topic: 'text', day: 'text' }),
    repair: msg('Kept from a repair conversation ({day}):', { day: 'text' }),
  },
  /** My own archive's repair sections. */
  archive: {
    journal: 'My journal',
    journalEntry: 'Journal entry',
    notes: 'Hard moments, in my words',
    repairs: 'My repair answers',
    repair: 'Repair conversation',
    reflections: 'Stepping out of roles',
    reflection: 'Role reflection',
    lettingGo: 'What I’m letting go of',
    instead: 'What I’ll try instead',
  },
}, { de: () => import('./copy.de.json') });
