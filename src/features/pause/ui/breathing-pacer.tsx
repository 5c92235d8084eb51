import { useEffect, useRef, useState } from 'react';
import { Button, Card } from '../../../core/web/ui';
import { PAUSE_RULES } from '../machine';
import { copy } from './copy';
import { breathPhase } from './pacer';
import { clockOffset, serverNow } from './server-clock';
import { useReducedMotion } from './use-reduced-motion';

interface BreathingPacerProps {
  anchorAt: string;
  breathsPerMinute: number;
  onPace(breathsPerMinute: number): void;
  pacing: boolean;
  /** Breathing alone (offline, no pause): its own words instead of "together". */
  words?: { title: string; intro: string };
}

/**
 * The shared breathing pacer. Its phase comes from the server's pace anchor
 * and the server-corrected time, so both screens breathe together. The circle
 * is moved by the Web Animations API (no inline styles: the CSP forbids them)
 * and re-aligned to the shared phase each breath; with reduced motion it is a
 * calm text cue with a seconds count instead. `data-phase` holds the computed
 * phase (0–1) for tests.
 */
export function BreathingPacer({ anchorAt, breathsPerMinute, onPace, pacing, words: own }: BreathingPacerProps) {
  const reduced = useReducedMotion();
  const root = useRef<HTMLDivElement>(null);
  const circle = useRef<HTMLDivElement>(null);
  const anchor = Date.parse(anchorAt);
  const [cue, setCue] = useState(() => {
    const p = breathPhase(anchor, breathsPerMinute, serverNow());
    return { part: p.part, seconds: p.secondsLeft };
  });

  useEffect(() => {
    const cycleMs = 60_000 / breathsPerMinute;
    let animation: Animation | null = null;
    if (!reduced && circle.current && typeof circle.current.animate === 'function') {
      animation = circle.current.animate(
        [
          { transform: 'scale(0.55)', easing: 'ease-in-out' },
          { transform: 'scale(1)', offset: 0.4, easing: 'ease-in-out' },
          { transform: 'scale(0.55)' },
        ],
        { duration: cycleMs, iterations: Infinity },
      );
    }
    let frame = 0;
    let lastPart: string | null = null;
    let lastSeconds = -1;
    const tick = () => {
      const at = Date.now();
      const p = breathPhase(anchor, breathsPerMinute, at + clockOffset());
      root.current?.setAttribute('data-phase', p.fraction.toFixed(4));
      // When this phase was computed (this device's clock), so a reader can compare two screens at one instant.
      root.current?.setAttribute('data-phase-at', String(at));
      if (p.part !== lastPart || (reduced && p.secondsLeft !== lastSeconds)) {
        // Re-align the animation with the shared phase at each change of breath.
        if (animation && p.part !== lastPart) animation.currentTime = p.fraction * cycleMs;
        lastPart = p.part;
        lastSeconds = p.secondsLeft;
        setCue({ part: p.part, seconds: p.secondsLeft });
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => {
      cancelAnimationFrame(frame);
      animation?.cancel();
    };
  }, [anchor, breathsPerMinute, reduced]);

  const words = cue.part === 'in' ? copy.pacer.in : copy.pacer.out;
  return (
    <Card title={own?.title ?? copy.pacer.title} className="pacer-card">
      <p className="muted small">{own?.intro ?? copy.pacer.intro}</p>
      <div
        ref={root}
        className={reduced ? 'pacer pacer-still' : 'pacer'}
        data-part={cue.part}
        data-cycle-ms={60_000 / breathsPerMinute}
        data-testid="pacer"
      >
        {!reduced && (
          <div className="pacer-stage" aria-hidden="true">
            <div ref={circle} className="pacer-circle" />
          </div>
        )}
        {/* Not a live region: a cue every few seconds would talk over the calm. */}
        <p className="pacer-cue">
          <span className="pacer-words">{words}</span>
          {reduced && <span className="pacer-seconds">{copy.pacer.seconds({ seconds: cue.seconds })}</span>}
        </p>
      </div>
      <div className="pacer-pace">
        <Button
          variant="secondary"
          aria-label={copy.pacer.slowerLabel}
          disabled={breathsPerMinute <= PAUSE_RULES.minBreathsPerMinute}
          busy={pacing}
          onClick={() => onPace(breathsPerMinute - 1)}
        >
          {copy.pacer.slower}
        </Button>
        <p className="pacer-rate">{copy.pacer.pace({ breaths: breathsPerMinute })}</p>
        <Button
          variant="secondary"
          aria-label={copy.pacer.fasterLabel}
          disabled={breathsPerMinute >= PAUSE_RULES.maxBreathsPerMinute}
          busy={pacing}
          onClick={() => onPace(breathsPerMinute + 1)}
        >
          {copy.pacer.faster}
        </Button>
      </div>
    </Card>
  );
}
