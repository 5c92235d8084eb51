import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { coreCopy } from '../copy';

type Tone = 'info' | 'success' | 'gentle' | 'problem';

interface NoticeProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  /** 'alert' interrupts (a failed action); 'status' waits its turn; none for static text. */
  role?: 'alert' | 'status';
  className?: string;
}

export function Notice({ tone = 'info', title, children, role, className }: NoticeProps) {
  return (
    <div className={['notice', `notice-${tone}`, className].filter(Boolean).join(' ')} role={role}>
      {title && <p className="notice-title">{title}</p>}
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}

/** The server's own words for what went wrong (they are written to be shown), or a calm fallback. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : coreCopy.unexpected;
  return (
    <Notice tone="problem" role="alert">
      {message}
    </Notice>
  );
}
