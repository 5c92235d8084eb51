import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderArchiveHtml } from './archive-html';
import type { OwnArchive } from './own-archive';

const unescape = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);

/** Words a person might write, markup and all. */
const words = fc.oneof(fc.string(), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "</p></article><a href='//x'>", '&amp; &lt;'));
const entry = fc.record({
  heading: words,
  lines: fc.array(fc.record({ label: fc.option(words, { nil: null }), text: words }), { maxLength: 3 }),
  at: fc.constant(null),
});
const archive = fc.record({
  displayName: words,
  sections: fc.array(fc.record({ title: words, entries: fc.array(entry, { maxLength: 3 }) }), { maxLength: 3 }),
});

describe('the archive page', () => {
  it('escapes every character that could start markup, and loses none of the words', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });

  it('whatever was written, the page holds no markup but its own: one article per entry, no script, no link, one policy', () => {
    fc.assert(
      fc.property(archive, ({ displayName, sections }) => {
        const page = renderArchiveHtml({ kind: 'offbeat-own-words', version: 1, madeAt: '2026-12-03T10:00:00.000Z', person: { displayName, email: 'a@example.test' }, sections } as OwnArchive);
        const entries = sections.reduce((n, s) => n + s.entries.length, 0);
        expect(page.match(/<article>/g)?.length ?? 0).toBe(entries);
        expect(page.match(/<section>/g)?.length ?? 0).toBe(sections.length);
        expect(page).not.toMatch(/<script|<img|<a[\s>]/i);
        expect(page.match(/Content-Security-Policy/g)).toHaveLength(1);
      }),
    );
  });
});
