// Staff sign-in through OpenID Connect against the embedded provider, running for real on a free port:
// an HR officer and a supervisor sign in (authorization code with PKCE, through the provider's sign-in
// page, driven in code), a wrong password fails, the API accepts the provider's access tokens and refuses
// one signed by another key, an expired one and one for another audience; whether someone is a
// supervisor comes from the organisation registry, not from the token.
import type { Server } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, importJWK, SignJWT } from 'jose';
import { createApp, defaultRoutes, type AppDeps } from '../../api/app';
import { route } from '../../api/route';
import { staffSignIn } from '../../api/oidc/client';
import { authorizeWithPassword, SignInRefused, signInWithPassword } from '../../api/oidc/password-sign-in';
import { databaseAnswers, type Database } from '../../db/connection';
import { connectClient, temporalAnswers } from '../../runtime/temporal';
import { auth as candidateAuth } from '../support/engine';
import { testAuditTrail, testFields, testPayloadCodec } from '../support/crypto';
import { staffToken, testAudience, testClient, testIdentity, testPassword } from '../support/identity';
import { testDatabase, testLogger } from '../support/servers';

const SUPERVISOR = '198001012005011001';
const EMPLOYEE = '199002022015022002';
const OTHER = '199103032016031003';
const STRANGER = '199204042017041004';

const whoamiRoute = route({
  method: 'get',
  path: '/api/v1/test/whoami',
  operationId: 'testWhoami',
  summary: 'The caller as the API sees them',
  tags: ['test'],
  roles: ['hr', 'supervisor', 'employee'],
  responses: { 200: { description: 'The principal' } },
  handler: async ({ principal }) => ({ body: principal }),
});

let db: Database;
let server: Server;
let base: string;
let identity: Awaited<ReturnType<typeof testIdentity>>;
let closeTemporal: () => Promise<void>;

function employee(nip: string, supervisorNip: string | null, name: string) {
  return {
    _id: nip,
    nip,
    name,
    email: `${nip}@test.kupangkota.go.id`,
    unitCode: 'DISKOMINFO',
    position: 'Pranata Komputer',
    level: 'Ahli Pertama',
    supervisorNip,
  };
}

beforeAll(async () => {
  db = await testDatabase('oidc');
  await db.models.employees.insertMany([
    employee(SUPERVISOR, null, 'Yohanes Bria'),
    employee(EMPLOYEE, SUPERVISOR, 'Maria Fernandez'),
    employee(OTHER, null, 'Agustinus Lay'),
  ]);
  identity = await testIdentity(db.models);
  const { client, connection } = await connectClient(
    process.env.SDM_TEST_TEMPORAL_ADDRESS!,
    'default',
    testPayloadCodec,
  );
  closeTemporal = () => connection.close();
  const deps: AppDeps = {
    client,
    models: db.models,
    auth: identity.auth,
    fields: testFields,
    audit: testAuditTrail(db.models),
    payloadCodec: testPayloadCodec,
    logger: testLogger,
    config: {
      bodyLimit: '100kb',
      publicUrl: 'http://localhost',
      taskQueue: 'oidc-test',
      applicantKeySecret: 'x'.repeat(32),
      temporalUiOrigins: [],
      hr: { email: 'bkpsdm@test.kupangkota.go.id', headEmail: 'kepala.bkpsdm@test.kupangkota.go.id' },
    },
    checks: { temporal: () => temporalAnswers(connection), database: () => databaseAnswers(db.conn) },
  };
  server = createApp(deps, [...defaultRoutes(deps), whoamiRoute]).app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await identity.release();
  await closeTemporal();
  await db.close();
});

async function whoami(token: string) {
  const res = await fetch(`${base}/api/v1/test/whoami`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    json: (await res.json()) as { role?: string; sub?: string; nip?: string; detail?: string },
  };
}

const signIn = (login: string, password = testPassword) =>
  signInWithPassword(identity.client, { login, password, redirectUri: testClient.redirectUri });

