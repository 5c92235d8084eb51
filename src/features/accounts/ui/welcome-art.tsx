/**
 * The welcome screen's three small pictures: two people (two colours) going round
 * the loop, pausing side by side with a countdown, and two paths that part and meet
 * again. Decorative (the words beside them say it all), drawn with the palette's
 * colours so they follow light and dark mode.
 */
const art = { width: 64, height: 64, viewBox: '0 0 64 64', 'aria-hidden': true, focusable: false, className: 'welcome-art' } as const;

export function LoopArt() {
  return (
    <svg {...art}>
      <rect className="art-ground" width="64" height="64" rx="18" />
      <path className="art-one" d="M32 14 A18 18 0 0 1 32 50" />
      <path className="art-two" d="M32 50 A18 18 0 0 1 32 14" />
      <polygon className="art-one-fill" points="27,50 35,45 35,55" />
      <polygon className="art-two-fill" points="37,14 29,9 29,19" />
      <circle className="art-one-fill" cx="50" cy="32" r="6" />
      <circle className="art-two-fill" cx="14" cy="32" r="6" />
    </svg>
  );
}

export function PauseArt() {
  return (
    <svg {...art}>
      <rect className="art-ground" width="64" height="64" rx="18" />
      <circle className="art-track" cx="32" cy="32" r="20" />
      <path className="art-one" d="M32 12 A20 20 0 1 1 12 32" />
      <line className="art-tether" x1="24" y1="34" x2="40" y2="34" />
      <circle className="art-one-fill" cx="24" cy="34" r="5" />
      <circle className="art-two-fill" cx="40" cy="34" r="5" />
    </svg>
  );
}

export function RepairArt() {
  return (
    <svg {...art}>
      <rect className="art-ground" width="64" height="64" rx="18" />
      <path className="art-one" d="M12 32 C20 32 23 19 32 19 C41 19 44 32 52 32" />
      <path className="art-two" d="M12 32 C20 32 23 45 32 45 C41 45 44 32 52 32" />
      <line className="art-tether" x1="32" y1="24" x2="32" y2="40" />
      <circle className="art-one-fill" cx="12" cy="32" r="4" />
      <circle className="art-meet" cx="52" cy="32" r="6" />
    </svg>
  );
}
