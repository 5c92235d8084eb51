/** The heart feature's screens, for the shell to compose. */
export { HeartCard } from './heart-card';
export { HeartInPause } from './heart-in-pause';
export { HEART_PATH } from './path';
