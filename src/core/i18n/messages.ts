import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, SOURCE_LOCALE, primaryLanguage, type Locale } from './locales';

/**
 * Every word Offbeat shows goes through here. A feature writes its English as
 * ICU messages in its copy file with `defineMessages`, beside one JSON
 * catalogue per other language mirroring the same tree (`copy.de.json`), loaded
 * only when that language is read. Formatting is intl-messageformat
 * (FormatJS): plurals, selects, numbers and dates by the reader's locale, so no
 * sentence is ever built from fragments in code.
 */

export type ArgKind = 'text' | 'number' | 'date';
type ArgValue<K extends ArgKind> = K extends 'number' ? number : K extends 'date' ? Date : string;
export type ArgsOf<A extends Record<string, ArgKind>> = { [K in keyof A]: ArgValue<A[K]> };

/** A message with values to insert: the names and kinds are declared, and the catalogue test holds every language to them. */
export interface MessageWithArgs<A extends Record<string, ArgKind>> {
  readonly kind: 'message-with-args';
  readonly text: string;
  readonly args: A;
}

/** `msg('{partner} noticed the loop', { partner: 'text' })` — English source with its values declared. */
export function msg<A extends Record<string, ArgKind>>(text: string, args: A): MessageWithArgs<A> {
  return { kind: 'message-with-args', text, args };
}

/** What a copy tree becomes: each string a string in the reader's language, each message with values a function of them. */
export type Resolved<T> = T extends string
  ? string
  : T extends MessageWithArgs<infer A>
    ? (values: ArgsOf<A>) => string
    : T extends number | boolean | null | undefined
      ? T
      : T extends readonly (infer E)[]
        ? readonly Resolved<E>[]
        : { readonly [K in keyof T]: Resolved<T[K]> };

export interface SourceMessage {
  key: string;
  text: string;
  /** Declared values (empty for a plain string). */
  args: Record<string, ArgKind>;
}

/** Each other language's catalogue for one copy file, loaded on demand (a JSON import, so it ships as its own chunk). */
export type Translations = Record<Exclude<Locale, 'en'>, () => Promise<{ default: object }>>;

const sourceMessages = new Map<string, SourceMessage>();
const catalogues = new Map<Locale, Map<string, string>>();
const loaders = new Map<string, Translations>();
const loaded = new Set<string>();
const formatters = new Map<string, IntlMessageFormat>();

/**
 * One plural rule, number and date format per locale and options for every message, rather than a
 * set per message: on a slow phone, making Intl objects is most of the cost of a screen's first words.
 */
