import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLoop, wrapText, type LoopNode, type LoopStepInput } from './loop-layout';

const step = (id: string, text = '', tone: 'a' | 'b' = 'a'): LoopStepInput => ({ id, title: `${id} title`, text, placeholder: 'not written yet', tone });
const four = [step('my-move', 'I text again'), step('your-read', 'Crowded', 'b'), step('your-move', 'I go quiet', 'b'), step('my-read', 'Alone')];

function overlaps(a: LoopNode, b: LoopNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The numbers of an SVG arc path "M x y A r r 0 large sweep x y". */
function arcEnds(d: string): { x1: number; y1: number; x2: number; y2: number; sweep: number } {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return { x1: n[0]!, y1: n[1]!, x2: n[7]!, y2: n[8]!, sweep: n[6]! };
}

describe('loop layout', () => {
  const layout = layoutLoop(four, 'the doom spiral');

  it('places four steps clockwise on the diagonals, starting top left', () => {
    const [tl, tr, br, bl] = layout.nodes;
    expect(tl!.cx).toBeLessThan(layout.center);
    expect(tl!.cy).toBeLessThan(layout.center);
    expect(tr!.cx).toBeGreaterThan(layout.center);
    expect(tr!.cy).toBeLessThan(layout.center);
    expect(br!.cx).toBeGreaterThan(layout.center);
    expect(br!.cy).toBeGreaterThan(layout.center);
    expect(bl!.cx).toBeLessThan(layout.center);
    expect(bl!.cy).toBeGreaterThan(layout.center);
  });

  it('keeps every box inside the picture and apart from the others', () => {
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.size);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.size);
    }
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(overlaps(layout.nodes[i]!, layout.nodes[j]!)).toBe(false);
  });

  it('trims the picture to what it holds, keeping every box inside', () => {
    expect(layout.top).toBeGreaterThan(0);
    expect(layout.height).toBeLessThan(layout.size);
    for (const node of layout.nodes) {
      expect(node.y).toBeGreaterThanOrEqual(layout.top);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.top + layout.height);
    }
  });

  it('leaves room between neighbouring boxes for the arrows', () => {
    const [tl, tr, , bl] = layout.nodes;
    expect(tr!.x - (tl!.x + tl!.width)).toBeGreaterThanOrEqual(30);
    expect(bl!.y - (tl!.y + tl!.height)).toBeGreaterThanOrEqual(60);
  });

  it('leaves the middle band free for the name', () => {
    const nameTop = layout.center - layout.nameSize * 1.2;
    const nameBottom = layout.center + layout.nameSize * 1.2;
    for (const node of layout.nodes) expect(node.y + node.height <= nameTop || node.y >= nameBottom).toBe(true);
    expect(layout.nameLines).toEqual(['the doom spiral']);
  });

  it('draws one clockwise arc from each step to the next, starting and ending outside the boxes', () => {
    expect(layout.arcs.map((a) => [a.from, a.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
    for (const arc of layout.arcs) {
      const { x1, y1, x2, y2, sweep } = arcEnds(arc.d);
      expect(sweep).toBe(1);
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        // On the ring…
        expect(((x - layout.center) / layout.radiusX) ** 2 + ((y - layout.center) / layout.radiusY) ** 2).toBeCloseTo(1, 1);
        // …and in no box.
        for (const node of layout.nodes) expect(x > node.x && x < node.x + node.width && y > node.y && y < node.y + node.height).toBe(false);
      }
      // The arrow's tip is the arc's end.
      expect(arc.arrow.split(' ')[0]).toBe(`${x2},${y2}`);
    }
  });

  it('shows the placeholder for a step nobody has written yet', () => {
    const l = layoutLoop([step('a'), step('b', 'something')], 'x');
    expect(l.nodes[0]).toMatchObject({ empty: true, lines: ['not written yet'] });
    expect(l.nodes[1]).toMatchObject({ empty: false, lines: ['something'] });
  });

  it('stays inside the picture for any number of steps up to 40', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const l = layoutLoop(
          Array.from({ length: n }, (_, i) => step(`s${i}`, 'a few words here')),
          'name',
        );
        expect(l.nodes).toHaveLength(n);
        expect(l.arcs).toHaveLength(n < 2 ? 0 : n);
        for (const node of l.nodes) {
          expect(node.x).toBeGreaterThanOrEqual(-0.001);
          expect(node.x + node.width).toBeLessThanOrEqual(l.size + 0.001);
        }
      }),
    );
  });
});

describe('text wrapping', () => {
  it('wraps on words', () => {
    expect(wrapText('I text again and again until you answer', 12, 4)).toEqual(['I text again', 'and again', 'until you', 'answer']);
  });

  it('ends with an ellipsis when there is more than fits', () => {
    const lines = wrapText('one two three four five six seven eight', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(Array.from(lines[1]!).length).toBeLessThanOrEqual(9);
  });

  it('splits a word longer than a line', () => {
    expect(wrapText('aaaaaaaaaa', 4, 5)).toEqual(['aaaa', 'aaaa', 'aa']);
  });

  it('never exceeds its limits and never splits an emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 5 }), (text, chars, max) => {
        const lines = wrapText(text, chars, max);
        expect(lines.length).toBeLessThanOrEqual(max);
        for (const line of lines) {
          expect(Array.from(line).length).toBeLessThanOrEqual(chars);
          expect(line).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
        }
      }),
    );
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 10, 3)).toEqual([]);
  });
});
