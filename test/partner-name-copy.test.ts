import { describe, expect, it } from 'vitest';
import { PARTNER_FALLBACK } from '../src/core/web/partner-name';
import { copy as mapCopy } from '../src/features/pattern-map/ui/copy';
import { copy as repairCopy } from '../src/features/repair/ui/copy';

/**
 * Before a partner joins (or while the couple loads) the map and repair
 * screens say "your partner" where a name would go. Every sentence they can
 * build must read right with it: "Shared with your partner.", "Your
 * partner’s side" — never "Shared with Your partner." or a sentence that
 * starts in lower case. Every copy function whose argument is a name (the
 * screens' convention: a parameter called `partner` or `name`) is called with
 * the fallback there, and with each other kind of value elsewhere.
 */
const OTHER_ARGS: unknown[] = ['me', 'partner', 'unsure', 'You', 3, null, 'hug', 'fear'];
const NAME_PARAM = /^(partner|name)$/;
/** Phrases that never start a sentence: the history's "You · your side" / "You · your partner’s side". */
const MID_PHRASE = new Set(['map.history.partnerSide']);

function paramNames(fn: Function): string[] {
  const source = fn.toString();
  const list = /^(?:async\s*)?(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^(\w+)\s*=>/.exec(source)?.[1] ?? '';
  return list.split(',').map((p) => p.trim().split(/[\s:=]/)[0]!).filter(Boolean);
}

function* sentences(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* sentences(v, `${path}[${i}]`);
  else if (typeof value === 'function') {
    const params = paramNames(value);
    if (!params.some((p) => NAME_PARAM.test(p))) return;
    // Names get the fallback; every other parameter tries each kind of value the screens pass.
    let combos: unknown[][] = [[]];
    for (const param of params) combos = combos.flatMap((c) => (NAME_PARAM.test(param) ? [[...c, PARTNER_FALLBACK]] : OTHER_ARGS.map((o) => [...c, o])));
    for (const args of combos) {
      let out: unknown;
      try {
        out = (value as (...a: unknown[]) => unknown)(...args);
      } catch {
        continue; // wants another shape of argument (e.g. a list of steps)
      }
      yield* sentences(out, `${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
    }
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* sentences(v, `${path}.${k}`);
}

function problems(root: unknown, name: string): string[] {
  const found: string[] = [];
  for (const [path, text] of sentences(root, name)) {
    if (!/your partner/i.test(text) || MID_PHRASE.has(path.replace(/\(.*$/, ''))) continue;
    if (/(^|[.!?]\s+|[“"(]\s*)your partner/.test(text)) found.push(`${path}: starts in lower case: ${text}`);
    if (/[\p{Ll},;:—–-]\s+Your partner/u.test(text)) found.push(`${path}: capital in mid-sentence: ${text}`);
  }
  return found;
}

describe('the fallback partner name in sentences', () => {
  it('reads right everywhere on the pattern map', () => {
    expect(problems(mapCopy, 'map')).toEqual([]);
  });

  it('reads right everywhere in repair', () => {
    expect(problems(repairCopy, 'repair')).toEqual([]);
  });

  it('finds the mistakes it looks for (so a pass means something)', () => {
    expect(problems({ a: (name: string) => `Shared with ${name.replace('y', 'Y')}.` }, 'x')).toHaveLength(1);
    expect(problems({ a: (partner: string) => `${partner} can see it.` }, 'x')).toHaveLength(1);
    expect(problems({ a: { b: (n: number, partner: string) => [`${n} of ${n}. ${partner}’s turn`] } }, 'x')).toHaveLength(OTHER_ARGS.length);
    expect(problems({ a: (partner: string) => `Shared with ${partner}.` }, 'x')).toEqual([]);
  });
});
