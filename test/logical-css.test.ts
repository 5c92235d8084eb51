import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every stylesheet under src/ speaks in logical directions (inline start / end, block start / end),
 * so a right-to-left language one day flips the layout without a second stylesheet: no `margin-left`,
 * `left:`, `text-align: right`, `float: left`, no four-value shorthand whose left and right differ,
 * no sideways shadow, shift or background position. A declaration that must stay physical (a
 * transform has no logical form) carries a comment saying why, just before it or on its line:
 * `/* physical: <reason> *\/`.
 */

const ROOT = path.resolve('src');

interface PhysicalUse {
  line: number;
  declaration: string;
  why: string;
}

const SHORTHAND_FOUR = new Set(['margin', 'padding', 'inset', 'scroll-margin', 'scroll-padding', 'border-width', 'border-style', 'border-color']);
/** A reason that names something: at least two words after `physical:`. */
const EXCEPTION = /physical:\s*\S+\s+\S+/;

/** Splits on whitespace outside parentheses. */
function tokens(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Splits on commas outside parentheses. */
function layers(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

const isZero = (token: string) => /^[+-]?0*\.?0+(px|rem|em|%)?$/.test(token);
const isLength = (token: string) => /^[+-]?(\d*\.)?\d+(px|rem|em|ch|vw|vh|%)?$/.test(token);

/** Why one declaration is physical, or null if it is not. */
function physicalReason(property: string, rawValue: string): string | null {
  const prop = property.trim().toLowerCase();
  // Strings and url() say nothing about direction ("content: 'right'").
  const value = rawValue.replace(/(["'])(?:\\.|(?!\1).)*\1/g, '""').replace(/url\([^)]*\)/gi, 'url()').trim().toLowerCase();
  if (/(^|-)(left|right)(-|$)/.test(prop)) return `physical property ${prop}`;
  if (/\b(left|right)\b/.test(value)) return `physical value in ${prop}`;
  if (SHORTHAND_FOUR.has(prop)) {
    const t = tokens(value);
    if (t.length === 4 && t[1] !== t[3]) return `${prop} shorthand with different left and right`;
  }
  if (prop === 'border-radius') {
    const [corners] = value.split('/');
    const t = tokens(corners!);
    // top-left top-right bottom-right bottom-left, with CSS's fill-in rules.
    const [tl, tr = tl, br = tl, bl = tr] = t;
    if (tl !== tr || bl !== br) return 'border-radius with different left and right corners';
  }
  if (/^(transform|translate)$/.test(prop)) {
    if (/translatex\(\s*(?!0*\.?0+(px|rem|em|%)?\s*\))/.test(value)) return 'a sideways translateX';
    const two = /translate(3d)?\(\s*([^,\s)]+)/.exec(value);
    if (two && !isZero(two[2]!)) return 'a sideways translate';
    if (prop === 'translate' && !isZero(tokens(value)[0] ?? '0')) return 'a sideways translate';
  }
  if (prop === 'box-shadow' || prop === 'text-shadow') {
    for (const layer of layers(value)) {
      const lengths = tokens(layer).filter((t) => t !== 'inset' && isLength(t));
      if (lengths.length >= 2 && !isZero(lengths[0]!)) return `${prop} offset sideways`;
    }
  }
  if (prop === 'background-position' || prop === 'background-position-x') {
    for (const layer of layers(value)) {
      const x = tokens(layer)[0] ?? 'center';
      if (x !== 'center' && x !== '50%') return 'a background placed from one side';
    }
  }
  return null;
}

/** Physical declarations in one stylesheet that no `physical:` comment explains. */
function physicalUses(css: string): PhysicalUse[] {
  const found: PhysicalUse[] = [];
  let i = 0;
  let line = 1;
  let start = 0;
  let startLine = 1;
  let comment = '';
  let pending = '';
  /** Where a comment ends that already explained the declaration before it (on that one's line). */
  let claimedUntil = -1;
  const reason = (text: string) => EXCEPTION.test(text.replace(/\/\*|\*\//g, ' '));
  const flush = (end: number, terminator: string) => {
    const text = css.slice(start, end);
    const declaration = text.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    const colon = declaration.indexOf(':');
    if (terminator !== '{' && colon > 0) {
      const why = physicalReason(declaration.slice(0, colon), declaration.slice(colon + 1).replace(/!important/i, ''));
      const explained = reason(pending) || reason(comment);
      if (why && !explained) {
        const lead = text.length - text.trimStart().length;
        found.push({ line: startLine + (text.slice(0, lead).match(/\n/g)?.length ?? 0), declaration, why });
      }
    }
    pending = '';
  };
  while (i < css.length) {
    const ch = css[i]!;
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const close = end < 0 ? css.length : end + 2;
      const text = css.slice(i, close);
      // A comment before a declaration explains it; one after it on the same line does too.
      const lineAfterPrevious = !css.slice(start, i).trim();
      if (lineAfterPrevious && i >= claimedUntil) pending += text;
      line += text.match(/\n/g)?.length ?? 0;
      i = close;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const close = css.indexOf(ch, i + 1);
      i = close < 0 ? css.length : close + 1;
      continue;
    }
    if (ch === ';' || ch === '{' || ch === '}') {
      // Same-line trailing comment: look past the terminator to the end of the line.
      const eol = css.indexOf('\n', i);
      const rest = /^[ \t]*\/\*[\s\S]*?\*\//.exec(css.slice(i + 1, eol < 0 ? css.length : eol));
      comment = ch === ';' && rest ? rest[0] : '';
      if (comment) claimedUntil = i + 1 + rest![0].length;
      flush(i, ch);
      start = i + 1;
      startLine = line;
      comment = '';
    }
    if (ch === '\n') line++;
    i++;
  }
  return found;
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

describe('logical CSS', () => {
  it('the checker catches each physical form and lets an explained one pass', () => {
    const bad = [
      'a { margin-left: 1rem; }',
      'a { padding-right: 1rem; }',
      'a { position: absolute; left: 0; }',
      'a { right: 2px; }',
      'a { text-align: left; }',
      'a { text-align: right; }',
      'a { float: left; }',
      'a { clear: right; }',
      'a { border-left: 4px solid red; }',
      'a { border-right-color: transparent; }',
      'a { border-top-left-radius: 4px; }',
      'a { transition: left 200ms; }',
      'a { padding: 0.75rem 0 0.75rem 2.75rem; }',
      'a { margin: 0 1rem 0 2rem; }',
      'a { inset: 0 auto 0 0; }',
      'a { border-radius: 0 4px 4px 0; }',
      'a { transform: translateX(1rem); }',
      'a { transform: translate(4px, 0); }',
      'a { translate: 2px 0; }',
      'a { box-shadow: inset 4px 0 0 red; }',
      'a { background-position: calc(100% - 1rem) 50%; }',
      '@media (min-width: 40rem) { .x:hover { margin-right: auto; } }',
      '/* physical */ a { left: 0; }',
      'a { /* physical: */ left: 0; }',
    ];
    for (const css of bad) expect(physicalUses(css), css).toHaveLength(1);

    const good = [
      'a { margin-inline-start: 1rem; padding-inline-end: 1rem; inset-inline-start: 0; }',
      'a { text-align: start; float: inline-end; border-inline-start: 4px solid red; }',
      'a { padding: 0.75rem 1rem; margin: 0 auto; padding: 1rem 2rem 0.5rem; margin: 1px 2px 3px 2px; }',
      'a { border-radius: 8px; border-radius: 50% / 20%; top: 0; bottom: 1rem; }',
      'a { transform: translateX(0); transform: translateY(2px) rotate(45deg); transform: translate(0, -2px); }',
      'a { box-shadow: 0 0 0 3px red, 0 2px 8px rgb(0 0 0 / 0.2); box-shadow: inset 0 -1px 0 red; }',
      'a { content: "right"; background: url(left.svg); }',
      '.align-left:hover, a[data-side="right"] { color: red; }',
      'a { /* physical: the knob slides as a transform, mirrored under :dir(rtl) */ transform: translateX(1rem); }',
      'a { transform: translateX(1rem); /* physical: the knob slides as a transform */ }',
    ];
    for (const css of good) expect(physicalUses(css), css).toEqual([]);
  });

  it('lines are counted so a finding can be found', () => {
    expect(physicalUses('a {\n  color: red;\n\n  margin-left: 1px;\n}')).toEqual([{ line: 4, declaration: 'margin-left: 1px', why: 'physical property margin-left' }]);
  });

  it('no stylesheet under src uses physical left or right without saying why', () => {
    const files = cssFiles(ROOT);
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      physicalUses(readFileSync(file, 'utf8')).map((u) => `${path.relative(process.cwd(), file)}:${u.line}: ${u.declaration} (${u.why})`),
    );
    expect(problems).toEqual([]);
  });
});
