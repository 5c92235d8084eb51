/**
 * Words of telling one's therapist privately. Calm and plain: what is sent, to whom, and that the
 * partner is never told. Its own module, loaded with the page and the desk's list.
 * The desk's words address the therapist; in German with "Sie", where the partner's own are "du".
 */
import { defineMessages, msg } from '../../core/i18n/messages';

export const tellCopy = defineMessages('features/tell-therapist/copy', {
  title: msg('Tell {name} privately', { name: 'text' }),
  intro: msg('Something you would like {name} to know before you meet? Only {name} will read it. Your partner is not told, not even that you wrote.', { name: 'text' }),
  noTherapist: 'There is no therapist connected to your space right now.',
  text: 'What you would like them to know',
  textHint: 'As much or as little as you like.',
  includeSafety: 'Include my answers to the private safety check',
  includeSafetyHint: 'A copy of your answers as they are now. Erasing the check later does not take back the copy.',
  send: 'Send privately',
  sentTitle: 'Sent privately',
  sent: msg('{name} will see it. Your partner has not been told, and nothing on their screen will change.', { name: 'text' }),
  goneWhenEnded: 'If the connection with your therapist ends, what you sent here is deleted.',
  mineTitle: 'What you have sent',
  safetyAnswers: 'Your safety-check answers',
  nothingToSend: 'Write something, or include your safety-check answers.',
  noSafetyCheck: 'There are no safety-check answers to include.',
  desk: {
    title: 'Told to you privately',
    intro: 'Each partner can write to you here alone. The other partner does not know these exist: please keep it that way in your sessions unless the writer chooses otherwise.',
    none: 'Nothing yet.',
    from: msg('From {name} · {when}', { name: 'text', when: 'text' }),
    safetyAnswers: 'Their answers to the private safety check',
  },
}, { de: () => import('./copy.de.json') });
