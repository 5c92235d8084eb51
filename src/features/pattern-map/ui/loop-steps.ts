import type { LoopStepInput } from './loop-layout';
import type { SideTexts } from './side-sync';
import { atStart } from '../../../core/web/partner-name';
import { copy } from './copy';

/**
 * The four steps of the loop from this person's point of view — my move →
 * my partner's read → my partner's move → my read → back — built from both
 * sides. Each step is written by the person it belongs to; while the partner
 * has not shared, their "read" falls back to my own guess (labelled so) and
 * their move waits.
 */
export interface LoopStep extends LoopStepInput {
  kind: 'move' | 'read';
  /** Everything the list view and the print page show for this step. */
  details: Array<{ label: string; text: string }>;
}

export interface LoopPeople {
  me: string;
  partner: string;
}

export function loopSteps(mine: SideTexts, theirs: SideTexts | null, people: LoopPeople): LoopStep[] {
  const l = copy.loop;
  // Each title begins with the person's name.
  const me = { name: atStart(people.me) };
  const partner = { name: atStart(people.partner) };
  const partnerFeeling = theirs?.fields.feeling.trim() ?? '';
  const myGuess = mine.fields.partnerSees.trim();
  const theirGuess = theirs?.fields.partnerSees.trim() ?? '';
  const myFeeling = mine.fields.feeling.trim();
  const details = (...items: Array<[string, string | undefined]>) =>
    items.filter(([, t]) => t && t.trim()).map(([label, t]) => ({ label, text: t!.trim() }));

  return [
    {
      id: 'my-move',
      kind: 'move',
      title: l.move(me),
      text: mine.fields.move.trim(),
      placeholder: l.notYet,
      tone: 'a',
      details: details([copy.fieldLabels.situation, mine.fields.situation]),
    },
    {
      id: 'partner-read',
      kind: 'read',
      title: l.read(partner),
      text: partnerFeeling || myGuess,
      placeholder: theirs ? l.notYet : l.partnerNotYet(partner),
      tone: 'b',
      // The step shows their own words when they have written them, else my guess; the rest goes underneath.
      details: details([l.guess(me), partnerFeeling ? myGuess : ''], [l.fear, theirs?.fields.fear], [l.longing, theirs?.fields.longing]),
    },
    {
      id: 'partner-move',
      kind: 'move',
      title: l.move(partner),
      text: theirs?.fields.move.trim() ?? '',
      placeholder: theirs ? l.notYet : l.partnerNotYet(partner),
      tone: 'b',
      details: details([copy.fieldLabels.situation, theirs?.fields.situation]),
    },
    {
      id: 'my-read',
      kind: 'read',
      title: l.read(me),
      text: myFeeling || theirGuess,
      placeholder: l.notYet,
      tone: 'a',
      details: details([l.guess(partner), myFeeling ? theirGuess : ''], [l.fear, mine.fields.fear], [l.longing, mine.fields.longing]),
    },
  ];
}

/** The loop's display name: its own, else one from its topic (named as inside a sentence: labels.ts `topicInSentence`), else "Our loop". */
export function loopName(map: { name: string | null; topic: string | null } | null | undefined, topicInSentence: (t: string) => string): string {
  if (map?.name) return map.name;
  if (map?.topic) return copy.topicLoop({ topic: topicInSentence(map.topic) });
  return copy.unnamed;
}
