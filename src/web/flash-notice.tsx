import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { clearFlash, useFlash } from '../core/web/flash';
import { Notice } from '../core/web/ui';

/**
 * Shows the one carried-over message ("You have been logged out on this
 * device"). It is usually set just before a redirect, so it stays through
 * the page it was set on and the page it lands on, and goes after that.
 */
export function FlashNotice() {
  const message = useFlash();
  const [location] = useLocation();
  const seen = useRef(new Set<string>());

  useEffect(() => {
    if (message === null) {
      seen.current.clear();
      return;
    }
    seen.current.add(location);
    if (seen.current.size > 2) clearFlash();
  }, [message, location]);

  if (!message) return null;
  return (
    <Notice tone="info" role="status" className="flash">
      {message}
    </Notice>
  );
}
