import { defineMessages, msg } from '../../../core/i18n/messages';
import { topicLabels } from '../../../core/topics';
import type { Step } from './api';

/**
 * Everything the rupture-and-repair screens say, in one place.
 * Tone: repair is shared; the loop is the trouble, never a partner. No pressure,
 * no deadlines that scold, no "your partner is waiting".
 *
 * `partner` is the partner's name; where it begins a sentence the screens pass
 * it through `atStart` (so "your partner", before anyone has joined, reads
 * "Your partner" there). Who reached or stepped back (`who`: me | partner |
 * unsure) chooses whole sentences; dates arrive formatted in the reader's language.
 */
export const copy = defineMessages('features/repair/ui/copy', {
  loading: 'Loading…',
  loadFailed: 'We could not load this just now.',
  you: 'You',
  backToLog: 'Back to the rupture log',
  justNow: 'just now',

  topics: topicLabels,

  log: {
    title: 'Ruptures and repair',
    intro: [
      'Every couple drifts out of step. What matters is finding the way back, together.',
      'Here you can note a rough moment, talk it through when you are both steady, and follow up with what each of you does next.',
    ],
    newRupture: 'Note a rough moment',
    listTitle: 'Rough moments so far',
    empty: 'Nothing noted yet. When a moment goes wrong between you, you can note it here, whenever you are ready.',
    pauseTitle: 'You came back from a pause',
    pauseBody: msg('If something is still unsettled between you and {partner}, you can turn this pause into a repair and talk it through when you both feel steady.', { partner: 'text' }),
    pauseAction: 'Turn this pause into a repair',
    hasNote: 'Your private note · only you see it',
    open: 'Open',
    more: 'More ways to repair',
    saidAndMeant: 'Said and meant: what we say, and what we mean',
    roles: 'Stepping out of roles',
    journal: 'My private journal',
  },

  roles: {
    reached: msg('{who, select, me {You reached for closeness} partner {{partner} reached for closeness} other {Not sure who reached this time}}', { who: 'text', partner: 'text' }),
    withdrew: msg('{who, select, me {You stepped back for space} partner {{partner} stepped back for space} other {Not sure who stepped back}}', { who: 'text', partner: 'text' }),
    reversal: 'This time the roles switched. Neither of you is only one thing — worth noticing, gently.',
  },

  /** Each partner's own view of a rupture, shown as theirs: how intense it felt, who reached and who stepped back. */
  views: {
    mine: 'How you saw it',
    partners: msg('How {partner} saw it', { partner: 'text' }),
    intensity: msg('It felt like {n} of 10', { n: 'number' }),
    differ: 'You saw parts of it differently. Both views can be true at once.',
    addTitle: 'How was it for you?',
    addIntro: msg('This is how {partner} saw it. Your view can sit beside theirs; it does not need to match.', { partner: 'text' }),
    add: 'Add how I saw it',
    change: 'Change how I saw it',
    save: 'Save how I saw it',
    cancel: 'Cancel',
    saved: 'Your view is saved, beside theirs.',
  },

  status: {
    repaired: 'Repaired together',
    inRepair: 'Talking it through',
    notStarted: 'Here whenever you are both ready',
    youSayRepaired: msg('You said it feels repaired. It shows as repaired once {partner} feels the same.', { partner: 'text' }),
    partnerSaysRepaired: msg('{partner} feels it is repaired. Whenever it feels that way for you too, you can say so.', { partner: 'text' }),
  },

  form: {
    title: 'Note a rough moment',
    fromPause: 'This comes from the pause you just came back from.',
    intro: 'A few quick details, as you saw it, so you can look back on it together later. Your partner can add how they saw it. There are no right answers.',
    topic: 'What was it about, on the surface?',
    topicMissing: 'Choose what it was about — whichever fits best is fine.',
    intensity: 'How intense did it feel?',
    intensityHint: '0 is a small wobble, 10 is as hard as it gets.',
    intensityValue: msg('{n} of 10', { n: 'number' }),
    reached: 'Who reached for closeness this time?',
    withdrew: 'Who stepped back for space this time?',
    rolesHint: 'Just for this time. Roles often switch, and that is worth seeing.',
    /** The choices of who; the partner's is their name. */
    who: { me: 'Me', unsure: 'Not sure' },
    note: 'Your own words about it (optional)',
    noteHint: 'Only you see this. Your partner never does.',
    save: 'Save this moment',
    cancel: 'Not now',
    saved: 'Noted. You can talk it through whenever you are both ready.',
  },

  note: {
    title: 'Your private note',
    onlyYou: 'Only you see this',
    label: 'Your private note',
    hint: 'Only you see this. Your partner never does.',
    empty: 'You have not written a note about this one.',
    edit: 'Edit note',
    add: 'Add a private note',
    save: 'Save note',
    cancel: 'Cancel',
    saved: 'Your note is saved, just for you.',
  },

  detail: {
    title: msg('A rough moment: {topic}', { topic: 'text' }),
    logged: msg('Noted {when}', { when: 'text' }),
    fromPause: 'Came from a pause',
    views: 'How each of you saw it',
    when: 'When',
    notFound: 'We could not find that moment',
  },

  calm: {
    title: 'Are you both calm enough?',
    intro: [
      'Talking helps once both bodies have settled. While a heart is racing, even kind words are hard to hear.',
      'If you are not there yet, that is completely fine. Come back when you feel steadier.',
    ],
    question: 'Do you feel calm enough to look at this now?',
    yes: 'Yes, I feel calm enough',
    no: 'Not yet',
    partnerYes: msg('{partner} feels calm enough.', { partner: 'text' }),
    partnerNo: msg('{partner} needs a little more time. That is okay; there is no rush.', { partner: 'text' }),
    partnerUnknown: msg('When {partner} is ready, they can say how they feel too.', { partner: 'text' }),
    notYetTitle: 'Taking more time is part of repair',
    notYetBody: 'A break of twenty minutes or more, spent soothing rather than going over it, often helps. A shared pause or some slow breathing can too.',
    pauseLink: 'Take a pause together',
    readyNow: 'I feel calm enough now',
    begin: 'Start writing my side',
    continue: 'Continue writing my side',
    readyTitle: 'Your side, in your own words',
  },

  steps: {
    progress: msg('Part {n} of {total}', { n: 'number', total: 'number' }),
    privateNote: 'Only you can see what you write, until you have both shared. Then both sides appear at once.',
    next: 'Next',
    /** A question the repair can do without: its label, marked optional. */
    optionalLabel: msg('{question} (optional)', { question: 'text' }),
    later: 'Save and come back later',
    back: 'Back',
    saving: 'Saving privately…',
    saved: 'Saved privately',
    saveFailed: 'Not saved yet — we will try again when you move on.',
    review: 'Read it through',
    reviewIntro: 'This is what your partner will see, beside their own words, once you have both shared.',
    submit: 'Share when we are both ready',
    resubmit: 'Update what I shared',
    edit: 'Change this',
    /** The "Change this" button of one page of the read-through, named with that page's title. */
    editPage: msg('Change this: {page}', { page: 'text' }),
    /** A part I left empty, on my read-through. */
    leftOpen: 'Left open for now. That’s fine.',
    required: 'This one helps the repair. A few words are enough.',
    /** `parts`: the questions' labels, as a list in the reader's language. */
    missing: msg('A few parts still need a few words: {parts}.', { parts: 'text' }),
  },

  /** One screen each; the labels are also the headings of the reveal. */
  questions: {
    feelings: { label: 'How I felt', hint: 'Feelings, not reasons: hurt, scared, alone, overwhelmed, ashamed, frozen… The why can wait.' },
    myReality: { label: 'What happened, as I lived it', hint: 'Your own view. It does not need to match your partner’s.' },
    theirReality: { label: 'What I can see of how it was for you', hint: 'Your best guess at their side. Both views can be true at once.' },
    touched: { label: 'What it touched in me', hint: 'An old sore spot, the fear under my words. What I said, and what I meant.' },
    myPart: { label: 'My part in it', hint: 'Only your share — not theirs, not the whole thing. Owning a part is not taking all the blame.' },
    impact: { label: 'The impact I can see it had on you', hint: 'What my part may have felt like from where you stood.' },
    unmetNeed: { label: 'What I needed and didn’t get', hint: 'Closeness, reassurance, room to breathe, to be understood…' },
    iWill: { label: 'One thing I will do', hint: 'Small and concrete, something your partner will be able to see. Actions rebuild trust more than promises.' },
    iAsk: { label: 'One thing I ask of you', hint: 'A gentle request, not a demand.' },
  } satisfies Record<Step, { label: string; hint: string }>,
  iWillBy: { label: 'By when (optional)', hint: 'A date you can both look out for.' },

  pageTitles: ['Starting with feelings', 'Two views of what happened', 'What it touched', 'My part, and its impact', 'What I needed', 'What I will do, and what I ask'],

  waiting: {
    title: 'You have shared your side',
    body: msg('{partner} is still writing. Take your time, both of you; there is no rush. You will see both sides at the same moment.', { partner: 'text' }),
    bodyNotStarted: msg('Your words wait here, private, until {partner} has shared theirs too. Take your time, both of you. You will see both sides at the same moment.', { partner: 'text' }),
    editable: 'Until then, you can still change what you wrote.',
    edit: 'Change my answers',
    partnerDone: msg('{partner} has shared their side. Nothing of theirs is shown until you share yours, and there is no hurry.', { partner: 'text' }),
  },

  reveal: {
    title: 'Both sides, together',
    intro: 'Read slowly. You do not need to agree with everything; you can let your partner know you hear them.',
    announce: 'Both of your answers are shown now, side by side.',
    hear: 'I hear this',
    /** The "I hear this" button, named with whose words and which question. */
    hearLabel: msg('I hear this: {partner}, {question}', { partner: 'text', question: 'text' }),
    heard: 'You heard this',
    partnerHeard: msg('{partner} heard this', { partner: 'text' }),
    /** A part one of us left empty, beside the other's words: no gap to point at, just room. */
    iLeftOpen: 'You left this one open.',
    theyLeftOpen: msg('{partner} left this one open.', { partner: 'text' }),
    by: msg('by {date}', { date: 'text' }),
  },

  actions: {
    title: 'What we each said we would do',
    intro: 'Trust grows back through small things done, not promises.',
    empty: 'Nothing yet.',
    yours: 'You said you would',
    theirs: msg('{partner} said they would', { partner: 'text' }),
    due: msg('Aiming for {date}', { date: 'text' }),
    noDate: 'Whenever it fits',
    markDone: 'I did this',
    done: 'Done',
    doneOn: msg('Done on {date}', { date: 'text' }),
    acknowledge: 'I noticed, thank you',
    acknowledged: msg('{partner} noticed', { partner: 'text' }),
    waitingForAck: msg('{partner} can let you know they noticed.', { partner: 'text' }),
    notDoneYet: 'Still to come — no hurry.',
    partnerDone: msg('{partner} did this', { partner: 'text' }),
    youAcknowledged: 'You noticed',
    announceDone: msg('{partner} did what they said they would.', { partner: 'text' }),
  },

  repaired: {
    title: 'Does this feel repaired?',
    body: 'When it feels settled for you, say so. It shows as repaired once you both do.',
    sayIt: 'It feels repaired to me',
    done: 'You found your way back to each other. It feels repaired to you both.',
    announce: 'You both feel this one is repaired.',
  },

  reflections: {
    title: 'Stepping out of roles',
    formLabel: 'A role to let go of',
    intro: 'Over time, each of us gets cast in a part: “the one who cares more”, “the calm one”, “the one who always brings it up”. You can put one down.',
    lettingGo: 'A role I am ready to let go of',
    lettingGoHint: 'For example: the one who always keeps the peace.',
    instead: 'What I want instead',
    insteadHint: 'For example: someone who says when something hurts.',
    contract: 'Does it belong to one of your unspoken agreements? (optional)',
    contractHint: 'These come from your pattern map.',
    noContract: 'Not linked',
    share: msg('Share this with {partner}', { partner: 'text' }),
    save: 'Save reflection',
    mine: 'My reflections',
    theirs: msg('{partner}’s shared reflections', { partner: 'text' }),
    empty: 'None yet.',
    lettingGoLabel: 'Letting go of',
    insteadLabel: 'Instead',
    linked: msg('Linked to “{text}”', { text: 'text' }),
    shared: msg('Shared with {partner}', { partner: 'text' }),
    private: 'Only you',
    remove: 'Remove',
    removeTitle: 'Remove this reflection?',
    removeBody: 'It will be deleted for good.',
    keep: 'Keep it',
    mapLink: 'See your unspoken agreements',
  },

  journal: {
    title: 'My private journal',
    intro: 'Only you can read what you write here — not your partner, not anyone else — unless you choose to share an entry.',
    newLabel: 'Write something',
    newHint: 'Whatever is on your mind. It stays with you.',
    save: 'Save entry',
    mine: 'Your entries',
    empty: 'Nothing written yet.',
    sharedWith: msg('Shared with {partner}', { partner: 'text' }),
    private: 'Only you can read this',
    savedNew: 'Saved in your journal, just for you.',
    deleted: 'The entry is deleted for good.',
    share: msg('Share with {partner}', { partner: 'text' }),
    shareTitle: msg('Share this entry with {partner}?', { partner: 'text' }),
    /** What sharing an entry means, in three short paragraphs. */
    shareBody: {
      read: msg('{partner} will be able to read it, just as it is here, in their journal.', { partner: 'text' }),
      changes: 'If you change it while it is shared, they see the new words.',
      stop: 'You can stop sharing at any time, and it goes back to being only yours.',
    },
    shareConfirm: msg('Share with {partner}', { partner: 'text' }),
    keepPrivate: 'Keep it private',
    sharedNow: msg('Shared with {partner}. You can stop sharing at any time.', { partner: 'text' }),
    unshare: 'Stop sharing',
    edit: 'Edit',
    editLabel: 'Edit entry',
    saveEdit: 'Save changes',
    cancel: 'Cancel',
    delete: 'Delete for good',
    deleteTitle: 'Delete this entry for good?',
    deleteBody: 'It will be gone completely and cannot be brought back.',
    keep: 'Keep it',
    fromPartner: msg('Shared by {partner}', { partner: 'text' }),
    theirs: msg('Entries {partner} shared with you', { partner: 'text' }),
    written: msg('Written {when}', { when: 'text' }),
  },

  card: {
    title: 'Rupture and repair',
    body: 'Note a rough moment and find your way back to each other, one step at a time.',
    open: 'Open ruptures and repair',
    openCount: msg('{n, plural, one {One moment is still being talked through.} other {# moments are still being talked through.}}', { n: 'number' }),
    journal: 'My private journal',
  },

  /** The couple's activity feed: what happened, never what anyone wrote. Whole sentences chosen by who did it (`who`: you | other, with their `name`). */
  feed: {
    logged: msg('{who, select, you {You noted a rough moment} other {{name} noted a rough moment}}', { who: 'text', name: 'text' }),
    started: msg('{who, select, you {You opened a repair conversation} other {{name} opened a repair conversation}}', { who: 'text', name: 'text' }),
    submitted: msg('{who, select, you {You finished writing in a repair conversation} other {{name} finished writing in a repair conversation}}', { who: 'text', name: 'text' }),
    revealed: 'Both sides of a repair conversation were shared, together',
    acknowledged: msg('{who, select, you {You said “I hear this” in a repair conversation} other {{name} said “I hear this” in a repair conversation}}', { who: 'text', name: 'text' }),
    actionDone: msg('{who, select, you {You marked a repair step done} other {{name} marked a repair step done}}', { who: 'text', name: 'text' }),
    actionAcknowledged: msg('{who, select, you {You said thank you for a repair step} other {{name} said thank you for a repair step}}', { who: 'text', name: 'text' }),
    repairedByOne: msg('{who, select, you {You feel a rough moment is repaired} other {{name} feels a rough moment is repaired}}', { who: 'text', name: 'text' }),
    repaired: 'A rough moment feels repaired to you both',
  },

  live: {
    logged: msg('{partner} noted a rough moment.', { partner: 'text' }),
    started: msg('{partner} opened a repair conversation.', { partner: 'text' }),
    viewSaved: msg('{partner} added how they saw a rough moment.', { partner: 'text' }),
  },
}, { de: () => import('./copy.de.json') });
