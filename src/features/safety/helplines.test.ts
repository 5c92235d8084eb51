import { describe, expect, it } from 'vitest';
import { checkHelplines, HELPLINES_FRESH_DAYS, isDialable, isSafeLink } from './helplines-check';
import { dialable, HELPLINE_DIRECTORY, HELPLINES, HELPLINES_CHECKED_ON, helpFor, type CountryHelp } from './helplines';
import { ELSEWHERE, regionFrom } from './region';
import { siteName, smsLink } from './ui/helplines';

const REQUIRED = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'AT', 'CH', 'FR', 'ES', 'IT', 'NL', 'DK', 'FI', 'IS', 'NO', 'SE', 'IN', 'ZA'];

describe('the bundled helpline list', () => {
  it('passes the same format check as `npm run check-helplines`', () => {
    const { errors } = checkHelplines(HELPLINES, HELPLINES_CHECKED_ON, HELPLINE_DIRECTORY, new Date(`${HELPLINES_CHECKED_ON}T12:00:00Z`));
    expect(errors).toEqual([]);
  });

  it('has every country the issue asks for, each with an emergency number and a domestic-abuse line', () => {
    expect(HELPLINES.map((c) => c.code)).toEqual(expect.arrayContaining(REQUIRED));
    for (const code of REQUIRED) {
      const country = helpFor(code)!;
      expect(country.emergency, code).toBeTruthy();
      expect(country.lines.some((l) => l.purpose !== 'crisis'), `${code} has a line for domestic abuse`).toBe(true);
    }
  });

  it('keeps the well-known national lines', () => {
    const phones = (code: string) => helpFor(code)!.lines.map((l) => l.phone);
    expect(phones('US')).toEqual(expect.arrayContaining(['1-800-799-7233', '988']));
    expect(helpFor('US')!.lines[0]!.text).toEqual({ number: '88788', keyword: 'START' });
    expect(phones('GB')).toEqual(expect.arrayContaining(['0808 2000 247', '116 123']));
    expect(phones('DE')).toContain('116 016');
    expect(phones('AU')).toEqual(expect.arrayContaining(['1800 737 732', '13 11 14']));
    expect(phones('CA')).toContain('988');
  });

  it('points everywhere else at the international directory', () => {
    expect(HELPLINE_DIRECTORY).toBe('https://findahelpline.com');
  });
});

describe('checkHelplines', () => {
  const good: CountryHelp = { code: 'XX', name: 'Testland', emergency: '112', lines: [{ name: 'A line', purpose: 'both', phone: '0800 123 456', web: 'https://a.example' }] };
  const day = new Date('2026-06-01T00:00:00Z');
  const check = (countries: CountryHelp[], checkedOn = '2026-05-01', directory = HELPLINE_DIRECTORY) => checkHelplines(countries, checkedOn, directory, day);

  it('accepts a well-formed list', () => {
    expect(check([good])).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a country without an emergency number or without lines, and one listed twice', () => {
    expect(check([{ ...good, emergency: '' }]).errors).toEqual(['XX: the emergency number "" is not dialable']);
    expect(check([{ ...good, lines: [] }]).errors).toEqual(['XX: no line']);
    expect(check([good, good]).errors).toEqual(['XX: listed twice']);
    expect(check([{ ...good, code: 'xx' }]).errors).toEqual(['xx: the code should be two capital letters (ISO 3166-1)']);
  });

  it('refuses undialable numbers, unsafe links, doubled lines and a text number without a proper keyword', () => {
    const line = good.lines[0]!;
    const errorsOf = (lines: CountryHelp['lines']) => check([{ ...good, lines }]).errors;
    expect(errorsOf([{ ...line, phone: 'call us' }])).toEqual(['XX · A line: the phone "call us" is not dialable']);
    expect(errorsOf([{ ...line, web: 'http://a.example' }])).toEqual(['XX · A line: the web link "http://a.example" is not an https link with a host']);
    expect(errorsOf([{ ...line, chat: 'https://localhost' }])).toEqual(['XX · A line: the chat link "https://localhost" is not an https link with a host']);
    expect(errorsOf([{ ...line, chat: line.web }])).toEqual(['XX · A line: the chat link repeats the web link; keep only the web link']);
    expect(errorsOf([line, line])).toEqual(['XX · A line: listed twice', 'XX · A line: the phone 0800 123 456 is already another line\'s']);
    expect(errorsOf([{ ...line, text: { number: '88788', keyword: 'START NOW' } }])).toEqual([
      'XX · A line: the text keyword "START NOW" should be one word (or null when any message starts it)',
    ]);
    expect(errorsOf([{ name: 'Nowhere', purpose: 'crisis' }])).toEqual(['XX · Nowhere: no way to reach it (phone, text, chat or web)']);
  });

  it('warns when the list is older than a year, and refuses a date that is not a day or lies ahead', () => {
    const old = new Date(day.getTime() - (HELPLINES_FRESH_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    const report = check([good], old);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(check([good], '2026-05-32').errors).toEqual(['the list\'s date "2026-05-32" is not a day (YYYY-MM-DD)']);
    expect(check([good], '2026-07-01').errors).toEqual(['the list\'s date 2026-07-01 is in the future']);
    expect(check([good], '2026-05-01', 'findahelpline.com').errors).toHaveLength(1);
  });
});

describe('numbers and links', () => {
  it('isDialable takes numbers as written locally, and nothing else', () => {
    for (const n of ['988', '116 123', '1-800-799-7233', '020-50 50 50', '+44 808 2000 247']) expect(isDialable(n), n).toBe(true);
    for (const n of ['', '12', '1800RESPECT', '0800  2000', '-112', '1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6']) expect(isDialable(n), n).toBe(false);
  });

  it('isSafeLink takes https links with a host only', () => {
    expect(isSafeLink('https://www.thehotline.org')).toBe(true);
    for (const l of ['http://thehotline.org', 'javascript:alert(1)', 'https://user:pw@a.example', 'https://intranet', 'not a link']) expect(isSafeLink(l), l).toBe(false);
  });

  it('dialable, smsLink and siteName make what a phone and a reader need', () => {
    expect(dialable('1-800-799-7233')).toBe('18007997233');
    expect(smsLink('88788', 'START')).toBe('sms:88788?&body=START');
    expect(smsLink('0477 13 11 14', null)).toBe('sms:0477131114');
    expect(siteName('https://www.samaritans.org/ireland/')).toBe('samaritans.org/ireland');
    expect(siteName('https://988lifeline.org')).toBe('988lifeline.org');
  });
});

describe('regionFrom', () => {
  it('reads back a listed country or "elsewhere", and anything else as not chosen', () => {
    expect(regionFrom('GB')).toBe('GB');
    expect(regionFrom(ELSEWHERE)).toBe(ELSEWHERE);
    expect(regionFrom(null)).toBeNull();
    expect(regionFrom('XX')).toBeNull();
    expect(regionFrom('gb')).toBeNull();
  });
});
