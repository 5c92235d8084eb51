import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyRequest } from 'fastify';
import type { Api } from './context';
import { loadAllCatalogues, setLocaleSource } from '../i18n/messages';
import { SOURCE_LOCALE, acceptedLanguages, pickLocale, type Locale } from '../i18n/locales';

/**
 * On the server the reader is whoever the words are for: the person making the
 * request (their page sends its language as Accept-Language), or — for a push,
 * a mail or a reminder — the recipient (`inLocale` with their saved language).
 */
const readerLocale = new AsyncLocalStorage<Locale>();

export function inLocale<T>(locale: Locale, words: () => T): T {
  return readerLocale.run(locale, words);
}

export function localeOfRequest(request: Pick<FastifyRequest, 'headers'>): Locale {
  return pickLocale(acceptedLanguages(request.headers['accept-language']));
}

/**
 * Every request reads in its own language: set when it arrives and again just
 * before its handler, because a request body is read in the socket's own async
 * context, not the hook's. The error handler uses `request.locale` directly.
 */
export async function installReaderLocale(api: Api): Promise<void> {
  setLocaleSource(() => readerLocale.getStore() ?? SOURCE_LOCALE);
  await loadAllCatalogues();
  api.decorateRequest('locale', SOURCE_LOCALE);
  api.addHook('onRequest', (request, _reply, done) => {
    request.locale = localeOfRequest(request);
    readerLocale.run(request.locale, done);
  });
  api.addHook('preHandler', (request, _reply, done) => readerLocale.run(request.locale, done));
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The language this request's words are written in. */
    locale: Locale;
  }
}
