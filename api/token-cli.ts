// `npm run token -- --role hr --sub hr-1 [--nip 1987…] [--app <applicationId>] [--expires 12h]`:
// prints a development bearer token signed with AUTH_SECRET (or the secret kept under .data/).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../runtime/config';
import { principalSchema } from '../domain/actor';
import { createAuth } from './auth';

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
  const p = principalSchema.safeParse({
    role: values.role,
    sub: values.sub ?? `${values.role}-dev`,
    nip: values.nip,
    app: values.app,
  });
  if (!p.success) {
    throw new ConfigError(
      `usage: npm run token -- --role hr|supervisor|employee|candidate [--sub id] [--nip 18 digits] [--app applicationId]\n${p.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  const config = loadConfig();
  process.stdout.write(`${await createAuth(config.AUTH_SECRET).sign(p.data, values.expires)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
