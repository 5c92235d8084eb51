import { useEffect, useRef, type ReactNode } from 'react';
import { coreCopy } from '../copy';

interface ScreenProps {
  title: ReactNode;
  intro?: ReactNode;
  /** Something beside the title, e.g. a rename button. */
  titleAction?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * One screen's content: its h1 and body. On arrival, focus moves to the
 * heading so screen-reader users hear where they are after a navigation; and
 * to the new heading when the screen's title changes and focus was lost.
 */
export function Screen({ title, intro, titleAction, children, className }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (typeof title === 'string') document.title = title === coreCopy.appName ? title : `${title} · ${coreCopy.appName}`;
  }, [title]);
  useEffect(() => {
    // Not on the very first page load: the browser starts at the top already.
    if (document.body.dataset.navigated) heading.current?.focus({ preventScroll: false });
    document.body.dataset.navigated = 'yes';
  }, []);
  // The same screen moving to its next step (a pause asked for, then running) under a new title: if the
  // control that moved it went with the old step, focus goes to the new heading, not back to the page's start.
  const titled = typeof title === 'string' ? title : null;
  const shownTitle = useRef(titled);
  useEffect(() => {
    if (shownTitle.current === titled) return;
    shownTitle.current = titled;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) heading.current?.focus({ preventScroll: true });
  }, [titled]);
  return (
    <div className={['screen', className].filter(Boolean).join(' ')}>
      <div className="screen-head">
        <h1 ref={heading} tabIndex={-1} className="screen-title">
          {title}
        </h1>
        {titleAction}
      </div>
      {intro && <div className="screen-intro">{intro}</div>}
      {children}
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status">
      <span className="loading-dots" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
