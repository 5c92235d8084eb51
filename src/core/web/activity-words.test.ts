import { describe, expect, it } from 'vitest';
import { activityWords, registerActivityWords } from './activity-words';

describe('activity words', () => {
  it('finds the words a feature registered, by event type', () => {
    registerActivityWords({ 'test.waved': (who, payload) => `${who} waved ${String(payload.times)} times` });
    expect(activityWords('test.waved')?.('Sam', { times: 2 })).toBe('Sam waved 2 times');
    expect(activityWords('test.unknown')).toBeUndefined();
  });
});
