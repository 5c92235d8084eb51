/** Where the heart screen lives (a constant of its own, so the shell's routes import no screen code). */
export const HEART_PATH = '/heart';
