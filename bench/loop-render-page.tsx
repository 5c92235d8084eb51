// Browser side of the loop-view render bench (bench/loop-render.ts drives it in Chromium).
// Bundled by scripts/bench.mjs for the browser: production React, the real LoopDiagram and
// LoopList, and the app's own stylesheets, so the diagram styles (and animates) as on screen.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LoopDiagram } from '../src/features/pattern-map/ui/loop-diagram';
import { LoopList } from '../src/features/pattern-map/ui/loop-list';
import type { LoopStep } from '../src/features/pattern-map/ui/loop-steps';
import '../src/web/styles/global.css';
import '../src/core/web/ui/ui.css';
import '../src/features/pattern-map/ui/pattern-map.css';

export type Variant = 'diagram' | 'plain' | 'list';
export const VARIANTS: Variant[] = ['diagram', 'plain', 'list'];

export interface PageOptions {
  steps: number;
  warmup: number;
  iterations: number;
}

/** Milliseconds per variant, one entry per measured iteration. */
export type Samples = Record<Variant, number[]>;

export interface PageResult {
  /** flushSync(render) of a fresh root → layout forced by getBoundingClientRect(). */
  mount: Samples;
  /** The part of `mount` spent in flushSync (React render + DOM creation); the rest is style and layout. */
  mountScript: Samples;
  /** The same, re-rendering a mounted view with one step's text one character longer (the partner typing). */
  update: Samples;
  /** Fresh mount started at the top of a requestAnimationFrame → a message task after that frame's style, layout and paint. */
  frame: Samples;
  /** How many SVG elements / text elements one 40-step diagram has, for the report. */
  svgElements: number;
  svgTexts: number;
  /** Bounding box of the mounted diagram (its size on a phone). */
  svgBox: { width: number; height: number };
}

const ME = 'Sam';
const PARTNER = 'Alex';
export const LOOP_NAME = 'When plans change at the last minute';

// Our own words: what each of us does and feels, kind and non-blaming, 20–120 characters.
const TEXTS = [
  'I text again to check we’re OK',
  'I go quiet and tidy the kitchen',
  'I read the silence as you pulling away from me, and I start to worry that I did something wrong',
  'I feel crowded and need a moment to think',
  'I ask what’s wrong, a bit louder than I mean to',
  'I say “it’s fine” and put my headphones on',
  'I feel alone, so I follow you into the other room to talk it through right now',
  'I hear criticism, even when it’s a question',
  'I list everything that went wrong today',
  'I go for a long walk without saying when I’ll be back, because I don’t want to say something I’ll regret',
  'I worry you don’t care',
  'I feel like I can never get it right for you',
  'I send a long message explaining how I feel, then check my phone every few minutes for a reply',
  'I answer with one word',
  'I feel shut out and more anxious',
  'I feel pushed, and I shut down a little more, even though part of me wants to reach out',
  'I bring it up again at bedtime',
  'I sigh and turn over',
  'I tell myself you’re tired of me',
  'I think nothing I say will help, so I stay quiet and hope it passes by the morning',
];

/** A 40-step (or `count`-step) loop: the two partners alternate, move → read → move → read. */
export function makeSteps(count: number): LoopStep[] {
  const pattern: Array<Pick<LoopStep, 'kind' | 'tone'> & { who: string }> = [
    { kind: 'move', tone: 'a', who: ME },
    { kind: 'read', tone: 'b', who: PARTNER },
    { kind: 'move', tone: 'b', who: PARTNER },
    { kind: 'read', tone: 'a', who: ME },
  ];
  return Array.from({ length: count }, (_, i) => {
    const p = pattern[i % 4]!;
    return {
      id: `step-${i}`,
      kind: p.kind,
      title: p.kind === 'move' ? `${p.who}’s move` : `${p.who}’s read`,
      text: TEXTS[(i * 7) % TEXTS.length]!,
      placeholder: 'Not written yet',
      tone: p.tone,
      details: [],
    };
  });
}

function view(variant: Variant, steps: LoopStep[]): ReactElement {
  if (variant === 'diagram')
    return (
      <div className="loop-figure">
        <LoopDiagram steps={steps} name={LOOP_NAME} />
      </div>
    );
  if (variant === 'list') return <LoopList steps={steps} name={LOOP_NAME} />;
  // The plainest React view of the same words: one <li> per step.
  return (
    <ol>
      {steps.map((s) => (
        <li key={s.id}>
          {s.title}: {s.text}
        </li>
      ))}
    </ol>
  );
}