/** A token the provider's own key signs (or another key under the provider's key id). */
async function forged(claims: Record<string, unknown>, o: { exp: number; otherKey?: boolean }) {
  const jwk = o.otherKey
    ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })
    : identity.keys.signing;
  const key = await importJWK(jwk as never, 'RS256');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: identity.keys.signing.kid as string, typ: 'at+jwt' })
    .setIssuer(identity.issuer)
    .setSubject('hr-1')
    .setIssuedAt(o.exp - 3600)
    .setExpirationTime(o.exp)
    .sign(key);
}
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('signing in through the embedded OpenID provider', () => {
  it('signs an HR officer in with the authorization code and PKCE; the access token is a JWT for the API', async () => {
    const tokens = await signIn('hr-1');
    const claims = decodeJwt(tokens.accessToken);
    expect(claims).toMatchObject({ iss: identity.issuer, sub: 'hr-1', aud: testAudience, roles: ['hr'] });
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(await whoami(tokens.accessToken)).toEqual({ status: 200, json: { sub: 'hr-1', role: 'hr' } });
  });

  it('signs a supervisor in with their NIP, and the registry, not the token, makes them a supervisor', async () => {
    const tokens = await signIn(SUPERVISOR);
    const claims = decodeJwt(tokens.accessToken);
    expect(claims).toMatchObject({ sub: SUPERVISOR, nip: SUPERVISOR, roles: [] });
    expect(await whoami(tokens.accessToken)).toEqual({
      status: 200,
      json: { sub: SUPERVISOR, role: 'supervisor', nip: SUPERVISOR },
    });
    expect((await whoami(await staffToken({ nip: EMPLOYEE }))).json.role).toBe('employee');
  });

  it('reads the role at every request: an employee given a report becomes a supervisor with the same token', async () => {
    const token = await signIn(OTHER);
    expect((await whoami(token.accessToken)).json.role).toBe('employee');
    await db.models.employees.insertMany([employee(STRANGER, OTHER, 'Paulus Tefa')]);
    expect((await whoami(token.accessToken)).json.role).toBe('supervisor');
  });

  it('refuses a wrong password with the sign-in page again, in Indonesian, and issues no code', async () => {
    await expect(signIn('hr-1', 'not-the-password')).rejects.toBeInstanceOf(SignInRefused);
    await expect(signIn(SUPERVISOR, `${testPassword}x`)).rejects.toBeInstanceOf(SignInRefused);
  });

  it('lets no one sign in who is not an HR officer or an active employee of the registry', async () => {
    await expect(signIn('199999999999999999')).rejects.toBeInstanceOf(SignInRefused);
    await expect(signIn('admin')).rejects.toBeInstanceOf(SignInRefused);
  });

  it('shows an accessible sign-in page in Bahasa Indonesia, and in English when asked', async () => {
    const { url } = await identity.client.startSignIn();
    const page = async (u: URL) => {
      let res = await fetch(u, { redirect: 'manual' });
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      res = await fetch(new URL(res.headers.get('location')!, u), { headers: { cookie } });
      return { status: res.status, csp: res.headers.get('content-security-policy'), html: await res.text() };
    };
    const id = await page(url);
    expect(id.status).toBe(200);
    expect(id.html).toContain('<html lang="id">');
    expect(id.html).toContain('<label for="login">NIP atau nama pengguna</label>');
    expect(id.html).toContain('<label for="password">Kata sandi</label>');
    expect(id.csp).toContain("default-src 'none'");
    expect(id.csp).not.toContain('unsafe-inline');
    const en = await page((await identity.client.startSignIn({ language: 'en' })).url);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('<label for="password">Password</label>');
  });
});

