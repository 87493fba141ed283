// `npm run token -- --role hr` or `--nip <NIP>`: prints a staff access token from the embedded OpenID
// provider (running under `npm start`), got by signing in through its sign-in page with the development
// password (api/oidc/password-sign-in.ts): the same authorization code flow as the web pages. Whether
// an employee is a supervisor the API reads from the registry, so `--role employee|supervisor` only needs
// the NIP. `--role candidate --app <applicationId>` prints a candidate's link token signed with AUTH_SECRET.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../runtime/config';
import { principalSchema } from '../domain/actor';
import { createAuth } from './auth';
import { DEV_HR_LOGIN, signInRedirectUri, webClientOf } from './oidc/identity';
import { signInWithPassword } from './oidc/password-sign-in';

const usage =
  'usage: npm run token -- --role hr | --nip <18 digits> [--role employee|supervisor] | --role candidate --app <applicationId> [--expires 12h]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      nip: { type: 'string' },
      app: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const config = loadConfig();
  if (values.role === 'candidate') {
    const p = principalSchema.safeParse({
      role: 'candidate',
      sub: values.sub ?? values.app,
      app: values.app,
    });
    if (!p.success || p.data.role !== 'candidate') throw new ConfigError(`${usage}\n  --app: required`);
    const auth = createAuth(config.AUTH_SECRET);
    process.stdout.write(`${await auth.sign({ ...p.data, role: 'candidate' }, values.expires)}\n`);
    return;
  }
  const login = values.role === 'hr' ? DEV_HR_LOGIN : values.nip;
  if (!login || (values.role && !['hr', 'employee', 'supervisor'].includes(values.role)))
    throw new ConfigError(usage);
  if (values.role !== 'hr' && !/^\d{18}$/.test(login)) throw new ConfigError(`${usage}\n  --nip: 18 digits`);
  if (!config.oidcEmbedded)
    throw new ConfigError(
      `OIDC_ISSUER is set (${config.OIDC_ISSUER}): get a staff token from that provider; this command signs in to the embedded one only`,
    );
  const tokens = await signInWithPassword(webClientOf(config), {
    login,
    password: config.OIDC_DEV_PASSWORD,
    redirectUri: signInRedirectUri(config),
  }).catch((err: Error) => {
    throw new ConfigError(
      `could not sign in to the embedded OpenID provider at ${config.OIDC_ISSUER} (is npm start running?): ${err.message}`,
    );
  });
  process.stdout.write(`${tokens.accessToken}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
