import { mapCopy } from '../copy';
import { topicLabels } from '../../../core/topics';
import { atStart } from '../../../core/web/partner-name';
import type { Field, Role } from '../side-doc';
import type { ContractStatus, Decision, InnerField, Reaction } from './api';

/**
 * Everything the pattern map screens say (ready for translation). The loop is
 * the shared enemy: steps describe moves and fears, never a partner's
 * character. Sharing and inviting are always invitations.
 */
export const copy = {
  loading: 'Loading your map…',
  loadFailed: 'We could not load your map just now.',
  retry: 'Try again',
  you: 'You',
  /** The loop's name when nobody has named it yet. */
  unnamed: 'Our loop',
  topicLoop: (topic: string) => `Our loop around ${topic.toLowerCase()}`,

  fieldLabels: {
    situation: 'What sets it off',
    move: 'What I do',
    partnerSees: 'What my partner probably sees',
    feeling: 'What I feel underneath',
    fear: 'What I’m afraid of',
    longing: 'What I long for',
  } satisfies Record<Field, string>,
  /** The same fields, on the partner's side. */
  partnerFieldLabels: (name: string): Record<Field, string> => ({
    situation: 'What sets it off',
    move: `What ${name} does`,
    partnerSees: `What ${name} thinks you see`,
    feeling: `What ${name} feels underneath`,
    fear: `What ${name} is afraid of`,
    longing: `What ${name} longs for`,
  }),
  guideQuestion: (field: Field | 'roles') => mapCopy.guide[field].question,
  guideExample: (field: Field | 'roles') => mapCopy.guide[field].example,
  /** An example beside a field, never inside it: a placeholder would look as if it were already filled in. */
  forExample: 'For example:',
  outerHint: 'You can both add to this part.',
  innerMine: 'Only you write this. Your partner can respond with kindness.',
  innerTheirs: (name: string) => `${atStart(name)} wrote this. It’s theirs to change; you can respond.`,
  emptyInner: (name: string) => `Nothing here yet. This part is ${name}’s to write, in their own time.`,
  hereMarker: (name: string) => `${atStart(name)} is here`,
  roleTitle: 'Which way I usually move',
  roleNotSure: 'Not sure',
  roleLabels: mapCopy.roleLabels satisfies Record<Role, string>,
  topicLabels,
  partnerRoles: (name: string) => `Which way ${name} usually moves`,
  noRoles: 'Nothing chosen yet.',

  status: {
    saved: 'Saved',
    saving: 'Saving…',
    offline: 'Offline — your words are kept here and sent when you’re back',
    gone: 'This side is not available any more.',
  },

  start: {
    title: 'Map your side',
    intro: 'A few short questions, one at a time. There are no wrong answers, and you can come back to any of them. Try it when things feel calm.',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    finishLater: 'Finish later',
    savedAsYouGo: 'Everything is saved as you type.',
    rolesIntro: 'Many people reach in one area and step back in another. Choose what fits most of the time, or leave it.',
    doneTitle: 'Your side is mapped',
    draftBody: 'For now it’s a private draft: only you can see it.',
    shareTitle: 'Share your side when you’re ready',
    shareBody: (name: string) => [
      `When you share, ${name} can see your side of the loop and add to the parts that happen on the outside — what sets it off, what you do, what they might see.`,
      'What you feel, fear and long for stays yours: only you can change it. They can answer with a kind word or a hug.',
      'You can keep changing your side after sharing.',
    ],
    shareButton: 'Share my side',
    sharedTitle: 'Your side is shared',
    sharedBody: (name: string) => `${atStart(name)} can now see it. Your inner layers stay yours to write.`,
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
    svgTitle: (loop: string) => `${loop}: the loop as a circle`,
    svgDesc: (sentence: string) => `${sentence} The list view has every step in words.`,
    sentence: (steps: Array<{ title: string; text: string }>) =>
      steps.map((s) => `${s.title}: ${s.text || 'not written yet'}.`).join(' Then ') + ' And round again.',
    ourLoop: 'our loop',
    listTitle: 'The loop, step by step',
    listIntro: 'Each step leads to the next, and the last leads back to the first.',
    backToStart: 'And back to the start.',
    move: (name: string) => `${atStart(name)}’s move`,
    read: (name: string) => `${atStart(name)}’s read`,
    myMove: 'My move',
    myRead: 'My read',
    fear: 'Afraid of',
    longing: 'Longs for',
    guess: (name: string) => `${atStart(name)}’s guess`,
    notYet: 'Not written yet',
    partnerNotYet: (name: string) => `${atStart(name)}’s part, whenever they share it`,
    sharedEnemy: 'The loop is the trouble — not either of you.',
  },

  map: {
    nameIt: 'Name it',
    rename: 'Rename',
    mySide: 'Your side',
    partnerSide: (name: string) => `${atStart(name)}’s side`,
    draftNote: 'Private draft — only you can see your side.',
    sharedNote: (name: string) => `Shared with ${name}.`,
    share: 'Share my side…',
    guided: 'Walk through it step by step',
    partnerNotShared: (name: string) => `${atStart(name)}’s side will appear here if and when they choose to share it.`,
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
    variantOf: (topic: string) => `About ${topic.toLowerCase()}`,
  },

  /** For someone whose side is still empty — often the partner who joined second, arriving at a map already begun. */
  welcome: {
    title: (me: string) => `Welcome, ${me}`,
    partnerShared: (name: string) => `${atStart(name)} has shared their side of the loop. It’s further down, whenever you’d like to read it.`,
    together: 'Each of you maps your own side, in your own time. Yours stays a private draft until you choose to share it.',
    start: 'Start my side, one question at a time',
    startHint: 'A few short questions. There are no wrong answers, and you can stop whenever you like.',
    writeBelow: 'Or write straight into your side below',
  },

  /** Told live, on the owner's screen, when the partner answers one of their inner layers. */
  responses: {
    about: { feeling: 'what you feel underneath', fear: 'what you’re afraid of', longing: 'what you long for' } satisfies Record<InnerField, string>,
    said: (name: string, reaction: Reaction | null, about: string) => {
      const who = atStart(name);
      switch (reaction) {
        case 'heart':
          return `${who} sent love for ${about}.`;
        case 'hug':
          return `${who} sent you a hug for ${about}.`;
        case 'same':
          return `${who} said “me too” to ${about}.`;
        case 'thank_you':
          return `${who} thanked you for telling them ${about}.`;
        default:
          return `${who} wrote you a kind word about ${about}.`;
      }
    },
    see: 'See it on your side',
    close: 'Close',
  },

  comments: {
    respond: 'Respond',
    reactions: {
      heart: 'Love',
      hug: 'A hug',
      same: 'Me too',
      thank_you: 'Thank you for telling me',
    } satisfies Record<Reaction, string>,
    reactionsLabel: (field: string) => `Respond to “${field}”`,
    commentLabel: 'A kind word (optional)',
    commentHint: 'Something you understand now, or that you’re glad they told you.',
    send: 'Send',
    sent: 'Sent.',
    fromPartner: (name: string) => `From ${name}`,
    fromMe: 'From you',
    remove: 'Remove',
    removeLabel: (what: string) => `Remove your response: ${what}`,
  },

  name: {
    title: 'Name your loop',
    intro: 'A light, even silly name makes it easier to say “oh, it’s that again” without blaming anyone.',
    label: 'Name',
    suggestions: 'Some ideas',
    save: 'Save name',
    cancel: 'Cancel',
    clear: 'Remove name',
    saved: (loop: string) => `Named “${loop}”.`,
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
    shareToggle: (name: string) => `Shared with ${name}`,
    shareNew: (name: string) => `Share with ${name} right away`,
    whenISay: 'When I say',
    iMean: 'I mean',
    remove: 'Remove',
    removeLabel: (said: string) => `Remove “${said}”`,
    removeTitle: 'Remove this one?',
    removeBody: 'It will be gone for good, for you and for anyone you shared it with.',
    keep: 'Keep it',
    theirs: (name: string) => `Shared by ${name}`,
    theirsEmpty: (name: string) => `When ${name} shares some of theirs, they’ll appear here.`,
    practiceTitle: 'Hearing underneath',
    practiceIntro: (name: string) => `One of ${name}’s at a time. Guess what it might mean, then see what ${name} wrote.`,
    practiceCount: (n: number, total: number) => `${n} of ${total}`,
    practiceSaid: (name: string) => `When ${name} says`,
    practiceGuess: 'What might they mean?',
    practiceGuessHint: 'Your guess stays on this screen; it is not saved or sent.',
    reveal: 'See what they mean',
    theyMean: (name: string) => `${atStart(name)} means`,
    nextOne: 'Another one',
    seeAll: (name: string) => `All of ${name}’s at once`,
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
      open: 'Waiting for both of you',
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
    partnerChoice: (name: string) => `${atStart(name)}’s choice`,
    noChoice: 'Not decided yet',
    note: 'A note (optional)',
    noteHint: 'What would you like instead? What would help?',
    save: 'Save my choice',
    saved: 'Saved.',
    change: 'Change my choice',
    proposedByMe: 'You named this',
    proposedBy: (name: string) => `${atStart(name)} named this`,
  },

  history: {
    title: 'History',
    intro: 'Every change to your map is kept. You can look at an earlier version and bring it back; that becomes a new change, so nothing is lost.',
    empty: 'No changes yet.',
    changes: (n: number) => (n === 1 ? '1 change' : `${n} changes`),
    by: (who: string) => who,
    preview: 'Look at this version',
    previewShort: 'Look',
    hide: 'Hide',
    showEach: (n: number) => `Show all ${n} changes`,
    hideEach: 'Show fewer',
    version: (n: number) => `Version ${n}`,
    restore: 'Restore this version',
    restoreTitle: 'Restore this version?',
    restoreBody: 'The side will go back to how it was then. This is added as a new change, so you can always come back to now.',
    restorePartnerBody: (name: string) => `Only the outer parts of ${name}’s side come back; what they feel, fear and long for stays as they wrote it.`,
    cancel: 'Cancel',
    restored: 'Restored.',
    yourSide: 'your side',
    partnerSide: (name: string) => `${name}’s side`,
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
    printedOn: (date: string) => `Printed ${date}`,
    sides: 'Both sides',
    saidAndMeant: 'Said and meant',
    contracts: 'Unspoken agreements',
    back: 'Back to the map',
  },

  home: {
    title: 'Your loop',
    named: (loop: string) => `“${loop}”`,
    open: 'Open the map',
    startTitle: 'Map your loop',
    startBody: 'See the pattern you both get caught in, so it becomes the thing you face together.',
    start: 'Start mapping',
  },

  errors: mapCopy.errors,
} as const;
