// Staff identity as the configuration gives it: the staff-token checks of the API, the web pages' OpenID
// client, and, without OIDC_ISSUER, the embedded development provider with its accounts (the HR officer
// `hr` and every active employee of the registry, by NIP), one password, and keys kept under DATA_DIR.
import type { Models } from '../../db/connection';
import type { Config } from '../../runtime/config';
import { durationMs } from '../../domain/time';
import { staffRoles } from '../../commands/org/staff-role';
import type { StaffTokens } from '../auth';
import { oidcClient, SIGN_IN_CALLBACK_PATH } from './client';
import { registryDirectory } from './directory';
import { persistentProviderKeys } from './provider-keys';
import type { EmbeddedProvider } from './provider';

/** The embedded provider's HR officer. */
export const DEV_HR_LOGIN = 'hr';

type IdentityConfig = Pick<
  Config,
  | 'OIDC_ISSUER'
  | 'OIDC_PORT'
  | 'OIDC_CLIENT_ID'
  | 'OIDC_CLIENT_SECRET'
  | 'OIDC_AUDIENCE'
  | 'OIDC_ROLES_CLAIM'
  | 'OIDC_NIP_CLAIM'
  | 'OIDC_DEV_PASSWORD'
  | 'OIDC_DEV_TOKEN_LIFETIME'
  | 'PUBLIC_URL'
  | 'dataDir'
>;

export function staffTokensOf(config: IdentityConfig, models: Models): StaffTokens {
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    rolesClaim: config.OIDC_ROLES_CLAIM,
    nipClaim: config.OIDC_NIP_CLAIM,
    roles: staffRoles(models),
  };
}

export const signInRedirectUri = (config: Pick<Config, 'PUBLIC_URL'>) =>
  new URL(SIGN_IN_CALLBACK_PATH, config.PUBLIC_URL).href;

export function webClientOf(config: IdentityConfig) {
  return oidcClient({
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUri: signInRedirectUri(config),
  });
}

export async function startDevelopmentProvider(
  config: IdentityConfig,
  models: Models,
): Promise<EmbeddedProvider> {
  // Loaded only here: the token CLI and an API with OIDC_ISSUER never load the provider.
  const { startEmbeddedProvider } = await import('./provider');
  return startEmbeddedProvider({
    port: config.OIDC_PORT,
    client: {
      id: config.OIDC_CLIENT_ID,
      secret: config.OIDC_CLIENT_SECRET,
      redirectUris: [signInRedirectUri(config)],
    },
    audience: config.OIDC_AUDIENCE,
    claims: { roles: config.OIDC_ROLES_CLAIM, nip: config.OIDC_NIP_CLAIM },
    directory: registryDirectory({ registries: () => [models], isHrOfficer: (l) => l === DEV_HR_LOGIN }),
    password: config.OIDC_DEV_PASSWORD,
    keys: persistentProviderKeys(config.dataDir),
    accessTokenTtl: durationMs(config.OIDC_DEV_TOKEN_LIFETIME) / 1000,
  });
}
