/**
 * What the app shell may use from the pause feature without loading its
 * screen (that is a lazy route chunk), plus the pause's words for the
 * couple's activity feed.
 */
import './activity-words';

export { PauseLiveSync } from './live-sync';
export { PauseBanner } from './pause-banner';
export { QuickPause } from './quick-pause';
export { pauseCoversUntil, usePause } from './api';
