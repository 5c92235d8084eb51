import type { OutgoingMail } from '../../core/mail';
import { defineMessages, msg } from '../../core/i18n/messages';

/**
 * The mails Offbeat sends. A lock screen or a shared inbox may show them: they name nothing of
 * what anyone wrote, never a partner, and never press. Plain text, so every mail app reads them.
 * Each mail is one whole message (greeting to sign-off), so a translation reads as one letter.
 * They are written in the language of the request that sends them.
 */
const words = defineMessages('features/accounts/mail-copy', {
  resetPassword: {
    subject: 'A link to set a new Offbeat password',
    text: msg(`Hello {name},

Someone asked to set a new password for your Offbeat account. If it was you, open this link within an hour and choose one:

{link}

Everything you wrote is still there. Setting a new password logs you out on every device, so you can start fresh.

If this was not you, you can ignore this mail: nothing changes until the link is opened.

With care,
Offbeat`, { name: 'text', link: 'text' }),
  },
  verifySignup: {
    subject: 'Confirm your email for Offbeat',
    text: msg(`Hello {name},

Thank you for making an Offbeat account. Open this link within a day to confirm this is your email, and you are in:

{link}

If this was not you, you can ignore this mail: no account is made until the link is opened.

With care,
Offbeat`, { name: 'text', link: 'text' }),
  },
  signupWhenTaken: {
    subject: 'Someone tried to make an Offbeat account with your email',
    text: msg(`Hello {name},

Someone tried to make a new Offbeat account with this email, which already has one: yours. Nothing was changed.

If it was you, you can simply log in. If the password has slipped your mind, this link lets you set a new one within an hour:

{link}

If this was not you, you can ignore this mail: nothing changes until the link is opened.

With care,
Offbeat`, { name: 'text', link: 'text' }),
  },
  verifyEmailChange: {
    subject: 'Confirm your new email for Offbeat',
    text: msg(`Hello {name},

You asked for Offbeat to use this email from now on. Open this link within a day to confirm it:

{link}

If this was not you, you can ignore this mail: nothing changes until the link is opened.

With care,
Offbeat`, { name: 'text', link: 'text' }),
  },
  emailChangeWhenTaken: {
    subject: 'Someone asked to move an Offbeat account to your email',
    text: `Hello,

Someone asked for an Offbeat account to use this email, which already belongs to an Offbeat account. Nothing was changed.

If it was you, you already have an account with this email: you can log in with it, or set a new password from the log-in screen.

With care,
Offbeat`,
  },
  emailChanging: {
    subject: 'Your Offbeat email may change',
    text: msg(`Hello {name},

Someone signed in to your Offbeat account asked to use a different email from now on. It changes only once the link sent to the new address is opened.

If this was not you, change your password in Settings (or set a new one from the log-in screen), which logs out every other device.

With care,
Offbeat`, { name: 'text' }),
  },
}, { de: () => import('./mail-copy.de.json') });

export const mailCopy = {
  resetPassword: (to: string, name: string, link: string): OutgoingMail => ({
    to,
    subject: words.resetPassword.subject,
    text: words.resetPassword.text({ name, link }),
  }),
  verifySignup: (to: string, name: string, link: string): OutgoingMail => ({
    to,
    subject: words.verifySignup.subject,
    text: words.verifySignup.text({ name, link }),
  }),
  signupWhenTaken: (to: string, name: string, resetLink: string): OutgoingMail => ({
    to,
    subject: words.signupWhenTaken.subject,
    text: words.signupWhenTaken.text({ name, link: resetLink }),
  }),
  verifyEmailChange: (to: string, name: string, link: string): OutgoingMail => ({
    to,
    subject: words.verifyEmailChange.subject,
    text: words.verifyEmailChange.text({ name, link }),
  }),
  emailChangeWhenTaken: (to: string): OutgoingMail => ({
    to,
    subject: words.emailChangeWhenTaken.subject,
    text: words.emailChangeWhenTaken.text,
  }),
  emailChanging: (to: string, name: string): OutgoingMail => ({
    to,
    subject: words.emailChanging.subject,
    text: words.emailChanging.text({ name }),
  }),
};
