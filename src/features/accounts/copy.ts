/** Words the server says about accounts. Kind, plain, and never blaming. */
export const accountCopy = {
  emailTaken: 'There is already an account with this email. Try logging in instead.',
  invalidCredentials: 'That email and password do not match. Please try again.',
  wrongPassword: 'That is not your current password.',
  sessionNotFound: 'That session has already ended.',
  loginSlowed: 'To keep this account safe, logging in from here waits a little after several tries. Please try again in a few minutes.',
} as const;
