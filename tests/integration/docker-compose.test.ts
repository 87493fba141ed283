// docker-compose.yml as Docker Compose itself reads it: our compose-check (stack/compose-check) loads
// the file with compose-go, the library `docker compose config` uses, so it is parsed, interpolated and
// validated against the Compose schema without Docker, its compose plugin or an engine. `npm run setup`
// (which `npm test` runs first) builds it into .tools/bin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, toolsBin } from '../../stack/paths';

const composeFile = path.join(root, 'docker-compose.yml');
const composeCheck = path.join(toolsBin, 'compose-check');
const key = (id: string) => `${id}:${Buffer.alloc(32, 1).toString('base64')}`;
const secrets = {
  AUTH_SECRET: 'a'.repeat(40),
  APPLICANT_KEY_SECRET: 'k'.repeat(40),
  PAYLOAD_KEYS: key('p1'),
  DATA_KEYS: key('d1'),
  AUDIT_KEYS: key('a1'),
  AUDIT_SIGNING_KEYS: `s1:${Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, 2)]).toString('base64')}`,
};

// The JSON compose-go prints for a project, the same shape as `docker compose config --format json`.
interface ComposePort {
  target: number;
  published?: string;
}
interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | null;
  environment?: Record<string, string | null>;
  ports?: ComposePort[];
  depends_on?: Record<string, { condition: string }>;
}
interface ComposeProject {
  services: Record<string, ComposeService>;
}

/** The environment without anything that would make Compose read other files or another project. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(COMPOSE|OIDC)_/.test(name)) delete env[name];
  for (const name of Object.keys(secrets)) delete env[name];
  return env;
}

function compose(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(composeCheck, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

/** Runs compose-check and returns its error output, failing the test if it succeeded. */
function composeError(args: string[], env: NodeJS.ProcessEnv): string {
  try {
    compose(args, env);
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return `${err.stderr ?? ''}${err.message}`;
  }
  throw new Error(`compose-check ${args.join(' ')} succeeded but was expected to fail`);
}

// No skip: without compose-check nothing vouches for docker-compose.yml, so the suite fails.
beforeAll(() => {
  let ok = false;
  try {
    ok = statSync(composeCheck).isFile() && (statSync(composeCheck).mode & 0o111) !== 0;
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new Error(
      `docker-compose.yml cannot be checked: ${composeCheck} is missing; run npm run setup ` +
        '(it builds stack/compose-check with Go; no Docker is needed).',
    );
  }
});

describe('docker-compose.yml', () => {
  let project: ComposeProject;
  const service = (name: string): ComposeService => {
    const s = project.services[name];
    if (!s) throw new Error(`service ${name} is missing from docker-compose.yml`);
    return s;
  };

  beforeAll(() => {
    const json = compose(['-f', composeFile], { ...baseEnv(), ...secrets });
    project = JSON.parse(json) as ComposeProject;
  }, 60_000);

  it('runs Temporal with PostgreSQL, its web UI, MongoDB, Mailpit, the API and the worker', () => {
    expect(Object.keys(project.services).sort()).toEqual(
      expect.arrayContaining([
        'api',
        'mailpit',
        'mongodb',
        'postgresql',
        'temporal',
        'temporal-ui',
        'worker',
      ]),
    );
  });

  it('builds the sdm-flow image once and runs the API and the worker from that same image', () => {
    const api = service('api');
    const worker = service('worker');
    expect(api.image).toBeTruthy();
    expect(worker.image).toBe(api.image);
    expect(api.build).toBeDefined();
    expect(worker.build).toBeUndefined();
  });

  it('starts the API with the image default command and the worker with dist/worker/main.js', () => {
    expect(service('api').command ?? null).toBeNull();
    expect(service('worker').command).toEqual(['node', 'dist/worker/main.js']);
  });

  it.each(['api', 'worker'])(
    'points the %s at Temporal, MongoDB and Mailpit by their compose hostnames',
    (name) => {
      const env = service(name).environment ?? {};
      expect(env).toMatchObject({
        TEMPORAL_ADDRESS: 'temporal:7233',
        MONGODB_URI: 'mongodb://mongodb:27017/sdm-flow',
        SMTP_URL: 'smtp://mailpit:1025',
      });
      // Each of those hosts is a service of this file.
      const hosts = [
        env.TEMPORAL_ADDRESS!.split(':')[0],
        new URL(env.MONGODB_URI!).hostname,
        new URL(env.SMTP_URL!).hostname,
      ];
      for (const host of hosts) expect(Object.keys(project.services)).toContain(host);
    },
  );

  it.each(['api', 'worker'])('passes the secrets and keys from the environment to the %s', (name) => {
    expect(service(name).environment).toMatchObject(secrets);
  });

  it.each(['api', 'worker'])('starts the %s only after Temporal and MongoDB report healthy', (name) => {
    expect(service(name).depends_on).toMatchObject({
      temporal: { condition: 'service_healthy' },
      mongodb: { condition: 'service_healthy' },
    });
  });

  it('publishes the API on port 3000', () => {
    expect(service('api').ports).toEqual(
      expect.arrayContaining([expect.objectContaining({ target: 3000, published: '3000' })]),
    );
  });

  it("publishes the API's embedded OpenID provider on 3001, at the issuer address the API uses too", () => {
    expect(service('api').ports).toEqual(
      expect.arrayContaining([expect.objectContaining({ target: 3001, published: '3001' })]),
    );
    // No OIDC_ISSUER given: empty, so the API runs the embedded provider at http://localhost:3001.
    expect(service('api').environment).toMatchObject({ OIDC_ISSUER: '', OIDC_CLIENT_ID: 'sdm-flow' });
  });

  it('points the API at a real OpenID provider when OIDC_ISSUER and its client secret are given', () => {
    const issuer = 'https://sso.kupangkota.go.id/realms/kupang';
    const json = compose(['-f', composeFile], {
      ...baseEnv(),
      ...secrets,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_SECRET: 's'.repeat(32),
      OIDC_ROLES_CLAIM: 'realm_access.roles',
    });
    const env = (JSON.parse(json) as ComposeProject).services.api!.environment;
    expect(env).toMatchObject({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_SECRET: 's'.repeat(32),
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_NIP_CLAIM: 'nip',
    });
  });

  it('publishes the Temporal web UI on 8233 and Mailpit on 1025 (SMTP) and 8025 (web)', () => {
    expect(service('temporal-ui').ports).toEqual([
      expect.objectContaining({ target: 8080, published: '8233' }),
    ]);
    expect(service('mailpit').ports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 1025, published: '1025' }),
        expect.objectContaining({ target: 8025, published: '8025' }),
      ]),
    );
  });
});

describe('docker-compose.yml without the secrets', () => {
  // An empty env file, so that a developer's .env beside docker-compose.yml cannot supply them.
  let dir: string;
  let emptyEnvFile: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-compose-'));
    emptyEnvFile = path.join(dir, 'empty.env');
    writeFileSync(emptyEnvFile, '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(secrets))('refuses to start and names %s when it is not set', (missing) => {
    const env: NodeJS.ProcessEnv = { ...baseEnv(), ...secrets };
    delete env[missing];
    const stderr = composeError(['--env-file', emptyEnvFile, '-f', composeFile], env);
    expect(stderr).toContain(`required variable ${missing} is missing a value: set ${missing} (`);
  });
});