const stage = document.getElementById('stage')!;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const afterPaint = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });
const collect = () => (globalThis as { gc?: () => void }).gc?.();
/** Let the previous view's paint and cleanup finish, and collect garbage, outside the timed part. */
async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  collect();
}

function measured(host: HTMLElement): Element {
  return host.querySelector('svg, ol')!;
}

async function mountOnce(variant: Variant, steps: LoopStep[]): Promise<[number, number]> {
  const host = stage.appendChild(document.createElement('div'));
  const root = createRoot(host);
  await settle();
  const t0 = performance.now();
  flushSync(() => root.render(view(variant, steps)));
  const script = performance.now() - t0;
  measured(host).getBoundingClientRect();
  const elapsed = performance.now() - t0;
  await nextFrame();
  root.unmount();
  host.remove();
  return [elapsed, script];
}

async function frameOnce(variant: Variant, steps: LoopStep[]): Promise<number> {
  const host = stage.appendChild(document.createElement('div'));
  const root = createRoot(host);
  await settle();
  const start = await new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const t0 = performance.now();
      flushSync(() => root.render(view(variant, steps)));
      resolve(t0);
    }),
  );
  const elapsed = (await afterPaint()) - start;
  root.unmount();
  host.remove();
  return elapsed;
}

/** One mounted view per variant; each call types one more character into step 5 and re-renders. */
function updater(variant: Variant, steps: LoopStep[]) {
  const host = stage.appendChild(document.createElement('div'));
  const root = createRoot(host);
  flushSync(() => root.render(view(variant, steps)));
  const typed = 'and I wonder if you still want to go at all';
  let length = 0;
  return {
    async once(): Promise<number> {
      length = (length % typed.length) + 1;
      const next = steps.map((s, i) => (i === 5 ? { ...s, text: `${s.text} ${typed.slice(0, length)}` } : s));
      await settle();
      const t0 = performance.now();
      flushSync(() => root.render(view(variant, next)));
      measured(host).getBoundingClientRect();
      return performance.now() - t0;
    },
    close() {
      root.unmount();
      host.remove();
    },
  };
}

async function run(options: PageOptions): Promise<PageResult> {
  const steps = makeSteps(options.steps);
  const empty = (): Samples => ({ diagram: [], plain: [], list: [] });
  const result: PageResult = { mount: empty(), mountScript: empty(), update: empty(), frame: empty(), svgElements: 0, svgTexts: 0, svgBox: { width: 0, height: 0 } };
  // Interleaved (diagram, plain, list, diagram, …) so load on the machine falls on all of them alike.
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (const variant of VARIANTS) {
      const [t, script] = await mountOnce(variant, steps);
      if (i >= options.warmup) {
        result.mount[variant].push(t);
        result.mountScript[variant].push(script);
      }
    }
  }
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (const variant of VARIANTS) {
      const t = await frameOnce(variant, steps);
      if (i >= options.warmup) result.frame[variant].push(t);
    }
  }
  const updaters = VARIANTS.map((variant) => [variant, updater(variant, steps)] as const);
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (const [variant, u] of updaters) {
      const t = await u.once();
      if (i >= options.warmup) result.update[variant].push(t);
    }
  }
  const svg = stage.querySelector('svg')!;
  result.svgElements = svg.querySelectorAll('*').length;
  result.svgTexts = svg.querySelectorAll('text').length;
  const box = svg.getBoundingClientRect();
  result.svgBox = { width: Math.round(box.width), height: Math.round(box.height) };
  for (const [, u] of updaters) u.close();
  return result;
}

/** Mounts the diagram and leaves it on screen (for the idle-animation measure). */
function show(count: number): void {
  stage.replaceChildren();
  const host = stage.appendChild(document.createElement('div'));
  flushSync(() => createRoot(host).render(view('diagram', makeSteps(count))));
}

/** Counts animation frames over `durationMs`. */
async function countFrames(durationMs: number): Promise<number> {
  const end = performance.now() + durationMs;
  let frames = 0;
  while ((await nextFrame()) < end) frames++;
  return frames;
}

(globalThis as unknown as { loopBench: unknown }).loopBench = { run, show, countFrames };
