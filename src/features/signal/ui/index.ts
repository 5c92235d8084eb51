/**
 * What the app shell may use from the signal feature without loading a
 * screen: the live sync and the cards of the moment (both small), plus the
 * signal's words for the couple's activity feed.
 */
import './activity-words';

export { SignalLiveSync } from './live-sync';
export { SignalMoment } from './signal-moment';
