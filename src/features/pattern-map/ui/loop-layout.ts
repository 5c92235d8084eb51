/**
 * Geometry of the loop diagram: steps placed clockwise on a circle, arcs with
 * arrowheads running from each step to the next, and text wrapped to fit.
 * Pure numbers, so the layout is unit-tested and the same for the screen, the
 * SVG download and the PNG.
 *
 * With the usual four steps (my move → your read → your move → my read) the
 * boxes sit on the diagonals, leaving a horizontal band through the middle
 * for the loop's name — readable on a 390 px phone.
 */

export interface LoopStepInput {
  id: string;
  /** Small heading, e.g. "Alex’s move". */
  title: string;
  /** What happens in this step; may be empty (then `placeholder` is shown). */
  text: string;
  placeholder: string;
  /** Whose step it is, for colour: the two partners alternate around the loop. */
  tone: 'a' | 'b';
}

export interface LoopNode {
  step: LoopStepInput;
  /** Centre of the box. */
  cx: number;
  cy: number;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  lines: string[];
  empty: boolean;
}

export interface LoopArc {
  from: number;
  to: number;
  /** An SVG path: a clockwise arc along the loop's ellipse. */
  d: string;
  /** The arrowhead's three points, "x,y x,y x,y". */
  arrow: string;
}

export interface LoopLayout {
  size: number;
  /** The part of the square the picture needs (the full width, trimmed top and bottom). */
  top: number;
  height: number;
  /** The loop is an ellipse (a circle unless there are four steps): its horizontal and vertical radii. */
  radiusX: number;
  radiusY: number;
  center: number;
  nodes: LoopNode[];
  arcs: LoopArc[];
  nameLines: string[];
  fontSize: number;
  titleSize: number;
  lineHeight: number;
  nameSize: number;
}

export interface LayoutOptions {
  size?: number;
  fontSize?: number;
  /** Roughly how wide one character is, as a share of the font size. */
  charWidth?: number;
  maxLines?: number;
}

const PADDING = 10;
const ARROW = 9;
const GAP = 6;

export function layoutLoop(steps: LoopStepInput[], name: string, options: LayoutOptions = {}): LoopLayout {
  const size = options.size ?? 400;
  const fontSize = options.fontSize ?? 15;
  const charWidth = options.charWidth ?? 0.56;
  const maxLines = options.maxLines ?? 4;
  const center = size / 2;
  const n = Math.max(steps.length, 1);
  const titleSize = Math.round(fontSize * 0.86);
  const lineHeight = Math.round(fontSize * 1.25);

  // Four steps: boxes on the diagonals. Otherwise the ring and the boxes are
  // sized together so the boxes stay apart and inside the picture.
  const fullWidth = size * 0.43;
  const heightFor = (scale: number, lines: number) => PADDING * 2 + titleSize * scale * 1.3 + lines * lineHeight * scale;
  let radius = size * 0.3535;
  let width = fullWidth;
  if (n !== 4) {
    for (let k = 0; k < 30; k++) {
      width = n < 2 ? fullWidth : Math.min(fullWidth, 0.72 * 2 * radius * Math.sin(Math.PI / n));
      const s = width / fullWidth;
      const extent = Math.max(width, heightFor(s, Math.max(1, Math.round(maxLines * s))));
      radius = center - extent / 2 - 4;
    }
  }
  // Four boxes spread sideways as far as the picture allows (the arrows between them get room), so the loop is an ellipse.
  const margin = 8;
  const radiusX = n === 4 ? ((size - 2 * margin - width) / 2) * Math.SQRT2 : radius;
  const radiusY = radius;
  const scale = width / fullWidth;
  const textSize = n === 4 ? fontSize : Math.max(5, fontSize * scale);
  const textLineHeight = n === 4 ? lineHeight : lineHeight * scale;
  const linesAllowed = n === 4 ? maxLines : Math.max(1, Math.round(maxLines * scale));
  const height = n === 4 ? heightFor(1, maxLines) : heightFor(scale, linesAllowed);
  const charsPerLine = Math.max(4, Math.floor((width - PADDING * 2) / (textSize * charWidth)));

  const angles = steps.map((_, i) => -Math.PI / 2 - Math.PI / n + (i * 2 * Math.PI) / n);
  const nodes: LoopNode[] = steps.map((step, i) => {
    const a = angles[i]!;
    const cx = center + radiusX * Math.cos(a);
    const cy = center + radiusY * Math.sin(a);
    const empty = step.text.trim() === '';
    return {
      step,
      cx,
      cy,
      x: cx - width / 2,
      y: cy - height / 2,
      width,
      height,
      titleLines: wrapText(step.title, Math.floor(charsPerLine * 1.1), 1),
      lines: wrapText(empty ? step.placeholder : step.text, charsPerLine, linesAllowed),
      empty,
    };
  });

  const ring: Ring = { center, rx: radiusX, ry: radiusY };
  const arcs: LoopArc[] = steps.length < 2 ? [] : steps.map((_, i) => arcBetween(nodes, angles, i, (i + 1) % steps.length, ring));

  const nameSize = Math.round(fontSize * 1.45);
  const nameChars = Math.floor((radiusY * 1.45) / (nameSize * charWidth));
  const edge = 14;
  const top = Math.max(0, Math.min(center - radiusY - 8, ...nodes.map((node) => node.y)) - edge);
  const bottom = Math.min(size, Math.max(center + radiusY + 8, ...nodes.map((node) => node.y + node.height)) + edge);
  return {
    size,
    top,
    height: bottom - top,
    radiusX,
    radiusY,
    center,
    nodes,
    arcs,
    nameLines: wrapText(name, nameChars, 2),
    fontSize: textSize,
    titleSize: n === 4 ? titleSize : Math.max(5, titleSize * scale),
    lineHeight: textLineHeight,
    nameSize,
  };
}

