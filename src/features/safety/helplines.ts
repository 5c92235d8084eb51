/**
 * Domestic-abuse and crisis lines by country, bundled with the app so help shows
 * offline and no third party learns that someone looked. Only well-known national
 * lines are listed; a number we could not confirm is left out (see the "verify"
 * list in docs/decisions/0010-helplines-by-country.md), never guessed.
 *
 * A deployment updates this file, sets HELPLINES_CHECKED_ON to the day it checked
 * every entry, and runs `npm run check-helplines` (format only, offline).
 */

/** The day this list was last reviewed, entry by entry (how: see the decision record). */
export const HELPLINES_CHECKED_ON = '2026-12-02';

/** For everywhere not listed, and as a second way in for everyone. */
export const HELPLINE_DIRECTORY = 'https://findahelpline.com';

export type HelplinePurpose = 'domestic-abuse' | 'crisis' | 'both';

export interface HelplineText {
  /** Where to send the message: a short code or a phone number, as written locally. */
  number: string;
  /** The word that starts the conversation; null when any message does. */
  keyword: string | null;
}

export interface Helpline {
  name: string;
  purpose: HelplinePurpose;
  /** Who or where the line serves when it is not everyone in the country ("Ontario", "men"). */
  serves?: string;
  /** As written in the country: digits, with single spaces or hyphens, optional leading +. */
  phone?: string;
  text?: HelplineText;
  /** A web chat, when the line has one (https). */
  chat?: string;
  web?: string;
  hours?: string;
}

export interface CountryHelp {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** The number for police and ambulance when someone is in danger now. */
  emergency: string;
  lines: Helpline[];
}

