import type { Reaction } from './api';

/**
 * Small drawn icons for the reactions: emoji depend on the device's fonts
 * (some show an empty box), these do not. Decorative: the word is beside them.
 */
export function ReactionIcon({ reaction }: { reaction: Reaction }) {
  return (
    <svg className="reaction-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {reaction === 'heart' && <path d="M12 20s-7.5-4.6-9.2-9.1C1.6 7.6 3.8 4.5 7 4.5c2 0 3.6 1.1 5 3 1.4-1.9 3-3 5-3 3.2 0 5.4 3.1 4.2 6.4C19.5 15.4 12 20 12 20z" />}
      {reaction === 'hug' && (
        <>
          <circle cx="8.5" cy="7" r="3" />
          <circle cx="15.5" cy="7" r="3" />
          <path d="M3 20c0-4 2.5-7 5.5-7 1.5 0 2.6.6 3.5 1.6.9-1 2-1.6 3.5-1.6 3 0 5.5 3 5.5 7" />
          <path d="M8 17.5c1.3 1 2.6 1.5 4 1.5s2.7-.5 4-1.5" />
        </>
      )}
      {reaction === 'same' && (
        <>
          <circle cx="9" cy="12" r="6" />
          <circle cx="15" cy="12" r="6" />
        </>
      )}
      {reaction === 'thank_you' && <path d="M12 3l2.3 5.6 6 .5-4.6 3.9 1.4 5.9L12 15.8 6.9 18.9l1.4-5.9L3.7 9.1l6-.5z" />}
    </svg>
  );
}
