import { describe, expect, it } from 'vitest';
import { activityWords, registerActivityWords } from './activity-words';

describe('activity words', () => {
  it('finds the words a feature registered, by event type, with who acted and what happened', () => {
    registerActivityWords({ 'test.waved': (actor, payload) => `${actor.who === 'you' ? 'You' : actor.name} waved ${String(payload.times)} times` });
    expect(activityWords('test.waved')?.({ who: 'other', name: 'Sam' }, { times: 2 })).toBe('Sam waved 2 times');
    expect(activityWords('test.waved')?.({ who: 'you', name: 'You' }, { times: 1 })).toBe('You waved 1 times');
    expect(activityWords('test.unknown')).toBeUndefined();
  });
});
