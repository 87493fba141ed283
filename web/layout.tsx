// Every page's frame: language, title, the stylesheet, a skip link, the site's name, the language toggle
// (a plain link: it works without JavaScript) and the footer. A page is a typed function of its data
// (STYLE.md): the route gathers the data through commands and renders; no template fetches or decides.
import type { ComponentChildren } from 'preact';
import type { Language } from '../domain/language';
import { stylesheetPath } from './assets';
import type { Translate } from '../domain/messages';

/** What every page gets from the request: the reader's language, its texts, the form token. */
export interface PageContext {
  lang: Language;
  t: Translate;
  /** The same page in the other language (the current path with `lang=`). */
  toggleHref: string;
  /** The session's form token (web/csrf.ts), put in every form. */
  csrfToken: string;
}

export function Layout(props: {
  ctx: PageContext;
  title: string;
  /** Where the site's name leads: the candidate's page, or a staff member's home. */
  home?: string;
  children: ComponentChildren;
}) {
  const { ctx, title, home = '/candidate', children } = props;
  const other = ctx.lang === 'id' ? 'en' : 'id';
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${ctx.t('site.name')}`}</title>
        <link rel="stylesheet" href={stylesheetPath} />
        {/* No icon to fetch: a browser's request for /favicon.ico would cost a round trip on slow data. */}
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip" href="#main">
          {ctx.t('site.skip')}
        </a>
        <header>
          <a class="site" href={home}>
            {ctx.t('site.name')}
          </a>
          <a href={ctx.toggleHref} hreflang={other} lang={other}>
            {ctx.t('site.otherLanguage')}
          </a>
        </header>
        <main id="main">
          <h1>{title}</h1>
          {children}
        </main>
        <footer>
          <p>{ctx.t('site.footer')}</p>
        </footer>
      </body>
    </html>
  );
}

/** The session's form token as a hidden field: every form that changes something carries it. */
export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}

/** A refusal or a validation message, placed beside the field it is about and named by it. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p class="error" id={id} role="alert">
      {message}
    </p>
  );
}
