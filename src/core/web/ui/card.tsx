import { useId, type ReactNode } from 'react';

interface CardProps {
  title: string;
  /** Heading level inside the page: h2 for sections of a screen. */
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
  id?: string;
}

/** A titled section of a screen; its heading names the region for assistive tech. */
export function Card({ title, level = 2, children, className, id }: CardProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className].filter(Boolean).join(' ')} aria-labelledby={headingId} id={id}>
      <Heading id={headingId} className="card-title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
