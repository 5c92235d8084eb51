import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { beforeAll, describe, expect, it } from 'vitest';
import { safetyCopy } from '../copy';
import { loadWordCheck, SafetyHint } from './safety-hint';

/** The first render: words already in the field (a restored draft) are checked at once. */
function shown(text: string): string {
  return renderToStaticMarkup(
    <Router ssrPath="/journal">
      <SafetyHint text={text} />
    </Router>,
  );
}

describe('SafetyHint', () => {
  // In the app the check arrives with the first words; here it is loaded before the first render.
  beforeAll(() => loadWordCheck());

  it('offers the help page, calmly, when the words suggest harm or fear', () => {
    const html = shown("I'm afraid of what he'll do if I leave");
    expect(html).toContain(safetyCopy.hint.line);
    expect(html).toContain('href="/help"');
    expect(html).toContain(safetyCopy.hint.private);
    expect(html).toContain('aria-live="polite"');
  });

  it('stays an empty, silent region beside ordinary words', () => {
    expect(shown('you always leave the dishes')).toBe('<p class="safety-hint" aria-live="polite"></p>');
    expect(shown('')).toBe('<p class="safety-hint" aria-live="polite"></p>');
  });
});