function memoized<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}
const sharedFormatters = {
  getNumberFormat: memoized((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
  getDateTimeFormat: memoized((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
  getPluralRules: memoized((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
};
// Each new message asks the engine which locales it supports (Intl.NumberFormat.supportedLocalesOf);
// the answer for a locale never changes, so it is asked once.
IntlMessageFormat.resolveLocale = memoized(IntlMessageFormat.resolveLocale);
let localeSource: () => Locale = () => SOURCE_LOCALE;

/** Every English message defined so far, by key (for the catalogue check and for translators). */
export function definedMessages(): ReadonlyMap<string, SourceMessage> {
  return sourceMessages;
}

/** Where the reader's language comes from: the page's choice in a browser, the request or recipient on the server. */
export function setLocaleSource(source: () => Locale): void {
  localeSource = source;
}

export function currentLocale(): Locale {
  return localeSource();
}

let regionalTags: readonly string[] = [];

/** The reader's own tags (a browser's `navigator.languages`), so dates follow their region: "en-GB" writes 20 Dec 2026. */
export function setRegionalTags(tags: readonly string[]): void {
  regionalTags = tags;
}

/** The tag dates and numbers are written with: the reader's own tag for the page's language, else the language. */
export function formattingLocale(): string {
  const locale = currentLocale();
  return regionalTags.find((tag) => primaryLanguage(tag) === locale) ?? locale;
}

/**
 * Loads `locale`'s catalogue of every copy file defined so far that is not yet
 * loaded. The browser awaits it before showing a screen whose code just
 * arrived; the server awaits it for every language at start.
 */
export async function loadCatalogues(locale: Locale): Promise<void> {
  if (locale === 'en') return;
  const pending = [...loaders].filter(([namespace]) => !loaded.has(`${locale}:${namespace}`));
  await Promise.all(
    pending.map(async ([namespace, translations]) => {
      const tree = (await translations[locale]()).default;
      addCatalogue(locale, namespace, tree as Record<string, unknown>);
      loaded.add(`${locale}:${namespace}`);
    }),
  );
}

export async function loadAllCatalogues(): Promise<void> {
  await Promise.all(LOCALES.map(loadCatalogues));
}

function addCatalogue(locale: Locale, namespace: string, tree: Record<string, unknown>): void {
  const entries = catalogues.get(locale) ?? new Map<string, string>();
  for (const [key, text] of flatten(tree, namespace)) entries.set(key, text);
  catalogues.set(locale, entries);
  for (const cacheKey of formatters.keys()) if (cacheKey.startsWith(`${locale}\u0000${namespace}.`)) formatters.delete(cacheKey);
}

/** A loaded language's messages by key (for the catalogue check). */
export function catalogue(locale: Locale): ReadonlyMap<string, string> {
  return catalogues.get(locale) ?? new Map();
}

function flatten(tree: Record<string, unknown>, prefix: string): Array<[string, string]> {
  return Object.entries(tree).flatMap(([name, value]): Array<[string, string]> => {
    const key = `${prefix}.${name}`;
    if (typeof value === 'string') return [[key, value]];
    if (value !== null && typeof value === 'object') return flatten(value as Record<string, unknown>, key);
    return [];
  });
}

/** The message for `key` in the reader's language, its values put in. */
export function format(key: string, values?: Record<string, string | number | Date>): string {
  const source = sourceMessages.get(key);
  if (!source) throw new Error(`no message ${key}`);
  const locale = currentLocale();
  // A missing translation falls back to English rather than showing a key; the catalogue test keeps none missing.
  const text = locale === SOURCE_LOCALE ? source.text : (catalogues.get(locale)?.get(key) ?? source.text);
  if (values === undefined && !/[{}']/.test(text)) return text;
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true, formatters: sharedFormatters });
    formatters.set(cacheKey, formatter);
  }
  return String(formatter.format(values));
}

/**
 * A feature's words: the English tree in, the same tree out with every string
 * read in the reader's language each time it is read (a getter), and every
 * message with values a function of them. Numbers and booleans pass through; a
 * subtree of another copy file (already resolved) is kept as it is. Functions
 * are refused: logic that picks words is a plural or a select in the message.
 */
export function defineMessages<T extends object>(namespace: string, tree: T, translations: Translations): Resolved<T> {
  loaders.set(namespace, translations);
  return resolveTree(tree, namespace) as Resolved<T>;
}

const RESOLVED = Symbol('resolved copy');

function resolveTree(node: object, prefix: string): object {
  const out: object = Array.isArray(node) ? [] : {};
  Object.defineProperty(out, RESOLVED, { value: true });
  for (const [name, value] of Object.entries(node)) {
    const key = `${prefix}.${name}`;
    if (typeof value === 'function') throw new Error(`${key}: copy holds messages, not functions (use msg() with a plural or select)`);
    if (typeof value === 'object' && value !== null && RESOLVED in value) {
      Object.defineProperty(out, name, { enumerable: true, value });
    } else if (typeof value === 'string') {
      register({ key, text: value, args: {} });
      Object.defineProperty(out, name, { enumerable: true, get: () => format(key) });
    } else if (isMessageWithArgs(value)) {
      register({ key, text: value.text, args: value.args });
      Object.defineProperty(out, name, { enumerable: true, value: (values: Record<string, string | number | Date>) => format(key, values) });
    } else if (value !== null && typeof value === 'object') {
      Object.defineProperty(out, name, { enumerable: true, value: resolveTree(value, key) });
    } else {
      Object.defineProperty(out, name, { enumerable: true, value });
    }
  }
  return Object.freeze(out);
}

function isMessageWithArgs(value: unknown): value is MessageWithArgs<Record<string, ArgKind>> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'message-with-args';
}

function register(message: SourceMessage): void {
  const known = sourceMessages.get(message.key);
  // Hot reload and tests may load a module twice; two different texts under one key is a real clash.
  if (known && known.text !== message.text) throw new Error(`two messages named ${message.key}`);
  sourceMessages.set(message.key, message);
}
