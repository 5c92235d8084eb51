/**
 * The desk's words: plain, calm, about the couple's own records. Nothing here ranks, scores or
 * grades a couple or a partner; counts are counts, and what a couple keeps to themselves is said
 * kindly, without asking why.
 */
export const deskCopy = {
  title: 'Your couples',
  intro: 'What each couple chose to share with you, and what changed since your last session.',
  loading: 'Opening your desk…',
  empty: 'No couple is connected to you yet.',
  connect: 'Connect with a couple',
  exportNotes: 'Download your notes',
  exportJson: 'Notes as a file (JSON)',
  exportText: 'Notes as plain text',
  notShared: 'Not shared with you',
  notSharedHint: 'The couple can change what they share at any time.',
  open: (names: string) => `Open ${names}`,
  couple: (names: string[]) => names.join(' & ') || 'A couple',
  nextSession: 'Next session',
  lastSession: 'Last session',
  noDate: 'Not set',
  connectedSince: (date: string) => `Connected since ${date}`,
  since: (date: string, afterSession: boolean) => (afterSession ? `Since the last session, ${date}` : `Since connecting, ${date}`),
  sections: {
    checkins: 'Weekly check-ins',
    loop: 'The loop',
    repair: 'Repair',
    practice: 'Practice',
    homework: 'Homework',
    map: 'Their pattern map',
    notes: 'Your notes',
    sessions: 'Session dates',
    overview: 'Since the last session',
  },
  checkins: {
    none: (name: string) => `${name} has not checked in during the last eight weeks.`,
    weeks: (name: string, n: number) => `${name} checked in ${n === 1 ? 'once' : `${n} times`} in the last eight weeks.`,
    trend: {
      lower: 'Their later answers sit lower than the earlier ones.',
      higher: 'Their later answers sit higher than the earlier ones.',
      similar: 'Their answers stayed much the same.',
      unknown: '',
    },
    chartLabel: (name: string) => `${name}'s weekly check-in answers (CSI-4), oldest first`,
    keepsOwn: (name: string) => `${name}'s check-ins: not shared with you`,
  },
  loop: {
    counts: (signals: number, pauses: number) => `${count(signals, 'signal', 'signals')} and ${count(pauses, 'pause', 'pauses')}`,
    reconnected: (n: number) => `${count(n, 'pause', 'pauses')} ended with the two coming back together`,
    last: (what: string, when: string) => `Last ${what}: ${when}`,
    chartLabel: 'Signals and pauses per week, oldest first',
  },
  repair: {
    counts: (ruptures: number, repaired: number) => `${count(ruptures, 'rough moment', 'rough moments')} logged, ${count(repaired, 'repair', 'repairs')}`,
    time: (hours: number) => `Usual time to repair: ${hours < 1 ? 'under an hour' : hours < 48 ? `about ${Math.round(hours)} ${Math.round(hours) === 1 ? 'hour' : 'hours'}` : `about ${Math.round(hours / 24)} days`}`,
  },
  practice: {
    counts: (moments: number, joy: number) => `${count(moments, 'ritual moment', 'ritual moments')} and ${count(joy, 'joy entry', 'joy entries')}`,
  },
  homework: {
    progress: (done: number, assigned: number) => `${done} of ${assigned} done`,
  },
  map: {
    region: 'Their pattern map',
    loading: 'Opening their map…',
    empty: 'Neither partner has shared a side of the map yet.',
    unnamed: 'Their loop',
    sideOf: (name: string) => `${name}'s side`,
    fields: { situation: 'What happens', move: 'The move', partnerSees: 'What the other sees', feeling: 'Feeling', fear: 'Fear', longing: 'Longing' } as Record<string, string>,
    saidAndMeant: 'Said and meant',
    saidMeant: (said: string, meant: string) => `“${said}” — meaning “${meant}”`,
    comments: 'Kind words on each other’s side',
    reactions: { heart: 'a heart', hug: 'a hug', same: '“same here”', thank_you: 'a thank you' } as Record<string, string>,
  },
  conversations: {
    title: 'Conversations they chose to show you',
    intro: 'Both partners agreed to show you these repair conversations. Their answers appear once they have shared them with each other.',
    waiting: 'They are still writing to each other; their words show here once both have shared them.',
    of: (topic: string, date: string) => `${topic} · ${date}`,
    by: (name: string) => `${name}'s words`,
    steps: {
      feelings: 'What I felt',
      myReality: 'What happened, as I lived it',
      theirReality: 'How it may have been for you',
      touched: 'What it touched in me',
      myPart: 'My part',
      impact: 'How it landed',
      unmetNeed: 'What I needed',
      iWill: 'What I will do',
      iWillBy: 'By',
      iAsk: 'What I ask of you',
    } as Record<string, string>,
  },
  notes: {
    intro: 'Only you can read these. The couple never sees them, and you keep them if the connection ends.',
    label: 'A new note',
    sessionOn: 'Session date (optional)',
    save: 'Save note',
    saving: 'Saving…',
    edit: 'Edit',
    editLabel: 'Change this note',
    saveChange: 'Save change',
    cancel: 'Cancel',
    remove: 'Delete',
    removeTitle: 'Delete this note?',
    removeBody: 'It cannot be brought back.',
    removeConfirm: 'Delete note',
    none: 'No notes yet.',
    session: (date: string) => `Session of ${date}`,
    written: (date: string) => `Written ${date}`,
  },
  sessions: {
    last: 'Last session',
    next: 'Next session',
    save: 'Save dates',
    saved: 'Session dates saved.',
  },
  prep: {
    link: 'Session prep to print',
    title: (names: string) => `Session prep: ${names}`,
    print: 'Print',
    back: 'Back to the couple',
    prepared: (when: string) => `Prepared ${when}`,
    notes: 'Your recent notes',
  },
  back: 'All couples',
  gone: 'This couple is no longer connected to you, or the link was wrong.',
  signOut: 'Sign out',
} as const;

function count(n: number, one: string, many: string): string {
  return n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
}

/** A sentence's first letter up ("no signals…" → "No signals…"). */
export const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
