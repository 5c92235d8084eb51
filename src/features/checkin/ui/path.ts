/** Where the weekly check-in lives. */
export const CHECKIN_PATH = '/check-in';
