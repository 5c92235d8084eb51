import type { CountryHelp, Helpline } from './helplines';

/**
 * The offline format check of the helpline list, shared by `npm run check-helplines`
 * and the unit test. It cannot tell whether a number still rings; it makes sure
 * every entry can be tapped, nothing is missing or doubled, and the list is dated.
 */

export interface HelplineReport {
  errors: string[];
  warnings: string[];
}

/** A list reviewed longer ago than this is still shown, with a warning to whoever maintains it. */
export const HELPLINES_FRESH_DAYS = 365;

const PHONE = /^\+?\d+(?:[ -]\d+)*$/;
const KEYWORD = /^[A-Za-z0-9]+$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A number as written locally is dialable: digits in groups, 3 to 15 of them (E.164's limit). */
export function isDialable(number: string): boolean {
  const digits = number.replace(/\D/g, '').length;
  return PHONE.test(number) && digits >= 3 && digits <= 15;
}

/** A link a person may tap: https, with a real host, nothing hidden in it. */
export function isSafeLink(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

export function checkHelplines(countries: readonly CountryHelp[], checkedOn: string, directory: string, today: Date): HelplineReport {
  const errors: string[] = [];
  const warnings: string[] = [];

  const reviewed = ISO_DAY.test(checkedOn) ? new Date(`${checkedOn}T00:00:00Z`) : null;
  if (!reviewed || Number.isNaN(reviewed.getTime())) errors.push(`the list's date "${checkedOn}" is not a day (YYYY-MM-DD)`);
  else if (reviewed.getTime() > today.getTime()) errors.push(`the list's date ${checkedOn} is in the future`);
  else {
    const age = Math.floor((today.getTime() - reviewed.getTime()) / 86_400_000);
    if (age > HELPLINES_FRESH_DAYS) warnings.push(`the list was last reviewed ${age} days ago (${checkedOn}); please review every entry and update HELPLINES_CHECKED_ON`);
  }
  if (!isSafeLink(directory)) errors.push(`the directory link "${directory}" is not an https link with a host`);

  const codes = new Set<string>();
  for (const country of countries) {
    const where = country.code || country.name || '(a country without a code)';
    if (!COUNTRY_CODE.test(country.code)) errors.push(`${where}: the code should be two capital letters (ISO 3166-1)`);
    if (codes.has(country.code)) errors.push(`${where}: listed twice`);
    codes.add(country.code);
    if (!country.name.trim()) errors.push(`${where}: no name`);
    if (!isDialable(country.emergency)) errors.push(`${where}: the emergency number "${country.emergency}" is not dialable`);
    if (country.lines.length === 0) errors.push(`${where}: no line`);
    errors.push(...checkLines(where, country.lines));
  }
  return { errors, warnings };
}

function checkLines(where: string, lines: readonly Helpline[]): string[] {
  const errors: string[] = [];
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const line of lines) {
    const at = `${where} · ${line.name || '(a line without a name)'}`;
    if (!line.name.trim()) errors.push(`${at}: no name`);
    if (names.has(line.name)) errors.push(`${at}: listed twice`);
    names.add(line.name);
    if (!line.phone && !line.text && !line.chat && !line.web) errors.push(`${at}: no way to reach it (phone, text, chat or web)`);
    if (line.phone !== undefined) {
      if (!isDialable(line.phone)) errors.push(`${at}: the phone "${line.phone}" is not dialable`);
      const digits = line.phone.replace(/\D/g, '');
      if (numbers.has(digits)) errors.push(`${at}: the phone ${line.phone} is already another line's`);
      numbers.add(digits);
    }
    if (line.text) {
      if (!isDialable(line.text.number)) errors.push(`${at}: the text number "${line.text.number}" is not dialable`);
      if (line.text.keyword !== null && !KEYWORD.test(line.text.keyword)) errors.push(`${at}: the text keyword "${line.text.keyword}" should be one word (or null when any message starts it)`);
    }
    for (const [label, link] of [['web', line.web], ['chat', line.chat]] as const) {
      if (link !== undefined && !isSafeLink(link)) errors.push(`${at}: the ${label} link "${link}" is not an https link with a host`);
    }
    if (line.chat !== undefined && line.chat === line.web) errors.push(`${at}: the chat link repeats the web link; keep only the web link`);
    if (line.hours !== undefined && !line.hours.trim()) errors.push(`${at}: empty hours (leave them out when unknown)`);
  }
  return errors;
}
