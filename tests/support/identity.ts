// Staff identity in tests, as in production: the embedded OpenID provider (api/oidc/provider.ts) runs on
// a free port while a test file's API runs (started with the first `testIdentity`, stopped with the last
// release), and staff tokens are its access tokens, got by signing in through its sign-in page (the real
// authorization code flow with PKCE: api/oidc/password-sign-in.ts). Its HR officers are the logins
// `hr-…` (the token's `sub`, e.g. `hr-1`); its employees those of the registries of the file's engines,
// by NIP, so a supervisor is one because the registry says so. One password for every account.
import type { Auth } from '../../api/auth';
import { createAuth } from '../../api/auth';
import { oidcClient, SIGN_IN_CALLBACK_PATH, type OidcClient } from '../../api/oidc/client';
import { registryDirectory } from '../../api/oidc/directory';
import { newProviderKeys, type ProviderKeys } from '../../api/oidc/provider-keys';
import { startEmbeddedProvider, type EmbeddedProvider } from '../../api/oidc/provider';
import { signInWithPassword } from '../../api/oidc/password-sign-in';
import { staffRoles } from '../../commands/org/staff-role';
import type { Models } from '../../db/connection';
import { testAuthSecret } from './activities';

export const testPassword = 'test-development-password';
export const testClient = {
  id: 'sdm-flow-test',
  secret: 'test-client-secret-long-enough',
  redirectUri: `http://localhost${SIGN_IN_CALLBACK_PATH}`,
};
export const testAudience = 'sdm-flow-test';
export const testClaims = { roles: 'roles', nip: 'nip' };

interface Running {
  provider: EmbeddedProvider;
  keys: ProviderKeys;
  client: OidcClient;
  users: number;
}

const registries: Models[] = [];
let running: Promise<Running> | undefined;
const tokens = new Map<string, { token: string; expiresAt: number }>();

async function start(): Promise<Running> {
  const keys = newProviderKeys();
  const provider = await startEmbeddedProvider({
    port: 0,
    issuerHost: '127.0.0.1',
    client: {
      id: testClient.id,
      secret: testClient.secret,
      // Any port: each test API listens on a free one (loopback addresses only).
      redirectUris: [testClient.redirectUri, `http://127.0.0.1${SIGN_IN_CALLBACK_PATH}`],
      anyLoopbackPort: true,
    },
    audience: testAudience,
    claims: testClaims,
    directory: registryDirectory({
      registries: () => registries,
      isHrOfficer: (l) => /^hr-[a-z0-9-]+$/.test(l),
    }),
    password: testPassword,
    keys,
  });
  const client = oidcClient({
    issuer: provider.issuer,
    clientId: testClient.id,
    clientSecret: testClient.secret,
    redirectUri: testClient.redirectUri,
  });
  return { provider, keys, client, users: 0 };
}

/**
 * The API's `Auth` for a test app on `models` (its registry names supervisors and employees, and its
 * employees may sign in), with the provider running until `release`.
 */
export async function testIdentity(models: Models): Promise<{
  auth: Auth;
  issuer: string;
  keys: ProviderKeys;
  client: OidcClient;
  /** The web pages' client for an API at `baseUrl` (its callback there). */
  clientFor(baseUrl: string): OidcClient;
  release(): Promise<void>;
}> {
  running ??= start();
  const r = await running;
  r.users += 1;
  registries.push(models);
  let released = false;
  return {
    auth: createAuth(testAuthSecret, {
      issuer: r.provider.issuer,
      audience: testAudience,
      rolesClaim: testClaims.roles,
      nipClaim: testClaims.nip,
      roles: staffRoles(models),
    }),
    issuer: r.provider.issuer,
    keys: r.keys,
    client: r.client,
    clientFor: (baseUrl) =>
      oidcClient({
        issuer: r.provider.issuer,
        clientId: testClient.id,
        clientSecret: testClient.secret,
        redirectUri: new URL(SIGN_IN_CALLBACK_PATH, baseUrl).href,
      }),
    async release() {
      if (released) return;
      released = true;
      registries.splice(registries.indexOf(models), 1);
      r.users -= 1;
      if (r.users > 0) return;
      running = undefined;
      tokens.clear();
      await r.provider.stop();
    },
  };
}

/**
 * A staff access token from the running provider: an HR officer's (`sub` `hr-1` unless given), or the
 * employee's with that NIP (in the registry of a running test app; supervisor or employee by it).
 */
export async function staffToken(who: { role: 'hr'; sub?: string } | { nip: string }): Promise<string> {
  if (!running)
    throw new Error('staffToken: no test API is running (startTestEngine, or testIdentity first)');
  const r = await running;
  const login = 'nip' in who ? who.nip : (who.sub ?? 'hr-1');
  const kept = tokens.get(login);
  if (kept && kept.expiresAt > Date.now() + 60_000) return kept.token;
  const t = await signInWithPassword(r.client, {
    login,
    password: testPassword,
    redirectUri: testClient.redirectUri,
  });
  tokens.set(login, { token: t.accessToken, expiresAt: t.expiresAt });
  return t.accessToken;
}
