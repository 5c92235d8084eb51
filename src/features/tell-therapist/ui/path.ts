/** The page's address: under /for-you like the safety check, so a history list says nothing in particular. */
export const TELL_THERAPIST_PATH = '/for-you/therapist';