describe("the web pages' sign-in module", () => {
  it('finishes a sign-in into the principal the API would see', async () => {
    const signInModule = staffSignIn({ client: identity.client, auth: identity.auth });
    const { callbackQuery, pending } = await authorizeWithPassword(identity.client, {
      login: SUPERVISOR,
      password: testPassword,
      redirectUri: testClient.redirectUri,
    });
    const signedIn = await signInModule.finishSignIn(callbackQuery, pending);
    expect(signedIn.principal).toEqual({ sub: SUPERVISOR, role: 'supervisor', nip: SUPERVISOR });
    expect(signedIn.idToken).toBeTruthy();
    // The code was used: the same callback again is refused.
    await expect(signInModule.finishSignIn(callbackQuery, pending)).rejects.toMatchObject({ status: 401 });
  });

  it("sends the browser back to a test API's own callback, whatever its free port", async () => {
    const at = 'http://127.0.0.1:45678';
    const { callbackQuery, pending } = await authorizeWithPassword(identity.clientFor(at), {
      login: 'hr-1',
      password: testPassword,
      redirectUri: `${at}/signin/callback`,
    });
    const signedIn = await staffSignIn({ client: identity.clientFor(at), auth: identity.auth }).finishSignIn(
      callbackQuery,
      pending,
    );
    expect(signedIn.principal).toEqual({ sub: 'hr-1', role: 'hr' });
  });

  it('sends no one to a callback that is not registered', async () => {
    const at = 'http://sdm-flow.example.com';
    await expect(
      authorizeWithPassword(identity.clientFor(at), {
        login: 'hr-1',
        password: testPassword,
        redirectUri: `${at}/signin/callback`,
      }),
    ).rejects.toThrow(/did not come \(400/);
  });

  it('refuses a callback whose state is not the one the session kept', async () => {
    const { callbackQuery, pending } = await authorizeWithPassword(identity.client, {
      login: 'hr-1',
      password: testPassword,
      redirectUri: testClient.redirectUri,
    });
    await expect(
      identity.client.exchange(callbackQuery, { ...pending, state: 'another-state' }),
    ).rejects.toMatchObject({ status: 401 });
  });
});

describe("the API's check of staff tokens", () => {
  it("accepts a token signed with the provider's key, for the API, within its time", async () => {
    const token = await forged({ aud: testAudience, roles: ['hr'] }, { exp: inAnHour() });
    expect((await whoami(token)).status).toBe(200);
  });

  it('refuses a token signed by another key under the same key id', async () => {
    const token = await forged({ aud: testAudience, roles: ['hr'] }, { exp: inAnHour(), otherKey: true });
    expect(await whoami(token)).toMatchObject({
      status: 401,
      json: { detail: 'the token signature is not valid' },
    });
  });

  it('refuses an expired token', async () => {
    const token = await forged(
      { aud: testAudience, roles: ['hr'] },
      { exp: Math.floor(Date.now() / 1000) - 60 },
    );
    expect(await whoami(token)).toMatchObject({ status: 401, json: { detail: 'the token has expired' } });
  });

  it('refuses a token for another audience', async () => {
    const token = await forged({ aud: 'another-api', roles: ['hr'] }, { exp: inAnHour() });
    expect(await whoami(token)).toMatchObject({
      status: 401,
      json: { detail: 'the token is not valid (ERR_JWT_CLAIM_VALIDATION_FAILED)' },
    });
  });

  it('refuses a staff role in a token sdm-flow signed itself (that secret is for candidates only)', async () => {
    const hs256 = await new SignJWT({ role: 'hr' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sdm-flow')
      .setAudience('sdm-flow-api')
      .setSubject('hr-1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256!!'));
    expect((await whoami(hs256)).status).toBe(401);
    await expect(candidateAuth.sign({ sub: 'x', role: 'hr' } as never)).rejects.toThrow('candidates only');
  });

  it('refuses with 403 an employee who has left, though their token is still valid', async () => {
    const token = await staffToken({ nip: EMPLOYEE });
    await db.models.employees.updateOne({ _id: EMPLOYEE }, { $set: { active: false } });
    expect(await whoami(token)).toMatchObject({
      status: 403,
      json: { detail: "the token's NIP is not an active employee in the organisation registry" },
    });
    await db.models.employees.updateOne({ _id: EMPLOYEE }, { $set: { active: true } });
  });
});
