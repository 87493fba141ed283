// What a hostile client found (issue 9), over real HTTP on the real database and Temporal dev server:
// oversized and disguised text, prototype keys wherever a key is taken from input, unbounded durations,
// corrupt compressed bodies, unknown methods, a database outage, the OpenAPI document's refusals, and one
// 400 naming every bad row of an upload.
import { request as httpRequest, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createApp, type AppDeps } from '../../api/app';
import { buildModels, type Database } from '../../db/connection';
import { applicationSchema, createCycleSchema } from '../../domain/recruitment/schemas';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { storedApplications } from '../support/records';
import { auth, startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';

const run = Date.now().toString(36).toUpperCase();
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
let engine: TestEngine;
let env: TestWorkflowEnvironment;
let db: Database;
let base: string;
const startedCycles: string[] = [];

/** The engine's app on other models (a database that does not answer). */
const depsOn = (models: AppDeps['models']): AppDeps => ({ ...engine.deps, models });

async function listen(app: ReturnType<typeof createApp>['app']): Promise<[Server, string]> {
  const s = app.listen(0);
  await new Promise((r) => s.once('listening', r));
  return [s, `http://127.0.0.1:${(s.address() as { port: number }).port}`];
}

beforeAll(async () => {
  engine = await startTestEngine('api-hardening');
  ({ env, db, baseUrl: base } = engine);
});
afterAll(async () => {
  await Promise.all(
    startedCycles.map((code) =>
      env.client.workflow
        .getHandle(cycleWorkflowId(code))
        .terminate('test finished')
        .catch(() => undefined),
    ),
  );
  await engine.stop();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: { detail?: string; errors?: { path: string; message: string }[] } & Record<string, unknown>;
}

async function call(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: Buffer | string; headers?: Record<string, string> } = {},
  at = base,
): Promise<Answer> {
  const body = opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined);
  const res = await fetch(`${at}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    // A Buffer is a Uint8Array; the DOM's fetch types (preact's templates bring them in) want one over an ArrayBuffer.
    ...(body !== undefined ? { body: body as string | Uint8Array<ArrayBuffer> } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : {} };
}

const hr = () => staffToken({ role: 'hr', sub: 'hr-1' });
const DAY = 24 * 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const R = '/api/v1/recruitment';

function cycleBody(code: string, schedule: Record<string, string> = {}) {
  const opensAt = Date.now() + 30 * DAY;
  return {
    code,
    kind: 'CPNS',
    title: 'Seleksi CPNS Kota Kupang 2026',
    formations: [
      { code: 'PRANATA-KOMPUTER', title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', vacancies: 2 },
    ],
    schedule: {
      registrationOpensAt: iso(opensAt),
      registrationClosesAt: iso(opensAt + 21 * DAY),
      ...schedule,
    },
  };
}

const applicant = (name: string, formationCode = 'PRANATA-KOMPUTER') => ({
  nik: '5371014501960001',
  name,
  email: 'maria@example.com',
  birthDate: '1996-01-05',
  education: { level: 'S1', major: 'Informatika', gpa: 3.61 },
  formationCode,
  language: 'id',
});

async function createCycle(code: string) {
  const r = await call('POST', `${R}/cycles`, { token: await hr(), body: cycleBody(code) });
  expect(r.status).toBe(201);
  startedCycles.push(code);
}

function expectUnharmed() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).registered).toBeUndefined();
}

describe('text lengths and names', () => {
  it('refuses a 3 MiB name with 400 naming body.name, and stores nothing', async () => {
    const code = `LEN-${run}`;
    await createCycle(code);
    const r = await call('POST', `${R}/cycles/${code}/applications`, {
      body: applicant('x'.repeat(3 * 1024 * 1024)),
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([{ path: 'body.name', message: 'name must be at most 200 characters' }]);
    expect(await db.models.applications.countDocuments({ cycleCode: code })).toBe(0);
  });

  it('refuses a name with a right-to-left override and one of only zero-width spaces', async () => {
    for (const name of ['Maria \u202eFernandez', '\u200b\u200b\u200b']) {
      const r = await call('POST', `${R}/cycles/LEN-${run}/applications`, { body: applicant(name) });
      expect(r.status).toBe(400);
      expect(r.json.errors?.map((e) => e.path)).toEqual(['body.name']);
    }
  });

  it('refuses a 2,001-character reason to withdraw', async () => {
    const id = `LEN-${run}-0123456789abcdef0123`;
    await storedApplications(db, [id]);
    const token = await auth.sign({ sub: id, role: 'candidate', app: id });
    const r = await call('POST', `${R}/applications/${id}/withdrawal`, {
      token,
      body: { reason: 'a'.repeat(2001) },
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      { path: 'body.reason', message: 'reason must be at most 2000 characters' },
    ]);
  });
});

describe('prototype keys from input', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses %s wherever a code or key is taken from a request, and stays unharmed',
    async (key) => {
      const token = await hr();
      const code = `KEYS-${run}`;
      const withFormation = cycleBody(`${code}-X`);
      withFormation.formations[0]!.code = key;
      const answers = {
        formation: await call('POST', `${R}/cycles`, { token, body: withFormation }),
        formationCode: await call('POST', `${R}/cycles/${code}/applications`, {
          body: applicant('Maria', key),
        }),
        rankingFormation: await call('GET', `${R}/cycles/${code}/rankings/${key}?stage=skd`, { token }),
        publicRanking: await call('GET', `${R}/public/cycles/${code}/rankings/${key}?stage=final`),
        formationQuery: await call('GET', `${R}/cycles/${code}/applications?formation=${key}`, { token }),
        statusQuery: await call('GET', `${R}/cycles/${code}/applications?status=${key}`, { token }),
        stageQuery: await call('GET', `${R}/cycles/${code}/applications?stage=${key}`, { token }),
        unitCode: await call('POST', '/api/v1/org/units', {
          token,
          body: { units: [{ code: key, name: 'Dinas' }] },
        }),
        component: await call('POST', `${R}/cycles/${code}/skb-results`, {
          token,
          body: {
            components: [{ code: key, name: 'CAT SKB', kind: 'cat', weight: 1 }],
            rows: [{ applicationId: `${code}-0123456789abcdef0123`, scores: { CAT: 80 } }],
          },
        }),
        bodyKey: await call('POST', `${R}/cycles/${code}/announcements`, {
          token,
          raw: `{"stage": "skd", "${key}": {"registered": 1}}`,
        }),
      };
      for (const [where, r] of Object.entries(answers)) expect([where, r.status]).toEqual([where, 400]);
      expect(answers.formation.json.errors?.map((e) => e.path)).toEqual(['body.formations.0.code']);
      expect(answers.unitCode.json.errors?.map((e) => e.path)).toEqual(['body.units.0.code']);
      expect(answers.component.json.errors?.map((e) => e.path)).toEqual(['body.components.0.code']);
      expectUnharmed();
      // A strict body is still accepted afterwards.
      await createCycle(`${code}-${['__proto__', 'constructor', 'prototype'].indexOf(key)}`);
    },
  );

  it('counts stored applications of a formation coded __proto__ or constructor as own keys', async () => {
    const code = `COUNTS-${run}`;
    await createCycle(code);
    await db.models.applications.collection.insertMany(
      ['__proto__', 'constructor', 'PRANATA-KOMPUTER'].map((formationCode, i) => ({
        _id: `${code}-0000000000000000000${i}` as never,
        cycleCode: code,
        formationCode,
        status: 'registered',
      })),
    );
    const r = await call('GET', `${R}/cycles/${code}`, { token: await hr() });
    expect(r.status).toBe(200);
    expect(r.text).toContain('"byFormation":{"__proto__":{"registered":1}');
    const byFormation = (r.json.counts as { byFormation: Record<string, unknown> }).byFormation;
    expect(Object.keys(byFormation).sort()).toEqual(['PRANATA-KOMPUTER', '__proto__', 'constructor']);
    expect((r.json.counts as { byStatus: unknown }).byStatus).toEqual({ registered: 3 });
    expectUnharmed();
  });
});

describe('durations', () => {
  it.each([
    ['appealWindow', 'P99999999W'],
    ['appealWindow', 'PT0.001S'],
    ['documentWindow', 'P1000D'],
  ])('refuses schedule.%s %s with 400 naming it and its bounds, and stores nothing', async (field, value) => {
    const body = cycleBody(`DUR-${run}-${value.length}`, { [field]: value });
    const r = await call('POST', `${R}/cycles`, { token: await hr(), body });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      { path: `body.schedule.${field}`, message: expect.stringMatching(/^must be between PT1S and P\d+D/) },
    ]);
    expect(await db.models.cycles.countDocuments({ _id: body.code })).toBe(0);
  });

  it('names body.schedule.documentWindow, not body.rules, when it is shorter than the default reminder', async () => {
    const r = await call('POST', `${R}/cycles`, {
      token: await hr(),
      body: cycleBody(`DOCW-${run}`, { documentWindow: 'PT30M' }),
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      {
        path: 'body.schedule.documentWindow',
        message: expect.stringContaining('set a shorter rules.windows.documentReminderBefore'),
      },
    ]);
  });
});

describe('one 400 for every bad row of an upload', () => {
  it('names a type error in one row together with the unknown applications and scores of the others', async () => {
    const code = `ROWS-${run}`;
    await createCycle(code);
    const unknown = (n: number) => `${code}-0000000000000000000${n}`;
    const r = await call('POST', `${R}/cycles/${code}/skd-results`, {
      token: await hr(),
      body: {
        rows: [
          { applicationId: unknown(1), twk: 100, tiu: 100, tkp: 180 },
          { applicationId: unknown(2), twk: 'seratus', tiu: 100, tkp: 180 },
          { applicationId: unknown(3), twk: 100, tiu: 1000, tkp: 180 },
        ],
      },
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([
      { path: 'body.rows.0.applicationId', message: `no application ${unknown(1)} in cycle ${code}` },
      { path: 'body.rows.1.twk', message: 'a score must be a number' },
      { path: 'body.rows.2.applicationId', message: `no application ${unknown(3)} in cycle ${code}` },
      { path: 'body.rows.2.tiu', message: expect.stringContaining('1000') },
    ]);
    expect(await db.models.resultBatches.countDocuments({ cycleCode: code })).toBe(0);
  });

  it('names an unknown field of an imported employee like recruitment does', async () => {
    const r = await call('POST', '/api/v1/org/employees', {
      token: await hr(),
      body: {
        employees: [
          {
            nip: '198001012005011001',
            name: 'Maria Fernandez',
            email: 'maria@kupangkota.go.id',
            unitCode: 'BKPSDM',
            position: 'Kepala BKPSDM',
            level: 'jpt',
            hobby: 'catur',
          },
        ],
        units: [{ code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan SDM' }],
      },
    });
    expect(r.status).toBe(400);
    expect(r.json.errors).toContainEqual({ path: 'body.employees.0.hobby', message: 'unknown field' });
  });
});

describe('an appeal while the announcement is delivered', () => {
  // A client whose application workflow refuses the appeal (its window is not open yet) while the cycle's
  // live state has announced the stage: the moment between the 202 and the signal reaching the application.
  const announcedClient = (closesAt: string, ownWindows: Record<string, unknown> = {}) =>
    ({
      workflow: {
        getHandle: () => ({
          executeUpdate: async () => {
            throw new WorkflowUpdateFailedError(
              'Workflow Update failed',
              ApplicationFailure.nonRetryable('no appeal window is open for administration'),
            );
          },
          query: async (q: { name: string }) => ({
            appealWindows: q.name === 'cycleState' ? { administration: closesAt } : ownWindows,
          }),
        }),
      },
    }) as unknown as Client;

  it('answers 409 with Retry-After until the announcement reached the application, then a plain 409', async () => {
    const code = `ANN-${run}`;
    const id = `${code}-0123456789abcdef0123`;
    const closesAt = iso(Date.now() + 3 * DAY);
    await db.models.cycles.collection.insertOne({ _id: code as never, appealWindows: {} });
    await db.models.applications.collection.insertOne({
      _id: id as never,
      cycleCode: code,
      workflowId: `application/${code}/test`,
    });
    const servers = await Promise.all(
      [announcedClient(closesAt), announcedClient(closesAt, { administration: { status: 'done' } })].map(
        (client) => listen(createApp({ ...depsOn(db.models), client }).app),
      ),
    );
    const [annBase, appealedBase] = servers.map(([, b]) => b);
    try {
      const appeal = async (at = annBase) =>
        call(
          'POST',
          `${R}/applications/${id}/appeals`,
          {
            token: await auth.sign({ sub: id, role: 'candidate', app: id }),
            body: { stage: 'administration', reason: 'nilai saya belum tercatat' },
          },
          at,
        );
      const early = await appeal();
      expect(early.status).toBe(409);
      expect(early.headers.get('retry-after')).toBe('5');
      expect(early.json.detail).toContain('still being announced');
      // This application has its window (the appeal was refused for another reason): its own words.
      const appealed = await appeal(appealedBase);
      expect(appealed.status).toBe(409);
      expect(appealed.headers.get('retry-after')).toBeNull();
      await db.models.cycles.collection.updateOne(
        { _id: code as never },
        { $set: { 'appealWindows.administration': closesAt } },
      );
      const late = await appeal();
      expect(late.status).toBe(409);
      expect(late.headers.get('retry-after')).toBeNull();
      expect(late.json.detail).toBe('no appeal window is open for administration');
    } finally {
      await Promise.all(servers.map(([srv]) => new Promise((r) => srv.close(r))));
    }
  });
});

describe('transport', () => {
  it.each(['gzip', 'deflate'])('refuses a corrupt %s body with 400', async (encoding) => {
    const corrupt = gzipSync(JSON.stringify({ stage: 'skd' })).subarray(0, 12);
    const r = await call('POST', `${R}/cycles/TR-${run}/announcements`, {
      token: await hr(),
      raw: corrupt,
      headers: { 'content-encoding': encoding },
    });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.json.errors?.map((e) => e.path)).toEqual(['body']);
  });

  it('sends security headers, no-store on the API, and still serves /openapi.json', async () => {
    const r = await call('GET', `${R}/cycles`, { token: await hr() });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(r.headers.get('x-powered-by')).toBeNull();
    const doc = await call('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.json.openapi).toBe('3.1.0');
  });

  it('answers TRACE and PATCH on a known path with 405 and Allow, an unknown path still 404', async () => {
    const trace = await new Promise<{ status?: number; allow?: string | string[] }>((resolve, reject) => {
      const req = httpRequest(`${base}${R}/cycles`, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, allow: res.headers.allow });
      });
      req.on('error', reject);
      req.end();
    });
    expect(trace).toEqual({ status: 405, allow: 'GET, HEAD, POST' });
    const patch = await call('PATCH', `${R}/cycles/CPNS-2026`, { token: await hr() });
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, HEAD');
    expect((await call('PATCH', '/api/v1/nothing-here')).status).toBe(404);
  });

  it('answers 503 with Retry-After when the database does not answer', async () => {
    const dead = mongoose.createConnection('mongodb://127.0.0.1:1/sdm-flow', {
      serverSelectionTimeoutMS: 300,
    });
    dead.on('error', () => undefined);
    const [deadServer, deadBase] = await listen(createApp(depsOn(buildModels(dead))).app);
    try {
      const r = await call('GET', `${R}/cycles`, { token: await hr() }, deadBase);
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(r.json.detail).toBe('the database does not answer; try again in 5 s');
    } finally {
      await new Promise((r) => deadServer.close(r));
      await dead.close();
    }
  });
});

describe('what the fuzz run found (tests/e2e/api-fuzz.test.ts)', () => {
  it('shows an application without documents or a withdrawal yet with both null, as the document requires', async () => {
    const code = `VIEW-${run}`;
    await createCycle(code);
    const id = `${code}-00000000000000000001`;
    // As the intake writes it: neither field until its stage writes it.
    await db.models.applications.collection.insertOne({
      _id: id as never,
      cycleCode: code,
      workflowId: `application/${code}/test`,
      applicantKey: 'view-key-1',
      formationCode: 'PRANATA-KOMPUTER',
      formationType: 'umum',
      name: 'Yohanes Lado',
      nik: engine.deps.fields.seal('5371010101950001'),
      email: engine.deps.fields.seal('yohanes@example.com'),
      birthDate: '1995-01-01',
      education: { level: 'S1', major: 'Ilmu Komputer', gpa: 3.2 },
      language: 'id',
      status: 'registered',
      appeals: {},
      deadlines: {},
      seq: 0,
    });
    const token = await hr();
    const list = await call('GET', `${R}/cycles/${code}/applications`, { token });
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([
      expect.objectContaining({ applicationId: id, documents: null, withdrawal: null }),
    ]);
    const one = await call('GET', `${R}/applications/${id}`, { token });
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({ applicationId: id, documents: null, withdrawal: null });
  });
});

describe('the OpenAPI document', () => {
  interface Operation {
    requestBody?: { required?: boolean };
    parameters?: { in: string }[];
    security?: unknown[];
    responses: Record<string, unknown>;
  }

  it('marks every request body required and documents every refusal an operation can answer', async () => {
    const doc = (await call('GET', '/openapi.json')).json as {
      paths: Record<string, Record<string, Operation>>;
    };
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const expected = ['500', '503'];
        if (op.requestBody) {
          if (op.requestBody.required !== true) missing.push(`${method} ${path}: body not required`);
          expected.push('400', '413', '415');
        }
        if (op.security) expected.push('401', '403');
        // The public recruitment endpoints are rate-limited (the health checks are not).
        else if (path.startsWith('/api/')) expected.push('429');
        if (op.parameters?.some((p) => p.in === 'path')) expected.push('404');
        for (const status of expected)
          if (!op.responses[status]) missing.push(`${method} ${path}: ${status} undocumented`);
      }
    expect(missing).toEqual([]);
  });

  it("gives valid examples of a cycle and an application, which the API's own schemas accept", async () => {
    const doc = (await call('GET', '/openapi.json')).json as {
      paths: Record<
        string,
        Record<string, { requestBody: { content: Record<string, { schema: { example?: unknown } }> } }>
      >;
    };
    const example = (path: string) =>
      doc.paths[path]!.post!.requestBody.content['application/json']!.schema.example;
    expect(createCycleSchema.safeParse(example('/api/v1/recruitment/cycles')).error).toBeUndefined();
    expect(
      applicationSchema.safeParse(example('/api/v1/recruitment/cycles/{code}/applications')).error,
    ).toBeUndefined();
  });

  it('documents 409 on the appraisal steps whose workflow can refuse them', async () => {
    const doc = (await call('GET', '/openapi.json')).json as {
      paths: Record<string, Record<string, Operation>>;
    };
    // A unit result for a unit outside the year, feedback on an appraisal that has ended (found by the fuzz run).
    expect(doc.paths['/api/v1/appraisal/{year}/units/{unitCode}/results']!.post!.responses).toHaveProperty(
      '409',
    );
    expect(doc.paths['/api/v1/appraisal/{year}/employees/{nip}/feedback']!.post!.responses).toHaveProperty(
      '409',
    );
  });
});
