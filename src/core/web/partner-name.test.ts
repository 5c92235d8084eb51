import { describe, expect, it } from 'vitest';
import { readerForTests } from '../../../test/support/reading-in';
import { atStart, partnerFallback } from './partner-name';

const read = readerForTests();

describe('the partner named before anyone has joined', () => {
  it('is "your partner" inside an English sentence and "Your partner" where one begins', () => {
    expect(partnerFallback()).toBe('your partner');
    expect(atStart(partnerFallback())).toBe('Your partner');
  });

  it('stands in the page’s language, read when shown', () => {
    read('de');
    expect(partnerFallback()).toBe('dein Gegenüber');
    expect(atStart(partnerFallback())).toBe('Dein Gegenüber');
  });

  it('never re-cases a real name, whatever it looks like', () => {
    for (const name of ['sam', 'Sam', 'your partner ', 'dein gegenüber', 'ÉLODIE']) expect(atStart(name)).toBe(name);
    read('de');
    // The English stand-in is somebody's chosen name on a German page, not the stand-in.
    expect(atStart('your partner')).toBe('your partner');
  });
});
