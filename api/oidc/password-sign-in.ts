// Signs in to the embedded OpenID provider in code, as a browser would: the web client's authorization
// URL, the provider's redirects with their cookies, its sign-in form filled with a login and a password,
// the redirect back with the code, and the client's own code exchange (api/oidc/client.ts). There is no
// password grant in OpenID Connect (nor in oidc-provider): this is the real authorization code flow
// with PKCE, driven over HTTP. For `npm run token` and the tests; it knows only the embedded provider's form.
import type { OidcClient, PendingSignIn, SignInTokens } from './client';

export class SignInRefused extends Error {}

interface PasswordSignIn {
  login: string;
  password: string;
  /** The client's registered callback: the redirect to it ends the browser's part. */
  redirectUri: string;
}

/** Signs in and exchanges the code: the tokens. */
export async function signInWithPassword(client: OidcClient, o: PasswordSignIn): Promise<SignInTokens> {
  const { callbackQuery, pending } = await authorizeWithPassword(client, o);
  return client.exchange(callbackQuery, pending);
}

/** The browser's part: what the callback receives (its query) and what the session kept. */
export async function authorizeWithPassword(
  client: OidcClient,
  o: PasswordSignIn,
): Promise<{ callbackQuery: string; pending: PendingSignIn }> {
  const cookies = new Map<string, string>();
  const request = async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      signal: AbortSignal.timeout(10_000),
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return res;
  };
  /** Follows redirects until a page, or until the redirect back to the client (whose query it answers). */
  const follow = async (
    res: Response,
    at: URL,
  ): Promise<{ page?: { res: Response; url: URL }; callback?: string }> => {
    for (let hops = 0; hops < 10; hops++) {
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { page: { res, url: at } };
      const next = new URL(location, at);
      if (next.href.startsWith(o.redirectUri)) return { callback: next.search };
      await res.body?.cancel();
      at = next;
      res = await request(next);
    }
    throw new Error('the provider redirected more than 10 times');
  };

  const { url, pending } = await client.startSignIn();
  const first = await follow(await request(url), url);
  let callback = first.callback;
  if (!callback) {
    const { res, url: pageUrl } = first.page!;
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(`the provider's sign-in page did not come (${res.status} at ${pageUrl.pathname})`);
    const target = new URL(action.replace(/&amp;/g, '&'), pageUrl);
    const posted = await request(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: o.login, password: o.password }).toString(),
    });
    if (posted.status === 401) {
      await posted.body?.cancel();
      throw new SignInRefused(`the provider refused the login ${o.login} with this password`);
    }
    const after = await follow(posted, target);
    if (!after.callback)
      throw new Error(`the provider did not send the browser back (${after.page?.res.status ?? '?'})`);
    callback = after.callback;
  }
  return { callbackQuery: callback, pending };
}
