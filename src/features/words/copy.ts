import { defineMessages } from '../../core/i18n/messages';
import type { WordMarker } from './markers';

/**
 * Words of "Check my words", in one place (ready for translation). They describe how words may
 * land inside the loop, never what the writer or their partner is: the cycle is the problem.
 * The check reads English phrases only (phrases.json); in another language the words say so.
 */
export const wordsCopy = defineMessages('features/words/copy', {
  check: 'Check my words',
  checkAgain: 'Check again',
  loading: 'Reading your words, here on this device…',
  noneFound: 'Nothing here reads like the loop. Your words are yours to send as they are.',
  marksIntro: 'Some words may land differently from how you mean them:',
  suggestionIntro: 'One softer way to say it, if it fits:',
  use: 'Use this',
  keep: 'Keep my words',
  kept: 'Your words are unchanged.',
  private: 'Only you see this. It is worked out on this device and never saved or sent.',
  failed: 'The check could not open just now. Your words are unchanged.',
  /** What a marked stretch may sound like to someone inside the loop. */
  markers: {
    pursuit: 'Reaching harder: this may land as pressure, even though it comes from wanting to be close.',
    withdrawal: 'Stepping back: this may land as a closed door, even though it comes from wanting calm.',
    blame: 'An “always” or “never”: it may sound like a verdict on the whole person, when the loop is what hurts.',
    contempt: 'A sharp edge: it may sting more than you mean, and the loop feeds on that.',
    defensiveness: 'Guarding: it may be heard as handing the worry back, even when you feel blamed.',
    stonewalling: 'Shutting down: it may sound like the end of the talk; a pause with a return may feel kinder.',
  } satisfies Record<WordMarker, string>,
  /** One softer way to say it, for the strongest mark in the text: the cycle named, a need, an invitation. */
  suggestions: {
    pursuit: 'I’m feeling scared and I want to reach you. I can wait a little — could you tell me when you’ll be ready to talk?',
    withdrawal: 'I’m feeling overwhelmed and I need some time. This matters to me — can we come back to it in half an hour?',
    blame: 'I’m feeling alone with this, and I think our loop is back. Could we slow down so I can tell you what I need?',
    contempt: 'I’m hurting and it’s coming out sharp. What I mean is that I want us on the same side again.',
    defensiveness: 'I feel blamed and I want to defend myself. I can see some of my part — can we look at the loop together?',
    stonewalling: 'I’m flooded and can’t talk well right now. I’m not leaving us — can I take twenty minutes and come back?',
  } satisfies Record<WordMarker, string>,
  /** A closer fit when the marked words are about being listened to (“you never listen”). */
  notHeard: 'I’m not feeling heard right now, and I miss you. Could we take a minute so I can say it again, slowly?',
}, { de: () => import('./copy.de.json') });
