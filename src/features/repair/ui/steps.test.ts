import { describe, expect, it } from 'vitest';
import { STEPS } from './api';
import { PAGES, REVIEW_PAGE, cleanAnswers, firstPageMissing, missingSteps, resumePage, revealedSteps, sameAnswers } from './steps';

describe('the pages of the repair conversation', () => {
  it('ask every step exactly once, in the server’s order', () => {
    expect(PAGES.flat()).toEqual([...STEPS]);
    expect(REVIEW_PAGE).toBe(PAGES.length);
  });
});

describe('missing answers', () => {
  it('names the required steps still blank, and the first page holding one', () => {
    expect(missingSteps({})).toEqual(['feelings', 'myPart', 'unmetNeed', 'iWill']);
    expect(missingSteps({ feelings: '  ', myPart: 'x', unmetNeed: 'y', iWill: 'z' })).toEqual(['feelings']);
    expect(firstPageMissing({ feelings: 'sad', myPart: 'x' })).toBe(4);
    expect(firstPageMissing({ feelings: 'sad', myPart: 'x', unmetNeed: 'y', iWill: 'z' })).toBeNull();
  });
});

describe('resumePage', () => {
  it('starts at the first untouched page, or the read-through when every page has words', () => {
    expect(resumePage({})).toBe(0);
    expect(resumePage({ feelings: 'hurt' })).toBe(1);
    expect(resumePage({ feelings: 'hurt', theirReality: 'you were tired' })).toBe(2);
    const all = Object.fromEntries(STEPS.map((s) => [s, 'words']));
    expect(resumePage(all)).toBe(REVIEW_PAGE);
  });
});

describe('cleanAnswers and sameAnswers', () => {
  it('trims, drops blanks, and keeps a date only beside something I will do', () => {
    expect(cleanAnswers({ feelings: '  hurt ', touched: '   ', iWillBy: '2026-12-01' })).toEqual({ feelings: 'hurt' });
    expect(cleanAnswers({ iWill: 'text first', iWillBy: '2026-12-01' })).toEqual({ iWill: 'text first', iWillBy: '2026-12-01' });
    expect(cleanAnswers({ iWill: 'text first', iWillBy: null })).toEqual({ iWill: 'text first' });
  });
  it('treats whitespace-only differences as no change', () => {
    expect(sameAnswers({ feelings: 'hurt ' }, { feelings: 'hurt', touched: '' })).toBe(true);
    expect(sameAnswers({ feelings: 'hurt' }, { feelings: 'scared' })).toBe(false);
    expect(sameAnswers({ iWill: 'a', iWillBy: '2026-12-01' }, { iWill: 'a' })).toBe(false);
  });
});

describe('revealedSteps', () => {
  it('shows a step when either partner answered it', () => {
    expect(revealedSteps({ feelings: 'hurt', iWill: 'a' }, { feelings: 'alone', iAsk: 'b' })).toEqual(['feelings', 'iWill', 'iAsk']);
  });
});
