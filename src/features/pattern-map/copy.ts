import { defineMessages, msg } from '../../core/i18n/messages';

/**
 * Words for the pattern map. The loop is the shared enemy: examples describe
 * moves and fears, never a partner's character.
 */
export const mapCopy = defineMessages('features/pattern-map/copy', {
  nameSuggestions: ['the doom spiral', 'the tango', 'the merry-go-round', 'the chase', 'the fog', 'the tug of war', 'the echo', 'the weather'],
  /** The guided start: one question per screen, each with our own example. */
  guide: {
    situation: { question: 'What usually sets the loop off?', example: 'One of us comes home tired and the other wants to talk about the weekend.' },
    move: { question: 'What do you do, that your partner can see?', example: 'I text again. Or: I go quiet and look at my phone.' },
    partnerSees: { question: 'What does your partner probably see?', example: 'Someone who won’t let it go. Or: someone who doesn’t care.' },
    feeling: { question: 'What do you feel underneath?', example: 'Alone. Shaky. Tired of being the one who…' },
    fear: { question: 'What are you afraid of, in that moment?', example: 'That I’m too much. That I’ll get it wrong again.' },
    longing: { question: 'What do you long for?', example: 'To know we’re okay. To be let off the hook for a minute.' },
    roles: { question: 'In each area, which way do you usually move?', example: 'Roles can switch by topic, and over time. That’s normal.' },
  },
  /** How a kept side is introduced in its writer's journal when a space ends (not the loop's name: that was the two's, perhaps the other's words). `day` is the ISO date. */
  keptSide: msg('Kept from your side of the loop ({day}):', { day: 'text' }),
  roleLabels: { pursuer: 'I reach for closeness', distancer: 'I step back for space', switch: 'It depends / we switch' },
  /** A closed app hears that something kind came back on the owner's side: no names, no words (lock screens are public). */
  responsePush: {
    title: 'Something kind on your map',
    /** When the answer was a hug. */
    hug: 'Your partner sent you a hug for something on your side of the loop.',
    /** Any other answer. */
    body: 'Your partner answered something on your side of the loop.',
  },
  errors: {
    notFound: 'We couldn’t find that map.',
    notYours: 'Feelings, fears and longings belong to the person who wrote them. You can leave a kind comment instead.',
    notShared: 'Your partner hasn’t shared their side yet. It will appear here when they choose to.',
    outOfSync: 'Your screen fell a little behind. We’ve reloaded the latest version — please try that again.',
    malformed: 'That change could not be read. Please reload and try again.',
    tooLong: 'That answer is getting long — please keep each part under 2,000 characters.',
    badRole: 'Please pick one of the offered roles.',
    versionNotFound: 'That version is no longer in the history.',
    innerOnly: 'Comments are for the inner layers: feeling, fear and longing.',
    ownSide: 'Comments are for your partner’s side.',
    contractNotFound: 'That agreement is no longer here.',
    saidAndMeantNotFound: 'That one is no longer here.',
  },
}, { de: () => import('./copy.de.json') });
