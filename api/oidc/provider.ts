// The embedded OpenID provider of `npm start` (and of the tests and docker-compose when OIDC_ISSUER is not
// set): oidc-provider, a certified implementation, with the accounts of api/oidc/directory.ts, its own
// sign-in page (api/oidc/login-page.ts) and one client, the web pages (authorization code with PKCE, a
// client secret). The API's access tokens are JWTs for one resource (RFC 8707 resource indicators), with
// the holder's roles and NIP under the claim names the API reads (OIDC_ROLES_CLAIM, OIDC_NIP_CLAIM): the
// same tokens, checked the same way, as from a city's Keycloak. Its sessions and codes live in memory
// (oidc-provider's memory adapter): a restart signs everyone out of the provider, not out of sdm-flow.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Provider, errors, type Configuration } from 'oidc-provider';
import type { AccountDirectory } from './directory';
import { translator } from '../../domain/messages';
import { loginPage, messagePage, pageLanguage, pageStyleHash } from './login-page';

/** The resource indicator of sdm-flow's API: access tokens for it are JWTs (`aud`: the audience). */
export const API_RESOURCE = 'urn:sdm-flow:api';

export interface EmbeddedProviderOptions {
  /** Where it listens (0: any free port); the issuer is `http://<issuerHost>:<port>`. */
  port: number;
  issuerHost?: string;
  /**
   * The web pages' client. `anyLoopbackPort`: its loopback redirect URIs match on any port (RFC 8252's
   * rule for native clients), for tests whose API listens on a free port.
   */
  client: { id: string; secret: string; redirectUris: string[]; anyLoopbackPort?: boolean };
  /** The `aud` of the API's access tokens (OIDC_AUDIENCE). */
  audience: string;
  /** The claim names the API reads (OIDC_ROLES_CLAIM, OIDC_NIP_CLAIM). */
  claims: { roles: string; nip: string };
  directory: AccountDirectory;
  /** Every account's development password. */
  password: string;
  /** A private signing key (JWK with `kid`) and the cookie-signing keys. */
  keys: { signing: Record<string, unknown>; cookies: string[] };
  /** Lifetime of access tokens in seconds (default one hour). */
  accessTokenTtl?: number;
}