interface Ring {
  center: number;
  rx: number;
  ry: number;
}

function pointAt(ring: Ring, angle: number): [number, number] {
  return [ring.center + ring.rx * Math.cos(angle), ring.center + ring.ry * Math.sin(angle)];
}

function inside(node: LoopNode, [x, y]: [number, number], margin: number): boolean {
  return x > node.x - margin && x < node.x + node.width + margin && y > node.y - margin && y < node.y + node.height + margin;
}

/**
 * The angle where the ring leaves (or enters) a box, found by bisection:
 * the ring crosses a convex box's edge once between its centre and the next box.
 */
function edgeAngle(node: LoopNode, inAngle: number, outAngle: number, ring: Ring): number {
  let lo = inAngle;
  let hi = outAngle;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (inside(node, pointAt(ring, mid), GAP)) lo = mid;
    else hi = mid;
  }
  return hi;
}

function arcBetween(nodes: LoopNode[], angles: number[], i: number, j: number, ring: Ring): LoopArc {
  const a0 = angles[i]!;
  let a1 = angles[j]!;
  if (a1 <= a0) a1 += 2 * Math.PI;
  const start = edgeAngle(nodes[i]!, a0, a1, ring);
  const end = edgeAngle(nodes[j]!, a1, start, ring);
  const [x1, y1] = pointAt(ring, start);
  const [x2, y2] = pointAt(ring, end);
  const large = end - start > Math.PI ? 1 : 0;
  // Clockwise on screen (y points down) is increasing angle: sweep-flag 1.
  const d = `M ${fmt(x1)} ${fmt(y1)} A ${fmt(ring.rx)} ${fmt(ring.ry)} 0 ${large} 1 ${fmt(x2)} ${fmt(y2)}`;
  // The direction of travel at the end: the ellipse's tangent.
  const dx = -ring.rx * Math.sin(end);
  const dy = ring.ry * Math.cos(end);
  const length = Math.hypot(dx, dy) || 1;
  const tx = dx / length;
  const ty = dy / length;
  const bx = x2 - tx * ARROW;
  const by = y2 - ty * ARROW;
  const half = ARROW * 0.6;
  const arrow = [
    [x2, y2],
    [bx - ty * half, by + tx * half],
    [bx + ty * half, by - tx * half],
  ]
    .map(([x, y]) => `${fmt(x!)},${fmt(y!)}`)
    .join(' ');
  return { from: i, to: j, d, arrow };
}

function fmt(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/**
 * Greedy word wrap into at most `maxLines` lines of about `maxChars`
 * characters; a word longer than a line is split; anything left over ends
 * the last line with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(1, maxChars);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let overflow = false;
  const push = (line: string) => {
    if (lines.length < maxLines) lines.push(line);
    else overflow = true;
  };
  for (const word of words) {
    let rest = word;
    while (Array.from(rest).length > limit) {
      if (current) {
        push(current);
        current = '';
      }
      const chars = Array.from(rest);
      push(chars.slice(0, limit).join(''));
      rest = chars.slice(limit).join('');
    }
    if (!current) current = rest;
    else if (Array.from(current).length + 1 + Array.from(rest).length <= limit) current += ` ${rest}`;
    else {
      push(current);
      current = rest;
    }
    if (overflow) break;
  }
  if (current && !overflow) push(current);
  if (overflow && lines.length) {
    const last = Array.from(lines[lines.length - 1]!);
    lines[lines.length - 1] = `${last.slice(0, Math.max(0, limit - 1)).join('').trimEnd()}…`;
  }
  return lines;
}
