/**
 * What the app shell may use from the signal feature without loading a
 * screen: the live sync and the partner's signal card (both small), plus the
 * signal's words for the couple's activity feed.
 */
import './activity-words';

export { SignalLiveSync } from './live-sync';
export { IncomingSignal } from './incoming-signal';
