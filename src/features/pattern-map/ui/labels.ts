import { isTopic } from '../../../core/topics';
import type { Field } from '../side-doc';
import { copy } from './copy';

/**
 * The few places where the map's words are put together from several
 * messages: a lookup or a list of whole sentences, never a sentence from
 * fragments.
 */

/** The field labels on the partner's side: what sets it off reads the same as on mine. */
export function partnerFieldLabels(name: string): Record<Field, string> {
  const p = copy.partnerFieldLabels;
  return {
    situation: copy.fieldLabels.situation,
    move: p.move({ name }),
    partnerSees: p.partnerSees({ name }),
    feeling: p.feeling({ name }),
    fear: p.fear({ name }),
    longing: p.longing({ name }),
  };
}

/** What sharing my side means, one paragraph each. */
export function shareBody(name: string): string[] {
  const s = copy.start.shareBody;
  return [s.outer({ name }), s.inner, s.keepChanging];
}

/** A topic as it reads inside a sentence ("Our loop around money"); an unknown one as it is. */
export function topicInSentence(topic: string): string {
  return isTopic(topic) ? copy.topicInSentence[topic] : topic;
}

/** The loop told in sentences for a screen reader: each step, then the way back round. */
export function loopSentence(steps: Array<{ title: string; text: string }>): string {
  const s = copy.loop.sentence;
  const told = steps.map((step, i) => (i === 0 ? s.first : s.next)({ title: step.title, text: step.text || s.notWritten }));
  return [...told, s.end].join(' ');
}
