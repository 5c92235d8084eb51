/** The choices the settings offer (the server takes any whole minutes in range: 1–1440, 1–10080). */
export const LOCK_AFTER_CHOICES = [1, 2, 5, 15, 30, 60] as const;
export const SIGN_OUT_CHOICES = [null, 15, 60, 240, 1440] as const;
export const PIN_PATTERN = /^\d{4,8}$/;
