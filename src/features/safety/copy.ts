import { defineMessages, msg } from '../../core/i18n/messages';
import type { HelplinePurpose } from './helplines';

/** The safety feature's words on every screen: the hint beside a field, the helplines, the quick exit. */
const words = defineMessages('features/safety/copy', {
  /**
   * Words beside a field when the word check notices harm or fear. Calm and kind: they never
   * say what the person's relationship is, never blame, never hurry — an open door, nothing more.
   */
  hint: {
    line: 'If you are ever hurt, afraid or kept from the people and things you need, you deserve support that is just for you.',
    link: 'Help, whenever you want it',
    private: 'Only you see this note. Nothing about it is saved or sent.',
  },
  /**
   * What the helpline list says. Plain and calm: what each line is for and how to reach it,
   * never what someone's relationship is. The lines' own names, numbers and hours are data
   * (helplines.ts); countries are named by Intl in the page's language.
   */
  helplines: {
    whereLabel: 'Where are you?',
    whereHint: 'Your answer stays on this device. It is not sent anywhere.',
    chooseCountry: 'Choose a country',
    elsewhere: 'Somewhere else',
    listLabel: msg('Helplines in {country}', { country: 'text' }),
    purpose: {
      'domestic-abuse': 'Domestic abuse',
      crisis: 'Crisis and emotional support',
      both: 'Domestic abuse and crisis',
    } satisfies Record<HelplinePurpose, string>,
    /** Who a line serves when not everyone: a place's name as the data spells it, or a group ("men"). */
    serves: msg('For {who, select, men {men} other {{who}}}', { who: 'text' }),
    call: msg('Call {number}', { number: 'text' }),
    /** A text line where any message starts the conversation; with a starting word, the one below. */
    text: msg('Text {number}', { number: 'text' }),
    textKeyword: msg('Text {keyword} to {number}', { keyword: 'text', number: 'text' }),
    chat: 'Chat online',
    emergency: msg('Call {number}', { number: 'text' }),
    notChosen: 'Choose your country to see the lines you can call or text there, or look one up anywhere:',
    elsewhereBody: 'This directory finds free, confidential lines near you, in most countries:',
    another: 'Somewhere else, or want more choices?',
    directory: 'Find a helpline near you at findahelpline.com',
    trail: 'Calls and texts to these lines can show in your phone’s call list, messages and bill. If someone checks your phone, you can delete them afterwards.',
  },
  /** Words of the quick exit. */
  quickExit: {
    button: { text: 'Exit', label: 'Exit: leave this site now' },
    settings: {
      title: 'Quick exit',
      intro: 'The Exit button at the top, or pressing Shift three times, hides Offbeat at once and opens another site in its place.',
      to: 'Site to open instead',
      toHint: 'An https address. Pick one you often visit, so it looks ordinary.',
      toInvalid: 'Please use a full https address, like https://www.bbc.com/weather.',
      leaveNoTrail: 'Leave no trail on this device',
      leaveNoTrailHint: 'Moving between screens does not add to this browser’s history, so Back after a quick exit does not lead into Offbeat.',
      save: 'Save',
      saved: 'Saved on this device.',
      limits: [
        'A quick exit cannot erase what is already in this browser’s history, other tabs, or anything on a device someone else can see into.',
        'If someone checks your phone or computer, a private window and a device only you use are safer.',
      ],
    },
  },
}, { de: () => import('./copy.de.json') });

export const safetyCopy = { hint: words.hint };
export const helplinesCopy = words.helplines;
export const quickExitCopy = words.quickExit;

