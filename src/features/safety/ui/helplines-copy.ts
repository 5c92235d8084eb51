import type { HelplinePurpose } from '../helplines';

/**
 * What the helpline list says, in one place (ready for translation). Plain and
 * calm: what each line is for and how to reach it, never what someone's
 * relationship is.
 */
export const helplinesCopy = {
  whereLabel: 'Where are you?',
  whereHint: 'Your answer stays on this device. It is not sent anywhere.',
  chooseCountry: 'Choose a country',
  elsewhere: 'Somewhere else',
  listLabel: (country: string) => `Helplines in ${country}`,
  purpose: {
    'domestic-abuse': 'Domestic abuse',
    crisis: 'Crisis and emotional support',
    both: 'Domestic abuse and crisis',
  } satisfies Record<HelplinePurpose, string>,
  serves: (who: string) => `For ${who}`,
  call: (number: string) => `Call ${number}`,
  text: (number: string, keyword: string | null) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
  chat: 'Chat online',
  emergency: (number: string) => `Call ${number}`,
  notChosen: 'Choose your country to see the lines you can call or text there, or look one up anywhere:',
  elsewhereBody: 'This directory finds free, confidential lines near you, in most countries:',
  another: 'Somewhere else, or want more choices?',
  directory: 'Find a helpline near you at findahelpline.com',
  trail: 'Calls and texts to these lines can show in your phone’s call list, messages and bill. If someone checks your phone, you can delete them afterwards.',
} as const;
