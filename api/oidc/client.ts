// The web pages' side of staff sign-in: the OpenID Connect authorization code flow with PKCE through
// openid-client (discovery, the authorization URL, the code exchange with the ID token's checks),
// against OIDC_ISSUER or the embedded provider alike. It knows no HTTP framework and keeps no state:
// `startSignIn` gives the address to send the browser to and what the session must keep until the
// callback; `finishSignIn` takes the callback's query and that, and answers who signed in, as the API
// sees them: the access token verified by the same `Auth` as every API request (roles claim, registry).
import * as oidc from 'openid-client';
import type { Principal } from '../../domain/actor';
import { Problem, unauthorized } from '../../commands/errors';
import type { Auth } from '../auth';

/** Where the provider sends the browser back: `PUBLIC_URL` + this path (registered with the provider). */
export const SIGN_IN_CALLBACK_PATH = '/signin/callback';

export interface OidcClientOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The callback's full URL, as registered with the provider. */
  redirectUri: string;
}

/** What the session keeps between `startSignIn` and `finishSignIn` (never in a URL or a log). */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
}

export interface SignInTokens {
  accessToken: string;
  /** When the access token expires (ms since the epoch): end the session then, or sign in again. */
  expiresAt: number;
  idToken?: string;
}

export interface SignedIn extends SignInTokens {
  principal: Principal;
}

export function oidcClient(o: OidcClientOptions) {
  let configuration: Promise<oidc.Configuration> | undefined;
  const config = () =>
    (configuration ??= oidc
      .discovery(
        new URL(o.issuer),
        o.clientId,
        o.clientSecret,
        oidc.ClientSecretBasic(o.clientSecret),
        // A local provider is served over plain HTTP; any other must be HTTPS.
        new URL(o.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        configuration = undefined;
        throw new Problem(
          503,
          'Service Unavailable',
          `the OpenID provider does not answer (${(err as Error).message}); try again shortly`,
          undefined,
          undefined,
          5,
        );
      }));

  return {
    /** The provider's sign-in address, and what to keep for the callback. `language`: its page's. */
    async startSignIn(opts: { language?: 'id' | 'en' } = {}): Promise<{ url: URL; pending: PendingSignIn }> {
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const url = oidc.buildAuthorizationUrl(await config(), {
        redirect_uri: o.redirectUri,
        scope: 'openid profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        ui_locales: opts.language ?? 'id',
      });
      return { url, pending: { state, codeVerifier } };
    },

    /** Exchanges the callback's code for tokens (state, PKCE, issuer and the ID token checked). */
    async exchange(callbackQuery: URLSearchParams | string, pending: PendingSignIn): Promise<SignInTokens> {
      const current = new URL(o.redirectUri);
      current.search = new URLSearchParams(callbackQuery).toString();
      try {
        const tokens = await oidc.authorizationCodeGrant(await config(), current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
        });
        return {
          accessToken: tokens.access_token,
          expiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000,
          ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
        };
      } catch (err) {
        if (err instanceof Problem) throw err;
        const e = err as { error?: unknown; message?: string };
        throw unauthorized(`the sign-in did not complete (${String(e.error ?? e.message ?? 'error')})`);
      }
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;

/** The module the web pages mount: start a sign-in, finish it into a principal. */
export function staffSignIn(deps: { client: OidcClient; auth: Auth }) {
  return {
    startSignIn: deps.client.startSignIn,
    async finishSignIn(callbackQuery: URLSearchParams | string, pending: PendingSignIn): Promise<SignedIn> {
      const tokens = await deps.client.exchange(callbackQuery, pending);
      const principal = await deps.auth.verify(`Bearer ${tokens.accessToken}`);
      return { ...tokens, principal };
    },
  };
}

export type StaffSignIn = ReturnType<typeof staffSignIn>;
