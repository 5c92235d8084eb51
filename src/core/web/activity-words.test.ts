import { describe, expect, it } from 'vitest';
import { activityWords, registerActivityWords } from './activity-words';

describe('activity words', () => {
  it('finds the words a feature registered, by event type', () => {
    registerActivityWords({ 'test.waved': (who, payload, mine) => `${who} waved ${String(payload.times)} times${mine ? ' (that was you)' : ''}` });
    expect(activityWords('test.waved')?.('Sam', { times: 2 }, false, { who: 'other', name: 'Sam' })).toBe('Sam waved 2 times');
    expect(activityWords('test.waved')?.('You', { times: 1 }, true, { who: 'you', name: 'You' })).toBe('You waved 1 times (that was you)');
    expect(activityWords('test.unknown')).toBeUndefined();
  });
});
