// What every page needs from its request: the reader's language (`?lang=` sets it and a cookie keeps it;
// Bahasa Indonesia by default), the texts in it, the link to the other language, and the session's form
// token when the page has a form.
import type { Request, Response } from 'express';
import type { Language } from '../domain/language';
import { formToken } from './csrf';
import type { PageContext } from './layout';
import { translator } from '../domain/messages';

const LANG_COOKIE = 'lang';
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

const isLanguage = (v: unknown): v is Language => v === 'id' || v === 'en';

/**
 * The query parameters a page in the other language keeps (which page of a list, which filter, which
 * application or stage): only these, so that nothing else a request carried (a link's token) is ever
 * written into a page's links.
 */
const KEPT_PARAMETERS = ['page', 'status', 'formation', 'stage', 'id', 'open', 'done', 'kind', 'year'];

/** The same page in the other language, with the parameters that say which view of it this is. */
export function otherLanguageHref(req: Request, lang: Language): string {
  const query = new URLSearchParams();
  for (const name of KEPT_PARAMETERS) {
    const value = req.query[name];
    if (typeof value === 'string' && value.length <= 100) query.set(name, value);
  }
  query.set('lang', lang === 'id' ? 'en' : 'id');
  return `${req.baseUrl}${req.path}?${query}`;
}

/** The reader's language: this request's `?lang=` (kept in a cookie), else the cookie, else `id`. */
export function languageOf(req: Request, res: Response, secure: boolean): Language {
  const asked = req.query.lang;
  if (isLanguage(asked)) {
    res.cookie(LANG_COOKIE, asked, { maxAge: YEAR_MS, httpOnly: true, sameSite: 'lax', secure, path: '/' });
    return asked;
  }
  const kept: unknown = (req.cookies as Record<string, unknown> | undefined)?.[LANG_COOKIE];
  return isLanguage(kept) ? kept : 'id';
}

export function pageContext(
  req: Request,
  res: Response,
  opts: { secure: boolean; form?: boolean },
): PageContext {
  const lang = languageOf(req, res, opts.secure);
  // A form token only for pages with a form (or a signed-in reader, whose pages have the sign-out form):
  // an anonymous reader of a page without one gets no session.
  const csrfToken = opts.form || req.session?.principal ? formToken(req) : '';
  return {
    lang,
    t: translator(lang),
    toggleHref: otherLanguageHref(req, lang),
    csrfToken,
  };
}
