import { defineMessages } from '../../../core/i18n/messages';

/**
 * Words of a therapist's sign-up: a module of its own, so the first screen does not carry them.
 * They address a therapist; in German with "Sie".
 */
export const therapistCopy = defineMessages('features/accounts/ui/therapist-copy', {
  question: 'Are you a couples therapist?',
  instead: 'Sign up as a therapist',
  title: 'Sign up as a therapist',
  intro: 'Couples you work with can connect you to their space. You see only what each partner chooses to share, and they see each time you look.',
  note: 'A therapist account is for your work with couples. It is never a partner in a space.',
  submit: 'Create therapist account',
  partnerQuestion: 'Here for your own relationship?',
  partnerInstead: 'Create a partner account',
  fields: {
    name: 'Your name, as couples know you',
    nameHint: 'For example, Dr Sam Lee. Couples you connect with see this name.',
    practice: 'Your practice',
    practiceHint: 'Its name, as couples know it.',
    contact: 'How couples reach you',
    contactHint: 'An email or phone number for your practice. Couples you connect with see it.',
  },
  validation: {
    practice: 'Please add the name of your practice.',
    contact: 'Please add how couples can reach you.',
  },
}, { de: () => import('./therapist-copy.de.json') });
