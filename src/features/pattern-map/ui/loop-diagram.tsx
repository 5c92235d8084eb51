import { forwardRef, useId, useMemo } from 'react';
import { classes } from '../../../core/web/ui';
import { copy } from './copy';
import { loopSentence } from './labels';
import { layoutLoop } from './loop-layout';
import type { LoopStep } from './loop-steps';

/**
 * The loop as a circle. Colours, fonts and sizes are SVG presentation
 * attributes, so a downloaded copy looks the same with no stylesheet; on
 * screen, CSS classes adapt them to dark mode and animate the arrows gently
 * (never under prefers-reduced-motion). The picture is one image to assistive
 * tech — a title and a one-sentence description — and the list view carries
 * the steps in words.
 */
export const PALETTE = {
  background: '#fbf8f3',
  text: '#1f2a2e',
  muted: '#4c585d',
  track: '#d6cec2',
  arc: '#5d6f73',
  a: { fill: '#e3eef0', stroke: '#2f5d62', title: '#234649' },
  b: { fill: '#f6e3d8', stroke: '#9a4f2e', title: '#7a3c20' },
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

interface LoopDiagramProps {
  steps: LoopStep[];
  name: string;
  className?: string;
}

export const LoopDiagram = forwardRef<SVGSVGElement, LoopDiagramProps>(function LoopDiagram({ steps, name, className }, ref) {
  const layout = useMemo(() => layoutLoop(steps, name), [steps, name]);
  const titleId = useId();
  const descId = useId();
  const sentence = loopSentence(steps);
  const { size, center, top, height } = layout;

  return (
    <svg
      ref={ref}
      className={classes('loop-svg', className)}
      viewBox={`0 ${r1(top)} ${size} ${r1(height)}`}
      width={size}
      height={r1(height)}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      fontFamily={PALETTE.font}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{copy.loop.svgTitle({ loop: name })}</title>
      <desc id={descId}>{copy.loop.svgDesc({ sentence })}</desc>
      <g aria-hidden="true">
        <rect className="loop-bg" x="0" y={r1(top)} width={size} height={r1(height)} rx="18" fill={PALETTE.background} />
        <ellipse className="loop-track" cx={center} cy={center} rx={r1(layout.radiusX)} ry={r1(layout.radiusY)} fill="none" stroke={PALETTE.track} strokeWidth="10" />
        {layout.arcs.map((arc) => (
          <g key={`${arc.from}-${arc.to}`} className="loop-arc">
            <path className="loop-arc-line" d={arc.d} fill="none" stroke={PALETTE.arc} strokeWidth="2.5" strokeLinecap="round" strokeDasharray="5 6" />
            <polygon className="loop-arrow" points={arc.arrow} fill={PALETTE.arc} />
          </g>
        ))}
        {layout.nodes.map((node) => {
          const tone = PALETTE[node.step.tone];
          const top = node.y + 10;
          return (
            <g key={node.step.id} className={`loop-node loop-node-${node.step.tone}${node.empty ? ' loop-node-empty' : ''}`}>
              <rect
                x={r1(node.x)}
                y={r1(node.y)}
                width={r1(node.width)}
                height={r1(node.height)}
                rx="12"
                fill={tone.fill}
                stroke={tone.stroke}
                strokeWidth="2"
                strokeDasharray={node.empty ? '4 4' : undefined}
              />
              {node.titleLines.map((line, i) => (
                <text key={`t${i}`} className="loop-node-title" x={r1(node.x + 10)} y={r1(top + layout.titleSize + i * layout.lineHeight)} fontSize={r1(layout.titleSize)} fontWeight="700" fill={tone.title}>
                  {line}
                </text>
              ))}
              {node.lines.map((line, i) => (
                <text
                  key={`l${i}`}
                  className={node.empty ? 'loop-node-placeholder' : 'loop-node-text'}
                  x={r1(node.x + 10)}
                  y={r1(top + layout.titleSize * 1.3 + (i + 1) * layout.lineHeight)}
                  fontSize={r1(layout.fontSize)}
                  fontStyle={node.empty ? 'italic' : undefined}
                  fill={node.empty ? PALETTE.muted : PALETTE.text}
                >
                  {line}
                </text>
              ))}
            </g>
          );
        })}
        <text className="loop-caption" x={center} y={r1(center - layout.nameSize * (layout.nameLines.length > 1 ? 1.35 : 0.85))} textAnchor="middle" fontSize="12" letterSpacing="1.5" fill={PALETTE.muted}>
          {copy.loop.ourLoop.toUpperCase()}
        </text>
        {layout.nameLines.map((line, i) => (
          <text
            key={`n${i}`}
            className="loop-name"
            x={center}
            y={r1(center + layout.nameSize * 0.55 + (i - (layout.nameLines.length - 1) / 2) * layout.nameSize * 1.15)}
            textAnchor="middle"
            fontSize={layout.nameSize}
            fontWeight="700"
            fill={PALETTE.text}
          >
            {line}
          </text>
        ))}
      </g>
    </svg>
  );
});

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
