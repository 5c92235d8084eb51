import { useMemo, useState, type Ref } from 'react';
import { copy } from './copy';
import { LoopDiagram } from './loop-diagram';
import { LoopList } from './loop-list';
import { loopSteps, type LoopStep } from './loop-steps';
import { useSideTexts } from './side-store';
import type { SideSync } from './side-sync';

type View = 'diagram' | 'list';
const VIEW_KEY = 'offbeat.loop-view';

function savedView(): View {
  try {
    return localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'diagram';
  } catch {
    return 'diagram';
  }
}

/** The steps of the loop, live from both sides. */
export function useLoopSteps(mine: SideSync | null, theirs: SideSync | null, me: string, partner: string): LoopStep[] {
  const myTexts = useSideTexts(mine);
  const theirTexts = useSideTexts(theirs);
  return useMemo(() => loopSteps(myTexts, theirs ? theirTexts : null, { me, partner }), [myTexts, theirTexts, theirs, me, partner]);
}

/**
 * The loop as a circle or as a list, the person's choice (remembered on this
 * device). The diagram stays in the page while the list shows, so it can
 * still be downloaded.
 */
export function LoopPanel({ steps, name, svgRef }: { steps: LoopStep[]; name: string; svgRef: Ref<SVGSVGElement> }) {
  const [view, setView] = useState<View>(savedView);
  const choose = (next: View) => {
    setView(next);
    try {
      localStorage.setItem(VIEW_KEY, next);
    } catch {
      // Private mode: the choice just isn't remembered.
    }
  };
  return (
    <div className="loop-panel">
      <div className="view-switch" role="group" aria-label={copy.loop.viewLabel}>
        <button type="button" className="view-switch-option" aria-pressed={view === 'diagram'} onClick={() => choose('diagram')}>
          {copy.loop.diagramTab}
        </button>
        <button type="button" className="view-switch-option" aria-pressed={view === 'list'} onClick={() => choose('list')}>
          {copy.loop.listTab}
        </button>
      </div>
      <div className="loop-figure" hidden={view !== 'diagram'}>
        <LoopDiagram ref={svgRef} steps={steps} name={name} />
        <p className="loop-enemy">{copy.loop.sharedEnemy}</p>
      </div>
      {view === 'list' && <LoopList steps={steps} name={name} />}
    </div>
  );
}
