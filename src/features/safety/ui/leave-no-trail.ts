import type { BaseLocationHook } from 'wouter';
import { useBrowserLocation } from 'wouter/use-browser-location';
import { readQuickExitPrefs } from './quick-exit-prefs';

/**
 * The app's location hook: the browser's, except that with "leave no trail" on every move
 * replaces the current history entry, so the app only ever holds one (which quick exit replaces).
 */
export const useLeaveNoTrailLocation: BaseLocationHook = () => {
  const [location, navigate] = useBrowserLocation();
  return [location, (to: string, options?: { replace?: boolean; state?: unknown }) => navigate(to, { ...options, replace: options?.replace || readQuickExitPrefs().leaveNoTrail })];
};
