/** What the app shell uses from the check-in feature. */
export { CheckinCard } from './checkin-card';
export { CHECKIN_PATH } from './path';