export const HELPLINES: readonly CountryHelp[] = [
  {
    code: 'AU',
    name: 'Australia',
    emergency: '000',
    lines: [
      { name: '1800RESPECT', purpose: 'domestic-abuse', phone: '1800 737 732', text: { number: '0458 737 732', keyword: null }, web: 'https://www.1800respect.org.au', hours: '24/7' },
      { name: 'Lifeline', purpose: 'crisis', phone: '13 11 14', text: { number: '0477 13 11 14', keyword: null }, web: 'https://www.lifeline.org.au', hours: '24/7' },
      { name: 'Beyond Blue', purpose: 'crisis', phone: '1300 22 4636', web: 'https://www.beyondblue.org.au', hours: '24/7' },
    ],
  },
  {
    code: 'AT',
    name: 'Austria',
    emergency: '112',
    lines: [
      { name: 'Frauenhelpline gegen Gewalt', purpose: 'domestic-abuse', phone: '0800 222 555', web: 'https://www.frauenhelpline.at', hours: '24/7' },
      { name: 'Telefonseelsorge', purpose: 'crisis', phone: '142', web: 'https://www.telefonseelsorge.at', hours: '24/7' },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: '911',
    lines: [
      { name: '9-8-8 Suicide Crisis Helpline', purpose: 'crisis', phone: '988', text: { number: '988', keyword: null }, web: 'https://988.ca', hours: '24/7' },
      { name: 'ShelterSafe (shelters near you)', purpose: 'domestic-abuse', web: 'https://www.sheltersafe.ca' },
      { name: 'Assaulted Women’s Helpline', purpose: 'domestic-abuse', serves: 'Ontario', phone: '1-866-863-0511', web: 'https://www.awhl.org', hours: '24/7' },
      { name: 'SOS violence conjugale', purpose: 'domestic-abuse', serves: 'Quebec', phone: '1-800-363-9010', web: 'https://sosviolenceconjugale.ca', hours: '24/7' },
    ],
  },
  {
    code: 'DK',
    name: 'Denmark',
    emergency: '112',
    lines: [
      { name: 'Lev Uden Vold', purpose: 'domestic-abuse', phone: '1888', web: 'https://levudenvold.dk', hours: '24/7' },
      { name: 'Livslinien', purpose: 'crisis', phone: '70 201 201', web: 'https://www.livslinien.dk' },
    ],
  },
  {
    code: 'FI',
    name: 'Finland',
    emergency: '112',
    lines: [
      { name: 'Nollalinja', purpose: 'domestic-abuse', phone: '080 005 005', web: 'https://www.nollalinja.fi', hours: '24/7' },
      { name: 'MIELI Crisis Helpline', purpose: 'crisis', phone: '09 2525 0111', web: 'https://mieli.fi', hours: '24/7' },
    ],
  },
  {
    code: 'FR',
    name: 'France',
    emergency: '112',
    lines: [
      { name: '3919 Violences Femmes Info', purpose: 'domestic-abuse', phone: '3919', web: 'https://arretonslesviolences.gouv.fr', hours: '24/7' },
      { name: '3114 Suicide prevention', purpose: 'crisis', phone: '3114', web: 'https://3114.fr', hours: '24/7' },
      // 114 takes texts for emergencies, for anyone who cannot speak safely.
      { name: '114 Emergency by text', purpose: 'both', text: { number: '114', keyword: null }, hours: '24/7' },
    ],
  },
  {
    code: 'DE',
    name: 'Germany',
    emergency: '112',
    lines: [
      { name: 'Hilfetelefon Gewalt gegen Frauen', purpose: 'domestic-abuse', phone: '116 016', web: 'https://www.hilfetelefon.de', hours: '24/7' },
      { name: 'Hilfetelefon Gewalt an Männern', purpose: 'domestic-abuse', serves: 'men', phone: '0800 123 99 00', web: 'https://www.maennerhilfetelefon.de' },
      { name: 'TelefonSeelsorge', purpose: 'crisis', phone: '0800 111 0 111', chat: 'https://online.telefonseelsorge.de', web: 'https://www.telefonseelsorge.de', hours: '24/7' },
    ],
  },
  {
    code: 'IS',
    name: 'Iceland',
    emergency: '112',
    lines: [
      { name: '1717 Red Cross helpline', purpose: 'both', phone: '1717', web: 'https://www.1717.is', hours: '24/7' },
      { name: '112 Violence help', purpose: 'domestic-abuse', web: 'https://www.112.is', hours: '24/7' },
    ],
  },
  {
    code: 'IN',
    name: 'India',
    emergency: '112',
    lines: [
      { name: 'Women Helpline', purpose: 'domestic-abuse', phone: '181', hours: '24/7' },
      { name: 'Tele MANAS', purpose: 'crisis', phone: '14416', web: 'https://telemanas.mohfw.gov.in', hours: '24/7' },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: '112',
    lines: [
      { name: 'Women’s Aid National Freephone Helpline', purpose: 'domestic-abuse', phone: '1800 341 900', web: 'https://www.womensaid.ie', hours: '24/7' },
      { name: 'Samaritans', purpose: 'crisis', phone: '116 123', web: 'https://www.samaritans.org/ireland', hours: '24/7' },
      { name: 'Text 50808', purpose: 'crisis', text: { number: '50808', keyword: 'HELLO' }, web: 'https://text50808.ie', hours: '24/7' },
    ],
  },
  {
    code: 'IT',
    name: 'Italy',
    emergency: '112',
    lines: [
      { name: '1522 Antiviolenza e Stalking', purpose: 'domestic-abuse', phone: '1522', web: 'https://www.1522.eu', hours: '24/7' },
      { name: 'Telefono Amico', purpose: 'crisis', phone: '02 2327 2327', web: 'https://www.telefonoamico.it' },
    ],
  },
  {
    code: 'NL',
    name: 'Netherlands',
    emergency: '112',
    lines: [
      { name: 'Veilig Thuis', purpose: 'domestic-abuse', phone: '0800 2000', web: 'https://veiligthuis.nl', hours: '24/7' },
      { name: '113 Zelfmoordpreventie', purpose: 'crisis', phone: '0800 0113', web: 'https://www.113.nl', hours: '24/7' },
    ],
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: '111',
    lines: [
      { name: 'Women’s Refuge crisis line', purpose: 'domestic-abuse', phone: '0800 733 843', web: 'https://womensrefuge.org.nz', hours: '24/7' },
      { name: 'Are You OK family violence line', purpose: 'domestic-abuse', phone: '0800 456 450', web: 'https://areyouok.org.nz' },
      { name: '1737 Need to talk?', purpose: 'crisis', phone: '1737', text: { number: '1737', keyword: null }, web: 'https://1737.org.nz', hours: '24/7' },
      { name: 'Lifeline Aotearoa', purpose: 'crisis', phone: '0800 543 354', text: { number: '4357', keyword: null }, web: 'https://www.lifeline.org.nz', hours: '24/7' },
    ],
  },
  {
    code: 'NO',
    name: 'Norway',
    emergency: '112',
    lines: [
      { name: 'Vold- og overgrepslinjen', purpose: 'domestic-abuse', phone: '116 006', web: 'https://dinutvei.no', hours: '24/7' },
      { name: 'Mental Helse Hjelpetelefonen', purpose: 'crisis', phone: '116 123', web: 'https://mentalhelse.no', hours: '24/7' },
      { name: 'Kirkens SOS', purpose: 'crisis', phone: '22 40 00 40', web: 'https://www.kirkens-sos.no', hours: '24/7' },
    ],
  },
  {
    code: 'ZA',
    name: 'South Africa',
    emergency: '10111',
    lines: [
      // SMS "help" to 31531 is the Command Centre's line for people with disabilities.
      { name: 'GBV Command Centre', purpose: 'domestic-abuse', phone: '0800 428 428', text: { number: '31531', keyword: 'help' }, web: 'https://gbv.org.za', hours: '24/7' },
      { name: 'SADAG Suicide Crisis Line', purpose: 'crisis', phone: '0800 567 567', web: 'https://www.sadag.org' },
    ],
  },
  {
    code: 'ES',
    name: 'Spain',
    emergency: '112',
    lines: [
      // 016 leaves no trace on the phone bill; WhatsApp reaches the same service.
      { name: '016 Violencia de género', purpose: 'domestic-abuse', phone: '016', text: { number: '600 000 016', keyword: null }, web: 'https://violenciagenero.igualdad.gob.es', hours: '24/7' },
      { name: '024 Línea de atención a la conducta suicida', purpose: 'crisis', phone: '024', hours: '24/7' },
      { name: 'Teléfono de la Esperanza', purpose: 'crisis', phone: '717 003 717', web: 'https://telefonodelaesperanza.org', hours: '24/7' },
    ],
  },
  {
    code: 'SE',
    name: 'Sweden',
    emergency: '112',
    lines: [
      { name: 'Kvinnofridslinjen', purpose: 'domestic-abuse', phone: '020-50 50 50', web: 'https://kvinnofridslinjen.se', hours: '24/7' },
      { name: 'Mind Självmordslinjen', purpose: 'crisis', phone: '90101', web: 'https://mind.se' },
    ],
  },
  {
    code: 'CH',
    name: 'Switzerland',
    emergency: '112',
    lines: [
      { name: '142 Help for victims of violence', purpose: 'domestic-abuse', phone: '142', hours: '24/7' },
      { name: 'Opferhilfe Schweiz / Aide aux victimes', purpose: 'domestic-abuse', web: 'https://www.opferhilfe-schweiz.ch' },
      { name: 'Die Dargebotene Hand / La Main Tendue', purpose: 'crisis', phone: '143', web: 'https://www.143.ch', hours: '24/7' },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: '999',
    lines: [
      { name: 'National Domestic Abuse Helpline', purpose: 'domestic-abuse', serves: 'England', phone: '0808 2000 247', web: 'https://www.nationaldahelpline.org.uk', hours: '24/7' },
      { name: 'Men’s Advice Line', purpose: 'domestic-abuse', serves: 'men', phone: '0808 801 0327', web: 'https://mensadviceline.org.uk' },
      { name: 'Samaritans', purpose: 'crisis', phone: '116 123', web: 'https://www.samaritans.org', hours: '24/7' },
      { name: 'Shout', purpose: 'crisis', text: { number: '85258', keyword: 'SHOUT' }, web: 'https://giveusashout.org', hours: '24/7' },
    ],
  },
  {
    code: 'US',
    name: 'United States',
    emergency: '911',
    lines: [
      { name: 'National Domestic Violence Hotline', purpose: 'domestic-abuse', phone: '1-800-799-7233', text: { number: '88788', keyword: 'START' }, web: 'https://www.thehotline.org', hours: '24/7' },
      { name: '988 Suicide & Crisis Lifeline', purpose: 'crisis', phone: '988', text: { number: '988', keyword: null }, web: 'https://988lifeline.org', hours: '24/7' },
      { name: 'Crisis Text Line', purpose: 'crisis', text: { number: '741741', keyword: 'HOME' }, web: 'https://www.crisistextline.org', hours: '24/7' },
    ],
  },
];

/** The help for one country, or undefined for a code we do not list. */
export function helpFor(code: string): CountryHelp | undefined {
  return HELPLINES.find((c) => c.code === code);
}

/** Digits (and a leading +) of a number as written, for a `tel:` or `sms:` link. */
export function dialable(number: string): string {
  return number.replace(/[\s-]/g, '');
}
