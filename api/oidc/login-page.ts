// The embedded OpenID provider's sign-in page: Bahasa Indonesia, English when the sign-in asks for it
// (`ui_locales=en`), its texts the catalogue's `provider.` entries (domain/messages/pages.ts); a plain form
// that works without JavaScript, labelled fields, the error announced (role="alert") and tied to the fields,
// readable contrast. Its only style is one <style> element, allowed by its hash in the page's
// Content-Security-Policy.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../../domain/email/content';
import { translator } from '../../domain/messages';

export type PageLanguage = 'id' | 'en';

const style = `body{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:26rem;margin:2rem auto;padding:0 1rem}
label{display:block;font-weight:600;margin-top:1rem}input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #555;border-radius:4px}
input:focus,button:focus{outline:3px solid #0b5cad;outline-offset:2px}.hint{color:#444;font-size:.9rem;margin:.25rem 0 0}
.error{color:#8a1010;border:1px solid #8a1010;background:#fff4f4;padding:.5rem;border-radius:4px}
button{font:inherit;margin-top:1.5rem;padding:.6rem 1.5rem;background:#0b5cad;color:#fff;border:0;border-radius:4px}`;

/** The style element's hash, for the CSP's style-src. */
export const pageStyleHash = `sha256-${createHash('sha256').update(style).digest('base64')}`;

/** The page's language from the sign-in's `ui_locales` (space-separated tags, first preferred). */
export function pageLanguage(uiLocales: unknown): PageLanguage {
  const first = typeof uiLocales === 'string' ? uiLocales.trim().split(/\s+/)[0] : undefined;
  return first?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

function page(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(lang: PageLanguage, o: { action: string; login?: string; error?: string }): string {
  const tr = translator(lang);
  const describedBy = o.error ? 'login-hint login-error' : 'login-hint';
  return page(
    lang,
    tr('provider.title'),
    `<h1>${escapeHtml(tr('provider.title'))}</h1><p>${escapeHtml(tr('provider.intro'))}</p>` +
      (o.error ? `<p class="error" id="login-error" role="alert">${escapeHtml(o.error)}</p>` : '') +
      `<form method="post" action="${escapeHtml(o.action)}">` +
      `<label for="login">${escapeHtml(tr('provider.login'))}</label>` +
      `<input id="login" name="login" autocomplete="username" required maxlength="100" aria-describedby="${describedBy}"${o.error ? ' aria-invalid="true"' : ''} value="${escapeHtml(o.login ?? '')}"${o.error ? '' : ' autofocus'}>` +
      `<p class="hint" id="login-hint">${escapeHtml(tr('provider.loginHint'))}</p>` +
      `<label for="password">${escapeHtml(tr('provider.password'))}</label>` +
      `<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"${o.error ? ' aria-invalid="true" aria-describedby="login-error"' : ''}>` +
      `<button type="submit">${escapeHtml(tr('provider.submit'))}</button></form>`,
  );
}

export function messagePage(lang: PageLanguage, title: string, body: string): string {
  return page(lang, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>`);
}
