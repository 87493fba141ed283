// The API foundation over real HTTP: validation and access refusals as problem+json, tokens, ownership,
// health and the OpenAPI document. A small route is added through the same door every resource uses.
import type { Server } from 'node:http';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { createApp, defaultRoutes, type AppDeps } from '../../api/app';
import { createAuth } from '../../api/auth';
import { mayTouchApplication } from '../../commands/recruitment/context';
import { route } from '../../api/route';
import { databaseAnswers, type Database } from '../../db/connection';
import { connectClient, temporalAnswers } from '../../runtime/temporal';
import { storedApplications } from '../support/records';
import { testAuditTrail, testFields, testPayloadCodec } from '../support/crypto';
import { testDatabase, testLogger } from '../support/servers';
import { staffToken, testIdentity } from '../support/identity';

const secret = 'test-secret-that-is-long-enough-for-hs256!!';
const auth = createAuth(secret);
let identity: Awaited<ReturnType<typeof testIdentity>>;
const EMPLOYEE = '198501012010011001';
let db: Database;
let server: Server;
let base: string;
let closeTemporal: () => Promise<void>;
const received: unknown[] = [];

const noteRoute = route({
  method: 'post',
  path: '/api/v1/test/applications/:id/notes',
  operationId: 'createTestNote',
  summary: 'A test operation with params and a body',
  tags: ['test'],
  roles: ['hr', 'candidate'],
  params: z.object({ id: z.string().regex(/^[a-z0-9-]+$/) }),
  body: z.object({ reason: z.string().min(3), score: z.number().int().min(0).max(100) }).strict(),
  responses: { 201: { description: 'Stored' } },
  handler: async ({ body, params, principal }) => {
    mayTouchApplication(principal!, params.id); // the record-level check a command makes
    received.push(body);
    return { status: 201, body: { stored: true } };
  },
});

beforeAll(async () => {
  db = await testDatabase('api-foundation');
  const { client, connection } = await connectClient(
    process.env.SDM_TEST_TEMPORAL_ADDRESS!,
    'default',
    testPayloadCodec,
  );
  closeTemporal = () => connection.close();
  await db.models.employees.create({
    _id: EMPLOYEE,
    nip: EMPLOYEE,
    name: 'Yohana Lake',
    email: 'yohana@test.kupangkota.go.id',
    unitCode: 'DISKOMINFO',
    position: 'Pranata Komputer',
    level: 'Ahli Pertama',
  });
  identity = await testIdentity(db.models);
  const deps: AppDeps = {
    client,
    models: db.models,
    auth: identity.auth,
    fields: testFields,
    audit: testAuditTrail(db.models),
    payloadCodec: testPayloadCodec,
    logger: testLogger,
    config: {
      bodyLimit: '2kb',
      publicUrl: 'http://localhost',
      taskQueue: 'api-test',
      applicantKeySecret: 'x'.repeat(32),
      temporalUiOrigins: ['http://localhost:8233'],
      hr: { email: 'bkpsdm@test.kupangkota.go.id', headEmail: 'kepala.bkpsdm@test.kupangkota.go.id' },
    },
    checks: { temporal: () => temporalAnswers(connection), database: () => databaseAnswers(db.conn) },
  };
  // A candidate's token is admitted only for an application that exists.
  await storedApplications(db, ['app-1', 'app-2']);
  const { app } = createApp(deps, [...defaultRoutes(deps), noteRoute]);
  server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await identity.release();
  await closeTemporal();
  await db.close();
});

const hr = () => staffToken({ role: 'hr' });
async function post(body: string, token?: string, path = '/api/v1/test/applications/app-1/notes') {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as {
      errors?: { path: string; message: string }[];
      detail?: string;
      title?: string;
    },
  };
}

describe('refusals of bad input', () => {
  beforeEach(() => received.splice(0));

  it('answers malformed JSON with 400 problem+json and changes nothing', async () => {
    const r = await post('{"reason": "late", ', await hr());
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(r.json.errors).toEqual([{ path: 'body', message: 'malformed JSON' }]);
    expect(received).toHaveLength(0);
  });

  it('names a field of the wrong type', async () => {
    const r = await post(JSON.stringify({ reason: 'terlambat', score: 'tinggi' }), await hr());
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      { path: 'body.score', message: expect.stringContaining('expected number') },
    ]);
  });

  it('names an unknown field', async () => {
    const r = await post(
      JSON.stringify({ reason: 'terlambat', score: 80, nik: '5371010101010001' }),
      await hr(),
    );
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([{ path: 'body.nik', message: 'unknown field' }]);
  });

  it('names every missing field', async () => {
    const r = await post('{}', await hr());
    expect(r.status).toBe(400);
    expect(r.json.errors!.map((e) => e.path).sort()).toEqual(['body.reason', 'body.score']);
  });

  it('names a bad path parameter', async () => {
    const r = await post(
      JSON.stringify({ reason: 'terlambat', score: 80 }),
      await hr(),
      '/api/v1/test/applications/APP_1/notes',
    );
    expect(r.status).toBe(400);
    expect(r.json.errors![0]!.path).toBe('params.id');
  });

  it('refuses an oversized body with 413', async () => {
    const r = await post(JSON.stringify({ reason: 'x'.repeat(4000), score: 1 }), await hr());
    expect(r.status).toBe(413);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(received).toHaveLength(0);
  });

  it('accepts a valid request', async () => {
    const r = await post(JSON.stringify({ reason: 'terlambat', score: 80 }), await hr());
    expect(r.status).toBe(201);
    expect(received).toEqual([{ reason: 'terlambat', score: 80 }]);
  });
});

