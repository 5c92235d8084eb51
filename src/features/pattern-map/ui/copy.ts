import { defineMessages, msg } from '../../../core/i18n/messages';
import { mapCopy } from '../copy';
import { topicLabels, type Topic } from '../../../core/topics';
import { responseCopy } from './response-copy';
import type { Field, Role } from '../side-doc';
import type { ContractStatus, Decision, Reaction } from './api';

/**
 * Everything the pattern map screens say. The loop is the shared enemy: steps
 * describe moves and fears, never a partner's character. Sharing and inviting
 * are always invitations.
 *
 * A `{name}` at the start of a sentence is given as `atStart(name)` (the
 * fallback "your partner" capitalised there); inside a sentence as it is.
 * Lines in the feed choose whole sentences on `who` (`you` | `other`).
 */
const actor = { who: 'text', name: 'text' } as const;

export const copy = defineMessages('features/pattern-map/ui/copy', {
  loading: 'Loading your map…',
  loadFailed: 'We could not load your map just now.',
  retry: 'Try again',
  you: 'You',
  /** The loop's name when nobody has named it yet. */
  unnamed: 'Our loop',
  topicLoop: msg('Our loop around {topic}', { topic: 'text' }),
  /** A topic inside a sentence ("Our loop around money", "About money"), in each language's own case. */
  topicInSentence: {
    sex: 'intimacy and sex',
    money: 'money',
    parenting: 'parenting',
    in_laws: 'family and in-laws',
    chores: 'chores and home',
    other: 'something else',
  } satisfies Record<Topic, string>,

  fieldLabels: {
    situation: 'What sets it off',
    move: 'What I do',
    partnerSees: 'What my partner probably sees',
    feeling: 'What I feel underneath',
    fear: 'What I’m afraid of',
    longing: 'What I long for',
  } satisfies Record<Field, string>,
  /** The same fields, on the partner's side (what sets it off reads the same: `fieldLabels.situation`; labels.ts puts them together). */
  partnerFieldLabels: {
    move: msg('What {name} does', { name: 'text' }),
    partnerSees: msg('What {name} thinks you see', { name: 'text' }),
    feeling: msg('What {name} feels underneath', { name: 'text' }),
    fear: msg('What {name} is afraid of', { name: 'text' }),
    longing: msg('What {name} longs for', { name: 'text' }),
  } satisfies Record<Exclude<Field, 'situation'>, unknown>,
  /** Each step's question and example (`guide[field].question`). */
  guide: mapCopy.guide,
  /** An example beside a field, never inside it: a placeholder would look as if it were already filled in. */
  forExample: 'For example:',
  outerHint: 'You can both add to this part.',
  innerMine: 'Only you write this. Your partner can respond with kindness.',
  innerTheirs: msg('{name} wrote this. It’s theirs to change; you can respond.', { name: 'text' }),
  emptyInner: msg('Nothing here yet. This part is {name}’s to write, in their own time.', { name: 'text' }),
  hereMarker: msg('{name} is here', { name: 'text' }),
  roleTitle: 'Which way I usually move',
  roleNotSure: 'Not sure',
  roleLabels: mapCopy.roleLabels satisfies Record<Role, string>,
  topicLabels,
  partnerRoles: msg('Which way {name} usually moves', { name: 'text' }),
  noRoles: 'None picked for now. Roles can shift, and that’s fine.',

  status: {
    saved: 'Saved',
    saving: 'Saving…',
    offline: 'Offline — your words are kept here and sent when you’re back',
    gone: 'This side is not available any more.',
  },

  start: {
    title: 'Map your side',
    intro: 'A few short questions, one at a time. There are no wrong answers, and you can come back to any of them. Try it when things feel calm.',
    step: msg('Step {n} of {total}', { n: 'number', total: 'number' }),
    back: 'Back',
    next: 'Next',
    finishLater: 'Finish later',
    savedAsYouGo: 'Everything is saved as you type.',
    rolesIntro: 'Many people reach in one area and step back in another. Choose what fits most of the time, or leave it.',
    doneTitle: 'Your side is mapped',
    draftBody: 'For now it’s a private draft: only you can see it.',
    shareTitle: 'Share your side when you’re ready',
    /** Three paragraphs, in this order (labels.ts `shareBody`). */
    shareBody: {
      outer: msg('When you share, {name} can see your side of the loop and add to the parts that happen on the outside — what sets it off, what you do, what they might see.', { name: 'text' }),
      inner: 'What you feel, fear and long for stays yours: only you can change it. They can answer with a kind word or a hug.',
      keepChanging: 'You can keep changing your side after sharing.',
    },
    shareButton: 'Share my side',
    sharedTitle: 'Your side is shared',
    sharedBody: msg('{name} can now see it. Your inner layers stay yours to write.', { name: 'text' }),
    keepDraft: 'Keep it as a draft for now',
    seeLoop: 'See the loop',
    alone: {
      title: 'Your side works on its own too',
      body: 'Mapping your half already helps you notice the loop as it starts. If and when it feels right, you can invite your partner — there is no rush, and they can map their side in their own time.',
      invite: 'Invite your partner',
    },
    creating: 'Getting your map ready…',
  },

  loop: {
    diagramTab: 'Loop',
    listTab: 'List',
    viewLabel: 'How to show the loop',
    svgTitle: msg('{loop}: the loop as a circle', { loop: 'text' }),
    svgDesc: msg('{sentence} The list view has every step in words.', { sentence: 'text' }),
    /** The loop told in sentences, one per step (labels.ts `loopSentence`): the first, then each next, then the way back round. */
    sentence: {
      first: msg('{title}: {text}.', { title: 'text', text: 'text' }),
      next: msg('Then {title}: {text}.', { title: 'text', text: 'text' }),
      /** Stands in for a step's words while nobody has written them. */
      notWritten: 'not written yet',
      end: 'And round again.',
    },
    ourLoop: 'our loop',
    listTitle: 'The loop, step by step',
    listIntro: 'Each step leads to the next, and the last leads back to the first.',
    backToStart: 'And back to the start.',
    move: msg('{name}’s move', { name: 'text' }),
    read: msg('{name}’s read', { name: 'text' }),
    myMove: 'My move',
    myRead: 'My read',
    fear: 'Afraid of',
    longing: 'Longs for',
    guess: msg('{name}’s guess', { name: 'text' }),
    notYet: 'Not written yet',
    partnerNotYet: msg('{name}’s part, whenever they share it', { name: 'text' }),
    sharedEnemy: 'The loop is the trouble — not either of you.',
  },

  map: {
    nameIt: 'Name it',
    rename: 'Rename',
    mySide: 'Your side',
    partnerSide: msg('{name}’s side', { name: 'text' }),
    draftNote: 'Private draft — only you can see your side.',
    sharedNote: msg('Shared with {name}.', { name: 'text' }),
    share: 'Share my side…',
    guided: 'Walk through it step by step',
    partnerNotShared: msg('{name}’s side will appear here if and when they choose to share it.', { name: 'text' }),
    noPartner: 'When your partner joins, their side can sit beside yours. You can map the loop alone for now — that’s useful too.',
    invite: 'Invite your partner',
    more: 'More for this map',
    links: {
      saidAndMeant: 'Said and meant',
      contracts: 'Unspoken agreements',
      history: 'History',
      maps: 'Other maps',
      print: 'Print-friendly page',
    },
    exportTitle: 'Keep a copy',
    exportIntro: 'For yourselves, or to bring to a therapist.',
    downloadSvg: 'Download as SVG',
    downloadPng: 'Download as PNG',
    exportFailed: 'The download didn’t work. Please try again.',
    emptyTitle: 'Map the loop you get caught in',
    emptyIntro: [
      'When one of you reaches and the other steps back, it’s easy to see each other as the problem. Drawing the loop helps you both see the pattern instead.',
      'Each of you maps your own side — what you do, and what’s underneath. Start with yours, whenever you feel calm.',
    ],
    begin: 'Start with my side',
    /** `topic` from `topicInSentence`. */
    variantOf: msg('About {topic}', { topic: 'text' }),
  },

  /** For someone whose side is still empty — often the partner who joined second, arriving at a map already begun. */
  welcome: {
    title: msg('Welcome, {name}', { name: 'text' }),
    partnerShared: msg('{name} has shared their side of the loop. It’s further down, whenever you’d like to read it.', { name: 'text' }),
    together: 'Each of you maps your own side, in your own time. Yours stays a private draft until you choose to share it.',
    start: 'Start my side, one question at a time',
    startHint: 'A few short questions. There are no wrong answers, and you can stop whenever you like.',
    writeBelow: 'Or write straight into your side below',
  },

  /** Told live, on the owner's screen, when the partner answers one of their inner layers (kept in their own small file: the shell carries them). */
  responses: responseCopy,

  comments: {
    respond: 'Respond',
    reactions: {
      heart: 'Love',
      hug: 'A hug',
      same: 'Me too',
      thank_you: 'Thank you for telling me',
    } satisfies Record<Reaction, string>,
    reactionsLabel: msg('Respond to “{field}”', { field: 'text' }),
    commentLabel: 'A kind word (optional)',
    commentHint: 'Something you understand now, or that you’re glad they told you.',
    send: 'Send',
    sent: 'Sent.',
    fromPartner: msg('From {name}', { name: 'text' }),
    fromMe: 'From you',
    remove: 'Remove',
    removeLabel: msg('Remove your response: {what}', { what: 'text' }),
  },

  name: {
    title: 'Name your loop',
    intro: 'A light, even silly name makes it easier to say “oh, it’s that again” without blaming anyone.',
    label: 'Name',
    suggestions: 'Some ideas',
    save: 'Save name',
    cancel: 'Cancel',
    clear: 'Remove name',
    saved: msg('Named “{loop}”.', { loop: 'text' }),
  },

  /** Said and meant: the language of fear, in each person's own words. One feature, here; repair links to it. */
  saidAndMeant: {
    title: 'Said and meant',
    intro: 'In the loop, fear speaks in disguise: “You never listen” can mean “I’m scared I don’t matter to you”. Write down what you tend to say, and what you mean underneath — then, if you like, share it.',
    mine: 'Yours',
    empty: 'Nothing here yet. Think of something you say when the loop starts.',
    add: 'Add one',
    addTitle: 'When I say…, I mean…',
    said: 'What I say in the loop',
    saidExample: 'For example: “Fine, do whatever you want.”',
    meant: 'What I mean underneath',
    meantExample: 'For example: “I feel shut out and I don’t know how to reach you.”',
    added: 'Added. It stays yours unless you share it.',
    shareToggle: msg('Shared with {name}', { name: 'text' }),
    shareNew: msg('Share with {name} right away', { name: 'text' }),
    whenISay: 'When I say',
    iMean: 'I mean',
    remove: 'Remove',
    removeLabel: msg('Remove “{said}”', { said: 'text' }),
    removeTitle: 'Remove this one?',
    removeBody: 'It will be gone for good, for you and for anyone you shared it with.',
    keep: 'Keep it',
    theirs: msg('Shared by {name}', { name: 'text' }),
    theirsEmpty: msg('When {name} shares some of theirs, they’ll appear here.', { name: 'text' }),
    practiceTitle: 'Hearing underneath',
    practiceIntro: msg('One of {name}’s at a time. Guess what it might mean, then see what {name} wrote.', { name: 'text' }),
    practiceCount: msg('{n} of {total}', { n: 'number', total: 'number' }),
    practiceSaid: msg('When {name} says', { name: 'text' }),
    practiceGuess: 'What might they mean?',
    practiceGuessHint: 'Your guess stays on this screen; it is not saved or sent.',
    reveal: 'See what they mean',
    theyMean: msg('{name} means', { name: 'text' }),
    nextOne: 'Another one',
    seeAll: msg('All of {name}’s at once', { name: 'text' }),
  },

  contracts: {
    title: 'Unspoken agreements',
    intro: [
      'Loops are held up by roles nobody chose out loud: “I’m the open one, you’re the calm one.” “I push us forward, you keep the peace.”',
      'Name one, then each of you decides: keep it, talk it over, or let it go. Nothing changes until you both agree.',
    ],
    proposeLabel: 'An unspoken agreement you notice',
    proposeExample: 'For example: “I’m the one who brings things up; you’re the one who smooths them over.”',
    propose: 'Add it',
    active: 'Still in play',
    retired: 'Let go — a record of change',
    retiredIntro: 'Agreements you both decided to let go. They stay here so you can see how far you’ve come.',
    empty: 'None named yet.',
    status: {
      open: 'Open, for you both to decide',
      kept: 'You both keep this',
      renegotiating: 'Talking it over',
      retired: 'Let go',
    } satisfies Record<ContractStatus, string>,
    decisions: {
      keep: 'Keep it',
      renegotiate: 'Talk it over',
      retire: 'Let it go',
    } satisfies Record<Decision, string>,
    myChoice: 'Your choice',
    partnerChoice: msg('{name}’s choice', { name: 'text' }),
    noChoice: 'Still open',
    note: 'A note (optional)',
    noteHint: 'What would you like instead? What would help?',
    save: 'Save my choice',
    saved: 'Saved.',
    change: 'Change my choice',
    proposedByMe: 'You named this',
    proposedBy: msg('{name} named this', { name: 'text' }),
  },

  history: {
    title: 'History',
    intro: 'Every change to your map is kept. You can look at an earlier version and bring it back; that becomes a new change, so nothing is lost.',
    empty: 'No changes yet.',
    changes: msg('{n, plural, one {# change} other {# changes}}', { n: 'number' }),
    preview: 'Look at this version',
    previewShort: 'Look',
    hide: 'Hide',
    showEach: msg('Show all {n} changes', { n: 'number' }),
    hideEach: 'Show fewer',
    version: msg('Version {n}', { n: 'number' }),
    restore: 'Restore this version',
    restoreTitle: 'Restore this version?',
    restoreBody: 'The side will go back to how it was then. This is added as a new change, so you can always come back to now.',
    restorePartnerBody: msg('Only the outer parts of {name}’s side come back; what they feel, fear and long for stays as they wrote it.', { name: 'text' }),
    cancel: 'Cancel',
    restored: 'Restored.',
    yourSide: 'your side',
    partnerSide: msg('{name}’s side', { name: 'text' }),
    formerPartner: 'A former partner',
    previewTitle: 'This version',
    blank: '(empty)',
  },

  maps: {
    title: 'Your maps',
    intro: 'One map is your main loop. If the loop looks different around one topic, you can keep a separate map for it.',
    main: 'Main loop',
    open: 'Open',
    makeMain: 'Make this the main loop',
    newTitle: 'Start another map',
    topic: 'What is it about?',
    create: 'Create map',
    created: 'Map created.',
  },

  print: {
    title: 'For a session',
    intro: 'A calm overview of your loop to print or save as a PDF.',
    print: 'Print or save as PDF',
    printedOn: msg('Printed {date}', { date: 'text' }),
    sides: 'Both sides',
    saidAndMeant: 'Said and meant',
    contracts: 'Unspoken agreements',
    back: 'Back to the map',
  },

  home: {
    title: 'Your loop',
    named: msg('“{loop}”', { loop: 'text' }),
    open: 'Open the map',
    startTitle: 'Map your loop',
    startBody: 'See the pattern you both get caught in, so it becomes the thing you face together.',
    start: 'Start mapping',
  },

  /** Lines in the couple's activity feed: what happened on the map, never what anyone wrote. */
  feed: {
    created: msg('{who, select, you {You started a map of your loop} other {{name} started a map of your loop}}', actor),
    named: msg('{who, select, you {You named your loop “{loop}”} other {{name} named your loop “{loop}”}}', { ...actor, loop: 'text' }),
    unnamed: msg('{who, select, you {You took the name off your loop} other {{name} took the name off your loop}}', actor),
    mainChanged: msg('{who, select, you {You chose which map is your main loop} other {{name} chose which map is your main loop}}', actor),
    sideShared: msg('{who, select, you {You shared your side of the loop} other {{name} shared their side of the loop}}', actor),
    restored: msg('{who, select, you {You brought back an earlier version of a side of the loop} other {{name} brought back an earlier version of a side of the loop}}', actor),
    commented: msg('{who, select, you {You responded to something on the loop} other {{name} responded to something on the loop}}', actor),
    commentRemoved: msg('{who, select, you {You took back a response on the loop} other {{name} took back a response on the loop}}', actor),
    contractNamed: msg('{who, select, you {You named an unspoken agreement} other {{name} named an unspoken agreement}}', actor),
    contractMarked: {
      keep: msg('{who, select, you {You chose to keep an unspoken agreement} other {{name} chose to keep an unspoken agreement}}', actor),
      renegotiate: msg('{who, select, you {You would like to talk an unspoken agreement over} other {{name} would like to talk an unspoken agreement over}}', actor),
      retire: msg('{who, select, you {You chose to let an unspoken agreement go} other {{name} chose to let an unspoken agreement go}}', actor),
    } satisfies Record<Decision, unknown>,
    contractChosen: msg('{who, select, you {You made a choice about an unspoken agreement} other {{name} made a choice about an unspoken agreement}}', actor),
    saidAndMeantShared: msg('{who, select, you {You shared what you say in the loop, and what you mean} other {{name} shared what they say in the loop, and what they mean}}', actor),
  },

  errors: mapCopy.errors,
}, { de: () => import('./copy.de.json') });
