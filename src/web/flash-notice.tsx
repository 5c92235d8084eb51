import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { clearFlash, useFlash } from '../core/web/flash';
import { Notice } from '../core/web/ui';

/**
 * Shows the one carried-over message ("You have been logged out on this
 * device"). It is often set just before a redirect, so it survives one change
 * of address and goes with the second.
 */
export function FlashNotice() {
  const message = useFlash();
  const [location] = useLocation();
  const last = useRef(location);
  const changes = useRef(0);

  useEffect(() => {
    if (message === null) {
      changes.current = 0;
    } else if (location !== last.current) {
      changes.current += 1;
      if (changes.current >= 2) clearFlash();
    }
    last.current = location;
  }, [message, location]);

  if (!message) return null;
  return (
    <Notice tone="info" role="status" className="flash">
      {message}
    </Notice>
  );
}