export interface EmbeddedProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startEmbeddedProvider(o: EmbeddedProviderOptions): Promise<EmbeddedProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${o.issuerHost ?? 'localhost'}:${port}`;
  const provider = new Provider(issuer, configuration(o));
  server.on('request', interactionApp(provider, o));
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function configuration(o: EmbeddedProviderOptions): Configuration {
  const claimsOf = async (accountId: string) => {
    const account = await o.directory.find(accountId);
    if (!account) return undefined;
    const claims: Record<string, unknown> = {};
    setAt(claims, o.claims.roles, account.roles);
    if (account.nip) setAt(claims, o.claims.nip, account.nip);
    return { account, claims };
  };
  const resourceServer = {
    scope: 'api',
    audience: o.audience,
    accessTokenFormat: 'jwt' as const,
    accessTokenTTL: o.accessTokenTtl ?? 3600,
    jwt: { sign: { alg: 'RS256' as const } },
  };
  return {
    clients: [
      {
        client_id: o.client.id,
        client_secret: o.client.secret,
        redirect_uris: o.client.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        ...(o.client.anyLoopbackPort ? { application_type: 'native' as const } : {}),
      },
    ],
    // Every sign-in uses PKCE, whatever the client.
    pkce: { required: () => true },
    jwks: { keys: [o.keys.signing as never] },
    cookies: { keys: o.keys.cookies },
    claims: { openid: ['sub'], profile: ['name'] },
    async findAccount(_ctx, id) {
      const found = await claimsOf(id);
      if (!found) return undefined;
      return {
        accountId: found.account.id,
        claims: () => ({ sub: found.account.id, name: found.account.name }),
      };
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      return (await claimsOf(token.accountId))?.claims;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        async getResourceServerInfo(_ctx, resource) {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? resourceServer.accessTokenTTL,
      Interaction: 10 * 60,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      const tr = translator('id');
      ctx.body = messagePage(
        'id',
        tr('provider.errorTitle'),
        `${tr('provider.errorBody')} (${String(out.error ?? 'error')})`,
      );
    },
  };
}

/** The sign-in page in front of the provider's own endpoints. */
function interactionApp(provider: Provider, o: EmbeddedProviderOptions) {
  const app = express();
  app.disable('x-powered-by');
  // A loopback client on any port (RFC 8252 7.3) is allowed on any port here too.
  const originOf = (u: string) => new URL(u).origin + (o.client.anyLoopbackPort ? ':*' : '');
  const redirectOrigins = [...new Set(o.client.redirectUris.map(originOf))];
  app.use('/interaction', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(
      'Content-Security-Policy',
      // form-action also covers the redirects that follow the form: on to the provider, then to the client.
      `default-src 'none'; style-src '${pageStyleHash}'; form-action 'self' ${redirectOrigins.join(' ')}; frame-ancestors 'none'; base-uri 'none'`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  app.get('/interaction/:uid', async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const lang = pageLanguage(details.params.ui_locales);
      if (details.prompt.name === 'consent') {
        // sdm-flow's own pages are the only client: signing in is the consent, so no consent page.
        const grant = details.grantId
          ? await provider.Grant.find(details.grantId)
          : new provider.Grant({
              accountId: details.session!.accountId,
              clientId: String(details.params.client_id),
            });
        const missing = details.prompt.details as {
          missingOIDCScope?: string[];
          missingOIDCClaims?: string[];
          missingResourceScopes?: Record<string, string[]>;
        };
        if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
        if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
        for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
          grant!.addResourceScope(resource, scopes.join(' '));
        const grantId = await grant!.save();
        return await provider.interactionFinished(
          req,
          res,
          { consent: details.grantId ? {} : { grantId } },
          { mergeWithLastSubmission: true },
        );
      }
      res.type('html').send(loginPage(lang, { action: `/interaction/${details.uid}/login` }));
    } catch (err) {
      next(err);
    }
  });

  app.post(
    '/interaction/:uid/login',
    express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 }),
    async (req, res, next) => {
      try {
        const details = await provider.interactionDetails(req, res);
        const lang = pageLanguage(details.params.ui_locales);
        const form = (req.body ?? {}) as Record<string, unknown>;
        const login = typeof form.login === 'string' ? form.login.trim().slice(0, 100) : '';
        const password = typeof form.password === 'string' ? form.password.slice(0, 200) : '';
        const account = login ? await o.directory.find(login) : undefined;
        if (!account || !samePassword(password, o.password)) {
          res
            .status(401)
            .type('html')
            .send(
              loginPage(lang, {
                action: `/interaction/${details.uid}/login`,
                login,
                error: translator(lang)('provider.wrongCredentials'),
              }),
            );
          return;
        }
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: account.id, remember: false } },
          { mergeWithLastSubmission: false },
        );
      } catch (err) {
        next(err);
      }
    },
  );

  // An interaction that expired or was never started: say so, in the reader's language if known.
  app.use(
    '/interaction',
    (err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!(err instanceof errors.SessionNotFound || err instanceof errors.InvalidRequest)) return next(err);
      res
        .status(400)
        .type('html')
        .send(
          messagePage(
            'id',
            translator('id')('provider.expiredTitle'),
            translator('id')('provider.expiredBody'),
          ),
        );
    },
  );

  const callback = provider.callback();
  app.use((req: IncomingMessage, res: ServerResponse) => void callback(req, res));
  return app;
}

/** Compares the password in constant time (digests of equal length, whatever was typed). */
function samePassword(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Sets a claim at a name, or at a dotted path into nested objects (`realm_access.roles`). */
function setAt(target: Record<string, unknown>, name: string, value: unknown): void {
  const parts = name.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= Object.create(null)) as Record<string, unknown>;
  at[parts.at(-1)!] = value;
}
