import { defineMessages, msg } from '../../../core/i18n/messages';

/**
 * Everything the couple-space screens say, in one place (ready for translation).
 * Tone: warm, plain, never blaming; the loop is the problem, never a partner.
 * Invitations, never demands.
 */
export const copy = defineMessages('features/couple/ui/copy', {
  create: {
    title: 'Make your shared space',
    intro: [
      'This is where the two of you will map the loop you keep getting caught in, and practise small ways out of it together.',
      'Once it exists, you can invite your partner.',
    ],
    nameLabel: 'A name for your space (optional)',
    nameHint: 'Something light works well. You can change it any time.',
    submit: 'Create our space',
    invited: 'Did your partner already send you a link? Open it on this phone to join their space instead.',
  },
  /** Said once, on the screen without a space, after the last one ended. */
  ended: {
    newTitle: 'A new space, when you are ready',
    title: 'Your shared space has ended',
    body: [
      'That can be a hard thing to read, and it is okay to feel whatever you feel.',
      'What you wrote there for yourself is in your private journal. What your partner wrote went with them, and nothing of yours stays with them.',
      'When you are ready, you can make a new space — with someone new, or with the same person again. It starts empty.',
    ],
    journal: 'Open my journal',
    read: 'Thank you',
  },
  home: {
    rename: 'Rename',
    /** The rename button's name for a screen reader, with the space's current name. */
    renameNamed: msg('Rename: {name}', { name: 'text' }),
    renameLabel: 'Name of your shared space',
    renameSave: 'Save',
    settingsHint: 'Want to change something, or take a step back?',
    settingsLink: 'Go to settings',
    loadFailed: 'We could not load your shared space just now.',
    retry: 'Try again',
  },
  partner: {
    title: 'Your partner',
    waitingTitle: 'Invite your partner',
    waitingBody: 'Offbeat works best with both of you here. When it feels right, send your partner a one-time link. There is no rush.',
    inviteButton: 'Invite your partner',
    openInvite: msg('You have an invite link open until {until}.', { until: 'text' }),
    seeInvite: 'See the invite',
  },
  presence: {
    online: 'Here now',
    lastSeen: msg('Last seen {when}', { when: 'text' }),
    away: 'Not here right now',
  },
  activity: {
    title: 'What has happened here',
    empty: 'Nothing yet. Things you both do here will show up in this list.',
    more: 'Show earlier',
    /** Who did it, when a feature's feed line still takes the person as a word (names.ts). */
    you: 'You',
    formerPartner: 'A former partner',
    someone: 'Your partner',
    /** Feed lines: `who` is "you" or "other" (with `name`), so each is a whole sentence. */
    created: msg('{who, select, you {You created this shared space} other {{name} created this shared space}}', { who: 'text', name: 'text' }),
    renamed: msg('{who, select, you {You renamed the space to “{space}”} other {{name} renamed the space to “{space}”}}', { who: 'text', name: 'text', space: 'text' }),
    joined: msg('{who, select, you {You joined the space} other {{name} joined the space. Welcome!}}', { who: 'text', name: 'text' }),
    inviteCreated: msg('{who, select, you {You made an invite link} other {{name} made an invite link}}', { who: 'text', name: 'text' }),
    inviteRevoked: msg('{who, select, you {You cancelled an invite link} other {{name} cancelled an invite link}}', { who: 'text', name: 'text' }),
    loadFailed: 'We could not load what has happened here just now.',
  },
  invite: {
    title: 'Invite your partner',
    intro: [
      'Send your partner a one-time link, in whatever way you usually message each other. When they open it, they can create an account and join you here.',
      'It is an invitation, not a deadline: they can join whenever they are ready.',
    ],
    make: 'Make an invite link',
    linkLabel: 'Invite link',
    copyLink: 'Copy link',
    share: 'Share…',
    shareText: 'I made us a shared space on Offbeat. Join me whenever you are ready:',
    qrAlt: 'QR code of the invite link. Your partner can scan it with their phone’s camera.',
    qrHint: 'Sitting together? Your partner can scan this with their phone’s camera.',
    lanTitle: 'A link for phones on your Wi-Fi',
    lan: 'You opened Offbeat at an address only this computer can reach (such as “localhost”), so this link uses this computer’s address on your home network instead. Your partner’s phone needs to be on the same Wi-Fi to open it.',
    validity: msg('This link works once and stays open until {until} ({relative}).', { until: 'text', relative: 'text' }),
    remake: 'Make a new link',
    remakeHint: 'A new link replaces this one, so this one stops working.',
    revoke: 'Cancel this link',
    revoked: 'The link is cancelled. Nobody can use it now.',
    hiddenTitle: 'An invite link is open',
    hidden: msg('You made a link that stays open until {until}. To keep it private, a link is only shown once, right after it is made. If you need it again, make a new one; the old one will stop working.', { until: 'text' }),
    revokeOpen: 'Cancel the open link',
    full: 'You are both here already, so there is nobody to invite.',
    joined: msg('{name} has joined you. Welcome, both of you.', { name: 'text' }),
    home: 'Back to your space',
  },
  join: {
    title: 'You’re invited',
    loading: 'Opening your invite…',
    invitedBy: msg('{inviter} invited you to join “{space}” on Offbeat.', { inviter: 'text', space: 'text' }),
    invitedNoName: msg('You are invited to join “{space}” on Offbeat.', { space: 'text' }),
    about:
      'Offbeat is a shared space for the two of you to notice the loop you get caught in and step out of it together. You each have your own account; what you write for yourself stays yours.',
    openUntil: msg('This invite is open until {until}.', { until: 'text' }),
    signedInAs: msg('You are logged in as {name}.', { name: 'text' }),
    accept: msg('Join “{space}”', { space: 'text' }),
    notYou: 'Not you? Log out',
    joining: 'Joining your shared space…',
    goHome: 'Go to Offbeat',
    goToSpace: 'Go to your space',
    goToSettings: 'Go to settings',
    refusals: {
      invite_used: 'This link has already been used',
      invite_expired: 'This link has expired',
      invite_revoked: 'This link was replaced',
      couple_full: 'This space already has two people',
      own_invite: 'This is your own invite',
      already_in_couple: 'You are already in a shared space',
      not_found: 'We could not find this invite',
      incomplete: 'This link looks incomplete',
      offline: 'You seem to be offline',
      other: 'This invite cannot be opened right now',
    },
    incompleteBody: 'The invite code is missing from the link. Try opening it again from the message, or ask for a new one.',
    alreadyInCoupleBody:
      'To join another space, you would first leave your current one in settings. Take your time with that; there is no hurry.',
    reassurance: 'Links work once and only for a few days, to keep your space private. A fresh one takes a moment to make.',
    retry: 'Try again',
  },
  leave: {
    title: 'Your shared space',
    inSpaceWith: msg('You share “{space}” with {partner}.', { space: 'text', partner: 'text' }),
    inSpaceAlone: msg('You are in “{space}”. Your partner has not joined yet.', { space: 'text' }),
    button: 'Leave this shared space…',
    confirmTitle: msg('Leave “{space}”?', { space: 'text' }),
    confirmBody: [
      'Taking a step back is always allowed, and you do not need to explain.',
      'A shared space is for the two of you: once you leave, it ends for both of you. Each of you keeps your own words in your private journal; nothing of what you wrote stays with your partner, and nothing of theirs stays with you.',
      'You can always make a new space together later. It starts empty.',
    ],
    partnerKeeps: msg('{partner} will see only a short, kind note that the space has ended — not why, and not when you were last here.', { partner: 'text' }),
    ownWordsFirst: 'If you would like a copy of your own words first, “Keep your own words” further down this page saves one.',
    closes: 'Nobody else is in this space yet, so it will close.',
    confirm: 'Leave the space',
    stay: 'Stay',
    done: 'You have left the shared space. Take good care of yourself.',
  },
  justNow: 'just now',
  cancel: 'Cancel',
  loading: 'Loading…',
}, { de: () => import('./copy.de.json') });

export type RefusalCode = keyof typeof copy.join.refusals;
