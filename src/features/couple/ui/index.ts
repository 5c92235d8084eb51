/**
 * What the app shell may use from the couple feature without loading its
 * screens (those are imported lazily, one file per route).
 */
export { coupleCursor } from './api';
export { CoupleLiveSync } from './live-sync';
