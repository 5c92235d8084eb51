import { currentLocale, loadCatalogues, setLocaleSource, setRegionalTags } from '../i18n/messages';
import { isLocale, pickLocale, type Locale } from '../i18n/locales';

/**
 * The page's language: the person's choice on this device, else the first of
 * the browser's languages Offbeat speaks. Chosen once at start (a change
 * reloads the page), so every screen reads one language throughout.
 */
const STORAGE_KEY = 'offbeat.language';

function storedChoice(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLocale(): Locale {
  return pickLocale(navigator.languages ?? [navigator.language]);
}

/** The language a choice leads to: the one chosen, or the browser's (`null`). */
export function localeOf(choice: Locale | null): Locale {
  return choice ?? browserLocale();
}

export function startLanguage(): Promise<void> {
  const locale = localeOf(storedChoice());
  setLocaleSource(() => locale);
  setRegionalTags(navigator.languages ?? [navigator.language]);
  document.documentElement.lang = locale;
  return loadCatalogues(locale);
}

/** The language the page reads in (also sent with every request, so the server answers in it). */
export function pageLocale(): Locale {
  return currentLocale();
}

/** Whether the language follows the browser (no choice stored on this device). */
export function followsBrowser(): boolean {
  return storedChoice() === null;
}

/** Keeps the choice on this device and reloads, so every screen starts again in it. `null` follows the browser again. */
export function chooseLanguage(locale: Locale | null): void {
  try {
    if (locale === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
  location.reload();
}

/** Before showing code that just arrived, its words in the page's language (nothing to wait for in English). */
export function wordsFor<T>(module: T): Promise<T> {
  return loadCatalogues(currentLocale()).then(() => module);
}
