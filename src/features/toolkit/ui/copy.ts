import { defineMessages, msg } from '../../../core/i18n/messages';

/**
 * The words of the toolkit screens: a personal
 * library of my words for the moment and a "what helps me" list, in each person's own voice.
 */
export const copy = defineMessages('features/toolkit/ui/copy', {
  title: 'My words and what helps me',
  intro: 'Hard moments are a poor time to find words. Gather them here while you are calm, so they are ready when the loop shows up.',
  loading: 'Loading your toolkit…',
  loadFailed: 'We could not load your toolkit just now.',
  retry: 'Try again',
  home: 'Back home',
  scripts: {
    title: 'What I’ll say when…',
    intro: 'Your own words for the moment. They are offered first when you ask for a pause.',
    empty: 'Nothing here yet. Start with one of the ideas below, or write your own.',
    situation: 'When…',
    situationHint: 'Optional, e.g. “When I feel myself shutting down”.',
    text: 'What I’ll say',
    add: 'Add these words',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    editLabel: msg('Edit “{text}”', { text: 'text' }),
    remove: 'Remove',
    removeLabel: msg('Remove “{text}”', { text: 'text' }),
    added: 'Added to your words.',
    textError: 'Please write a few words (up to 280 characters).',
  },
  ideas: {
    title: 'Ideas to start from',
    intro: 'Take any that fit, then change them into your own words. Most of us do both, at different times.',
    reaching: 'For when I find myself reaching harder',
    stepping: 'For when I find myself pulling away',
    use: 'Add to my words',
    useLabel: msg('Add to my words: “{text}”', { text: 'text' }),
  },
  helps: {
    title: 'What helps me',
    intro: 'Small things that settle you when you are flooded. During a pause, you see this list.',
    empty: 'Nothing here yet. A few ideas are below.',
    label: 'Something that helps me',
    add: 'Add',
    remove: 'Remove',
    removeLabel: msg('Remove “{text}”', { text: 'text' }),
    ideas: 'Ideas',
    ideaLabel: msg('Add “{text}”', { text: 'text' }),
    share: msg('Share this list with {partner}', { partner: 'text' }),
    shareAlone: 'Share this list with my partner',
    shareHint: 'Only if you want to. Sharing lets your partner know what helps you; you can stop sharing any time.',
    textError: 'Please write a few words (up to 280 characters).',
  },
  partnerHelps: {
    title: msg('What helps {partner}', { partner: 'text' }),
    /** Shown only while the partner shares: `partner` is always their own name. */
    empty: msg('{partner} shares this list, and has not added anything yet.', { partner: 'text' }),
  },
  playlist: {
    title: 'Our calming playlist',
    intro: 'A link you both can open during a pause. Either of you can change it.',
    label: 'Playlist link',
    hint: 'A full web address starting with https://',
    save: 'Save link',
    clear: 'Remove link',
    saved: 'Saved for both of you.',
    cleared: 'The link is removed.',
    error: 'Please use a full web link that starts with https://',
    open: 'Open the playlist',
    newTab: '(opens in a new tab)',
  },
  duringPause: {
    mine: 'What helps me',
  },
  /** The line in the couple's activity feed, chosen on who did it (`you` | `other`). */
  feed: {
    playlistChanged: msg('{who, select, you {You changed your calming playlist} other {{name} changed your calming playlist}}', { who: 'text', name: 'text' }),
  },
}, { de: () => import('./copy.de.json') });
