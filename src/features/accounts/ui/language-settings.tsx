import { useId } from 'react';
import { LOCALES, LOCALE_NAMES, isLocale, type Locale } from '../../../core/i18n/locales';
import { chooseLanguage, followsBrowser, localeOf, pageLocale } from '../../../core/web/language';
import { saveAccountLanguage } from './api';
import { copy } from './copy';

/**
 * The page's language: as the device says (the browser's languages), or one chosen here and kept
 * on this device. A change reloads the page, so no screen ever mixes two languages.
 * The section's heading is the select's label, so the choice is named once: "Language".
 */
/**
 * The account learns the language too (for notifications and reminders written while the person
 * is away); the page changes even when that cannot be saved now — the next sign-in tells it.
 */
async function choose(choice: Locale | null): Promise<void> {
  await saveAccountLanguage(localeOf(choice)).catch(() => {});
  chooseLanguage(choice);
}

export function LanguageSettings() {
  const words = copy.settings.language;
  const selectId = useId();
  const hintId = `${selectId}-hint`;
  const current = followsBrowser() ? '' : pageLocale();
  return (
    <section className="card">
      <h2 className="card-title">
        <label htmlFor={selectId}>{words.title}</label>
      </h2>
      <p id={hintId} className="muted">
        {words.hint}
      </p>
      <div className="field">
        <select
          id={selectId}
          className="field-input"
          aria-describedby={hintId}
          defaultValue={current}
          onChange={(e) => void choose(isLocale(e.target.value) ? e.target.value : null)}
        >
          <option value="">{words.device}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
