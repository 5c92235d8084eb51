import { describe, expect, it } from 'vitest';
import { loopName, loopSteps } from './loop-steps';
import { emptyTexts, type SideTexts } from './side-sync';

const side = (fields: Partial<SideTexts['fields']>): SideTexts => ({ fields: { ...emptyTexts.fields, ...fields }, roles: {} });
const people = { me: 'Alex', partner: 'Sam' };

describe('loop steps', () => {
  it('goes my move → their read → their move → my read, alternating colours', () => {
    const steps = loopSteps(side({ move: 'I text again', feeling: 'alone' }), side({ move: 'I go quiet', feeling: 'flooded' }), people);
    expect(steps.map((s) => [s.title, s.text, s.tone])).toEqual([
      ['Alex’s move', 'I text again', 'a'],
      ['Sam’s read', 'flooded', 'b'],
      ['Sam’s move', 'I go quiet', 'b'],
      ['Alex’s read', 'alone', 'a'],
    ]);
  });

  it('works alone: my guess stands in for their read, and their move waits kindly', () => {
    const steps = loopSteps(side({ move: 'I text again', partnerSees: 'someone who won’t let it go' }), null, people);
    expect(steps[1]).toMatchObject({ text: 'someone who won’t let it go', details: [] });
    expect(steps[2]).toMatchObject({ text: '', placeholder: 'Sam’s part, whenever they share it' });
  });

  it('puts their own words first and my guess, fear and longing underneath, without repeating anything', () => {
    const steps = loopSteps(side({ partnerSees: 'someone pushy' }), side({ feeling: 'flooded', fear: 'failing', longing: 'a minute' }), people);
    expect(steps[1]!.text).toBe('flooded');
    expect(steps[1]!.details).toEqual([
      { label: 'Alex’s guess', text: 'someone pushy' },
      { label: 'Afraid of', text: 'failing' },
      { label: 'Longs for', text: 'a minute' },
    ]);
  });

  it('names the loop by its name, its topic, or “Our loop”', () => {
    expect(loopName({ name: 'the tango', topic: 'money' }, (t) => t)).toBe('the tango');
    expect(loopName({ name: null, topic: 'money' }, () => 'money')).toBe('Our loop around money');
    expect(loopName(null, (t) => t)).toBe('Our loop');
  });
});
