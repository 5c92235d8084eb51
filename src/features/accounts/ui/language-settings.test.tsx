import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lockDuration } from './app-lock-options';
import { LanguageSettings } from './language-settings';

describe('the language choice', () => {
  it('is one select named "Language": as the device, then each language in its own name', () => {
    const html = renderToStaticMarkup(<LanguageSettings />);
    const id = /<label for="([^"]+)">Language<\/label>/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<select id="${id}"`);
    expect([...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]+)<\/option>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['', 'As my device'],
      ['en', 'English'],
      ['de', 'Deutsch'],
    ]);
  });
});

describe('the app lock’s durations', () => {
  it('say the largest whole unit, in the reader’s language', () => {
    expect([1, 5, 60, 240, 1440, 2880].map((m) => lockDuration(m, 'en'))).toEqual(['1 minute', '5 minutes', '1 hour', '4 hours', '1 day', '2 days']);
    expect([1, 5, 60, 1440].map((m) => lockDuration(m, 'de'))).toEqual(['1 Minute', '5 Minuten', '1 Stunde', '1 Tag']);
  });
});