describe('tokens and roles', () => {
  const valid = JSON.stringify({ reason: 'terlambat', score: 80 });

  it('refuses a request without a token with 401', async () => {
    const r = await post(valid);
    expect(r.status).toBe(401);
    expect(r.json.detail).toContain('bearer token is required');
  });

  it('refuses an expired token with 401', async () => {
    const expired = await new SignJWT({ role: 'candidate', app: 'app-1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('hr-1')
      .setIssuer('sdm-flow')
      .setAudience('sdm-flow-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(secret));
    const r = await post(valid, expired);
    expect(r.status).toBe(401);
    expect(r.json.detail).toBe('the token has expired');
  });

  it('refuses a well-signed token without an expiry with 401', async () => {
    const forever = await new SignJWT({ role: 'candidate', app: 'app-1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('hr-1')
      .setIssuer('sdm-flow')
      .setAudience('sdm-flow-api')
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    const r = await post(valid, forever);
    expect(r.status).toBe(401);
    expect(r.json.detail).toBe('the token is not valid (ERR_JWT_CLAIM_VALIDATION_FAILED)');
  });

  it('refuses a token signed with another key with 401', async () => {
    const forged = await createAuth('another-secret-that-is-long-enough-too!!').sign({
      sub: 'c-1',
      role: 'candidate',
      app: 'app-1',
    });
    const r = await post(valid, forged);
    expect(r.status).toBe(401);
    expect(r.json.detail).toBe('the token signature is not valid');
  });

  it('refuses a role the operation does not allow with 403', async () => {
    const r = await post(valid, await staffToken({ nip: EMPLOYEE }));
    expect(r.status).toBe(403);
    expect(r.json.detail).toContain('hr, candidate');
  });

  it("refuses a candidate touching another candidate's record with 403", async () => {
    const r = await post(valid, await auth.sign({ sub: 'c-2', role: 'candidate', app: 'app-2' }));
    expect(r.status).toBe(403);
    expect(r.json.detail).toBe('this record belongs to someone else');
  });

  it('lets a candidate touch their own record', async () => {
    const r = await post(valid, await auth.sign({ sub: 'c-1', role: 'candidate', app: 'app-1' }));
    expect(r.status).toBe(201);
  });
});

describe('health, audit and the OpenAPI document', () => {
  it('is live and ready when Temporal and the database answer', async () => {
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'live' });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', temporal: true, database: true });
  });

  it("lists a subject's audit history and verifies the chain over HTTP", async () => {
    await testAuditTrail(db.models).appendOne({
      key: 'api-test/1',
      at: '2026-03-01T10:00:00+08:00',
      actor: 'hr-1',
      role: 'hr',
      action: 'cycle.created',
      subject: 'recruitment-cycle/CPNS-2026',
      reason: 'opening',
    });
    const headers = { authorization: `Bearer ${await hr()}` };
    const list = (await (
      await fetch(`${base}/api/v1/audit?subject=recruitment-cycle%2FCPNS-2026`, { headers })
    ).json()) as { records: { action: string }[] };
    expect(list.records.map((r) => r.action)).toEqual(['cycle.created']);
    expect(await (await fetch(`${base}/api/v1/audit/verify`, { headers })).json()).toMatchObject({
      ok: true,
      records: 1,
    });
  });

  it('gives every operation an operationId and documents refusals', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThanOrEqual(5);
    for (const op of ops) expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(doc.paths['/api/v1/test/applications/{id}/notes']!.post!.responses).toHaveProperty('403');
  });

  it('echoes a given request id and makes one otherwise', async () => {
    const given = await fetch(`${base}/health/live`, { headers: { 'x-request-id': 'req-42' } });
    expect(given.headers.get('x-request-id')).toBe('req-42');
    const made = await fetch(`${base}/health/live`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown resource with 404 problem+json', async () => {
    const r = await fetch(`${base}/api/v1/nothing-here`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
