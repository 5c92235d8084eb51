/**
 * The languages Offbeat speaks. English is the source every message is written
 * in (in each feature's copy files); every other language is a catalogue that
 * must hold every English key (test/i18n-catalogues.test.ts).
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among a person's preferences, most preferred
 * first ("de-AT" counts as German); English when none is supported.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = primaryLanguage(tag);
    if (isLocale(language)) return language;
  }
  return SOURCE_LOCALE;
}

/** A tag's language without its region or script: "de-AT" → "de". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A saved language as one Offbeat speaks (English when none is known). */
export function localeOrSource(saved: string | null | undefined): Locale {
  return isLocale(saved) ? saved : SOURCE_LOCALE;
}

/** The languages an Accept-Language header asks for, in order of its q-values. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}
