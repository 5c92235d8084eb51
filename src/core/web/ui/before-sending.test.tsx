import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { BeforeSending, showBeforeSending, showBesideWordsAboutUs } from './beside-words';
import { TextArea } from './text-area';

describe('the before-sending slot', () => {
  const used: string[] = [];
  let handBack: ((words: string) => void) | null = null;
  showBeforeSending((text, use) => {
    handBack = use;
    return <output>{`checking: ${text}`}</output>;
  });
  showBesideWordsAboutUs(() => null);
  afterAll(() => showBeforeSending(() => null));

  it('sits under a TextArea only when it takes chosen words back, with the words as they are', () => {
    const withCheck = renderToStaticMarkup(<TextArea label="Your note" value="you never listen" onChange={() => {}} onUseWords={(words) => used.push(words)} />);
    expect(withCheck).toContain('<output>checking: you never listen</output>');
    // Words the person chose go back to the field's owner, and nothing went back before that.
    expect(used).toEqual([]);
    handBack!('I miss feeling heard');
    expect(used).toEqual(['I miss feeling heard']);
    const without = renderToStaticMarkup(<TextArea label="Your note" value="you never listen" onChange={() => {}} aboutUs />);
    expect(without).not.toContain('<output>');
  });

  it('renders whatever the shell put there, for fields that are not a TextArea', () => {
    expect(renderToStaticMarkup(<BeforeSending text="fine" onUse={() => {}} />)).toBe('<output>checking: fine</output>');
  });
});
