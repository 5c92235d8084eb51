import { quickExitCopy as copy } from '../copy';
import { quickExit } from './quick-exit';
import { readQuickExitPrefs } from './quick-exit-prefs';

/**
 * Always on screen: in the sticky header, and inside every modal dialog (a modal puts the rest of
 * the page out of reach). A link, so it still leaves if the app's script has stopped.
 */
export function QuickExitButton({ className = '' }: { className?: string }) {
  return (
    <a
      href={readQuickExitPrefs().to}
      className={`quick-exit-button ${className}`.trim()}
      aria-label={copy.button.label}
      onClick={(event) => {
        event.preventDefault();
        quickExit();
      }}
    >
      {copy.button.text}
    </a>
  );
}
