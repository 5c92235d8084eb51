import { describe, expect, it } from 'vitest';
import { activityWords } from '../../../core/web/activity-words';
import './activity-words';

describe('repair in the activity feed', () => {
  it('says what happened in a sentence for every repair event in the feed', () => {
    const types = ['rupture.logged', 'repair.started', 'repair.submitted', 'repair.revealed', 'repair.acknowledged', 'action.done', 'action.acknowledged', 'rupture.repaired_by_one', 'rupture.repaired'];
    for (const type of types) expect(activityWords(type), type).toBeTypeOf('function');
    expect(activityWords('rupture.logged')!({ who: 'other', name: 'Sam' }, {})).toBe('Sam noted a rough moment');
    expect(activityWords('repair.submitted')!({ who: 'you', name: 'You' }, {})).toBe('You finished writing in a repair conversation');
  });

  it('never reads words out of an event, even if a payload carried some', () => {
    const payload = { text: 'private words', answers: 'private words', step: 'feelings' };
    expect(activityWords('repair.acknowledged')!({ who: 'other', name: 'Sam' }, payload)).not.toContain('private');
    expect(activityWords('action.done')!({ who: 'other', name: 'Sam' }, payload)).not.toContain('private');
  });
});
