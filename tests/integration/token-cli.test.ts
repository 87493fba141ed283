// The production API process's sign-in wiring (api/server.ts) and `npm run token`: without OIDC_ISSUER the
// API runs the embedded OpenID provider, and the token CLI, a process of its own with the same
// configuration, signs in through it (the development password) and prints an access token the API takes.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { loadConfig } from '../../runtime/config';
import { startApi, type RunningApi } from '../../api/server';
import type { Database } from '../../db/connection';
import { freePort } from '../../stack/ports';
import { root } from '../../stack/paths';
import { testDatabase, testDatabaseUri, testLogger } from '../support/servers';

const run = promisify(execFile);
const NIP = '198703032010012003';
let api: RunningApi;
let db: Database;
let env: NodeJS.ProcessEnv;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-token-cli-'));

beforeAll(async () => {
  const port = await freePort();
  const mongoUri = testDatabaseUri('token-cli');
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    OIDC_PORT: String(await freePort()),
    TEMPORAL_ADDRESS: process.env.SDM_TEST_TEMPORAL_ADDRESS,
    MONGODB_URI: mongoUri,
    LOG_LEVEL: 'silent',
  };
  db = await testDatabase('token-cli');
  await db.models.employees.create({
    _id: NIP,
    nip: NIP,
    name: 'Yosef Nenobais',
    email: 'yosef@test.kupangkota.go.id',
    unitCode: 'BKPSDM',
    position: 'Analis SDM Aparatur',
    level: 'Ahli Muda',
  });
  api = await startApi(loadConfig(env), testLogger);
});
afterAll(async () => {
  await api.stop();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const token = async (...args: string[]) =>
  (
    await run(path.join(root, 'node_modules', '.bin', 'tsx'), ['api/token-cli.ts', ...args], {
      cwd: root,
      env,
      timeout: 60_000,
    })
  ).stdout.trim();

const call = async (route: string, bearer: string) =>
  (await fetch(`${api.url}${route}`, { headers: { authorization: `Bearer ${bearer}` } })).status;

describe('npm run token', () => {
  it('runs the embedded provider inside the API when OIDC_ISSUER is not set', () => {
    expect(api.provider?.issuer).toBe(`http://localhost:${env.OIDC_PORT}`);
  });

  it("prints the HR officer's access token from the embedded provider, which the API takes", async () => {
    const hr = await token('--role', 'hr');
    expect(decodeJwt(hr)).toMatchObject({
      iss: api.provider!.issuer,
      sub: 'hr',
      roles: ['hr'],
      aud: 'sdm-flow',
    });
    expect(await call('/api/v1/audit/verify', hr)).toBe(200);
  });

  it("prints an employee's token by NIP: an employee to the API, by the registry", async () => {
    const employee = await token('--nip', NIP);
    expect(decodeJwt(employee)).toMatchObject({ sub: NIP, nip: NIP });
    expect(await call(`/api/v1/org/employees/${NIP}`, employee)).toBe(200);
    expect(await call('/api/v1/audit/verify', employee)).toBe(403);
  });

  it('names what is wrong for a NIP the registry does not have', async () => {
    await expect(token('--nip', '199912312020121001')).rejects.toMatchObject({
      stderr: expect.stringContaining('refused the login'),
    });
  });
});
