/**
 * What the app shell may use from the pause feature without loading its
 * screen (that is a lazy route chunk).
 */
export { PauseLiveSync } from './live-sync';
export { PauseBanner } from './pause-banner';
