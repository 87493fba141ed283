// The recruitment routes over real HTTP: refusals as problem+json (bad cycles and applications, tokens,
// ownership, unknown records, a bulk upload with bad rows that stores nothing), the OpenAPI document, and
// on the dev server with a real worker a registration: apply, the same NIK again, another formation.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createApp, type AppDeps } from '../../api/app';
import type { Database } from '../../db/connection';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { auth, startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';
import { linkToken } from '../support/confirmation';
import { eventually } from '../support/eventually';
import { nikFor } from '../support/nik';
import { mailTo, uniqueEmail } from '../support/servers';

const run = Date.now().toString(36).toUpperCase();
let engine: TestEngine;
let env: TestWorkflowEnvironment;
let db: Database;
let base: string;
let deps: AppDeps;
const startedCycles: string[] = [];

beforeAll(async () => {
  engine = await startTestEngine('recruitment-api', { bodyLimit: '1mb' });
  ({ env, db, baseUrl: base, deps } = engine);
});
afterAll(async () => {
  // The cycles and applications of this file would otherwise wait on their timers until the run ends.
  const apps = await db.models.applications.find({ cycleCode: { $in: startedCycles } }).lean();
  await Promise.all(
    [...startedCycles.map(cycleWorkflowId), ...apps.map((a) => a.workflowId)].map((id) =>
      env.client.workflow
        .getHandle(id)
        .terminate('test finished')
        .catch(() => undefined),
    ),
  );
  await engine.stop();
});

interface ProblemBody {
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}
interface Answer<T> {
  status: number;
  type: string | null;
  location: string | null;
  json: T & ProblemBody;
}

async function call<T = Record<string, unknown>>(
  method: 'GET' | 'POST',
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${base}/api/v1/recruitment${path}`, {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    location: res.headers.get('location'),
    json: (await res.json()) as T & ProblemBody,
  };
}

const hrToken = () => staffToken({ role: 'hr', sub: 'hr-1' });
const candidateToken = (app: string) => auth.sign({ sub: app, role: 'candidate', app });
const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 24 * 3600 * 1000;

function cycleBody(code: string, opensAt = Date.now() + 30 * DAY, closesAt = opensAt + 21 * DAY) {
  return {
    code,
    kind: 'CPNS',
    title: 'Seleksi CPNS Kota Kupang 2026',
    formations: [
      {
        code: 'PRANATA-KOMPUTER',
        title: 'Pranata Komputer Ahli Pertama',
        unit: 'DISKOMINFO',
        type: 'umum',
        vacancies: 2,
      },
      { code: 'DOKTER', title: 'Dokter Ahli Pertama', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
    ],
    schedule: { registrationOpensAt: iso(opensAt), registrationClosesAt: iso(closesAt) },
  };
}

function person(name: string, formationCode: string, nik = nikFor('1996-05-17')) {
  return {
    nik,
    name,
    email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')),
    birthDate: '1996-05-17',
    education: { level: 'S1', major: 'Ilmu Komputer', gpa: 3.4 },
    formationCode,
    language: 'id',
  };
}

async function createCycle(body: ReturnType<typeof cycleBody>) {
  const r = await call<{ code: string }>('POST', '/cycles', { token: await hrToken(), body });
  expect(r.status).toBe(201);
  startedCycles.push(body.code);
  return r;
}

function expectProblem(r: Answer<unknown>, status: number) {
  expect(r.status).toBe(status);
  expect(r.type).toMatch(/^application\/problem\+json/);
}

describe('refusals', () => {
  it('refuses a cycle with a bad code', async () => {
    const r = await call('POST', '/cycles', {
      token: await hrToken(),
      body: cycleBody(`cpns 2026 ${run}`),
    });
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([{ path: 'body.code', message: expect.stringContaining('capital') }]);
  });

  it('refuses a cycle with a formation code used twice', async () => {
    const body = cycleBody(`DUP-${run}`);
    body.formations[1]!.code = body.formations[0]!.code;
    const r = await call('POST', '/cycles', { token: await hrToken(), body });
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([
      { path: 'body.formations.1.code', message: expect.stringContaining('more than once') },
    ]);
    expect(await db.models.cycles.countDocuments({ _id: body.code })).toBe(0);
  });

  it('refuses a cycle whose registration closes before it opens', async () => {
    const opens = Date.now() + 10 * DAY;
    const r = await call('POST', '/cycles', {
      token: await hrToken(),
      body: cycleBody(`LATE-${run}`, opens, opens - DAY),
    });
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([
      { path: 'body.schedule.registrationClosesAt', message: 'registration must close after it opens' },
    ]);
  });

  it('refuses an application with a 15-digit NIK, naming body.nik', async () => {
    const r = await call('POST', `/cycles/NO-SUCH-${run}/applications`, {
      body: person('Maria Fernandez', 'DOKTER', '537101010101000'),
    });
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([{ path: 'body.nik', message: 'NIK must be exactly 16 digits' }]);
  });

  it('refuses an hr operation without a token with 401', async () => {
    const r = await call('GET', '/cycles');
    expectProblem(r, 401);
  });

  it('refuses a candidate token whose application does not exist (or expired unconfirmed) with 401', async () => {
    const mine = `CPNS-${run}-0123456789abcdef0123`;
    const theirs = `CPNS-${run}-fedcba9876543210fedc`;
    const r = await call('GET', `/applications/${theirs}`, { token: await candidateToken(mine) });
    expectProblem(r, 401);
    expect(r.json.detail).toMatch(/its application does not exist/);
  });

  it('answers an unknown cycle and an unknown application with 404', async () => {
    const token = await hrToken();
    expectProblem(await call('GET', `/cycles/NO-SUCH-${run}`, { token }), 404);
    expectProblem(await call('GET', `/applications/NO-SUCH-${run}-0123456789abcdef0123`, { token }), 404);
    expectProblem(await call('GET', `/cycles/NO-SUCH-${run}/applications`, { token }), 404);
  });

  it('refuses a query parameter it does not know', async () => {
    const r = await call('GET', `/cycles/NO-SUCH-${run}/applications?sort=name`, { token: await hrToken() });
    expectProblem(r, 400);
    expect(r.json.errors).toEqual([{ path: 'query.sort', message: 'unknown field' }]);
  });

  it('refuses an SKD upload and a screening decision naming every bad row, and stores nothing', async () => {
    const code = `SKD-${run}`;
    await createCycle(cycleBody(code));
    // One real application ready for its SKD result, as the read model holds it after screening.
    const good = `${code}-00000000000000000001`;
    await db.models.applications.create({
      _id: good,
      cycleCode: code,
      workflowId: `application/${code}/test`,
      applicantKey: 'test-key-1',
      formationCode: 'PRANATA-KOMPUTER',
      formationType: 'umum',
      nik: '5371010101950001',
      name: 'Yohanes Lado',
      email: uniqueEmail('yohanes'),
      birthDate: '1995-01-01',
      education: { level: 'S1', major: 'Ilmu Komputer', gpa: 3.2 },
      language: 'id',
      status: 'screened-ms',
      seq: 0,
    });
    const r = await call('POST', `/cycles/${code}/skd-results`, {
      token: await hrToken(),
      body: {
        rows: [
          { applicationId: good, twk: 100, tiu: 100, tkp: 180 },
          { applicationId: `${code}-00000000000000000002`, twk: 100, tiu: 100, tkp: 180 },
          { applicationId: `${code}-00000000000000000003`, twk: 90, tiu: 85, tkp: 170 },
          { applicationId: `OTHER-${run}-00000000000000000001`, twk: 90, tiu: 85, tkp: 170 },
        ],
      },
    });
    expectProblem(r, 400);
    expect(r.json.errors!.map((e) => e.path)).toEqual([
      'body.rows.1.applicationId',
      'body.rows.2.applicationId',
      'body.rows.3.applicationId',
    ]);
    expect(r.json.errors![0]!.message).toContain(`no application ${code}-00000000000000000002`);
    expect(await db.models.resultBatches.countDocuments({})).toBe(0);

    // The single screening route finds the cycle in the application id and refuses the same way.
    const one = await call('POST', `/applications/${code}-0000000000000000000a/screening`, {
      token: await hrToken(),
      body: { decision: 'MS', reason: 'lengkap' },
    });
    expectProblem(one, 400);
    expect(one.json.errors).toEqual([
      { path: 'body.decisions.0.applicationId', message: expect.stringContaining('no application') },
    ]);
    expect(await db.models.resultBatches.countDocuments({})).toBe(0);
  });
});

describe('the OpenAPI document', () => {
  it('lists every recruitment operation', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'createRecruitmentCycle',
        'listRecruitmentCycles',
        'getRecruitmentCycle',
        'applyToRecruitmentCycle',
        'getRecruitmentApplication',
        'listRecruitmentApplications',
        'screenRecruitmentApplication',
        'screenRecruitmentApplications',
        'announceRecruitmentResults',
        'appealRecruitmentResult',
        'decideRecruitmentAppeal',
        'scheduleRecruitmentSkd',
        'uploadRecruitmentSkdResults',
        'uploadRecruitmentSkbResults',
        'uploadRecruitmentCompetencyResults',
        'getRecruitmentRanking',
        'getPublicRecruitmentRanking',
        'submitRecruitmentDocuments',
        'verifyRecruitmentDocuments',
        'withdrawRecruitmentApplication',
      ]),
    );
    expect(doc.paths['/api/v1/recruitment/applications/{id}/appeals/{stage}/decision']).toHaveProperty(
      'post',
    );
  });

  it("names a ranking row's current outcome and the one the ranking gave", async () => {
    const text = await (await fetch(`${base}/openapi.json`)).text();
    expect(text).toContain(
      JSON.stringify([
        'advanced',
        'not-advanced',
        'passed',
        'replacement',
        'optimalisasi',
        'not-passed',
        'withdrawn',
        'failed-documents',
      ]),
    );
    expect(text).toContain('"rankedOutcome"');
  });
});

describe('registration on the dev server', () => {
  it('applies, gives the same application back for the same NIK, refuses another formation, and guards reading', async () => {
    const code = `REG-${run}`;
    const now = Date.now();
    const created = await createCycle(cycleBody(code, now, now + 30_000));
    expect(created.location).toBe(`/api/v1/recruitment/cycles/${code}`);
    const token = await hrToken();
    const phase = await eventually(
      () => call<{ phase: string }>('GET', `/cycles/${code}`, { token }).then((r) => r.json.phase),
      (p) => p === 'registration',
    );
    expect(phase).toBe('registration');

    const maria = person('Maria Fernandez', 'PRANATA-KOMPUTER');
    const first = await call<{ applicationId: string }>('POST', `/cycles/${code}/applications`, {
      body: maria,
    });
    expect(first.status).toBe(201);
    const mariaId = first.json.applicationId;
    expect(mariaId).toMatch(new RegExp(`^${code}-[0-9a-f]{20}$`));
    // No token in the answer: the way in is the link mailed to the address given.
    expect(first.json).toEqual({ applicationId: mariaId });
    expect(first.location).toBe(`/api/v1/recruitment/applications/${mariaId}`);

    const again = await call<{ applicationId: string }>('POST', `/cycles/${code}/applications`, {
      body: maria,
    });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ applicationId: mariaId });

    const elsewhere = await call('POST', `/cycles/${code}/applications`, {
      body: { ...maria, formationCode: 'DOKTER' },
    });
    expectProblem(elsewhere, 409);

    // Unconfirmed, it is listed and counted nowhere.
    const listed = () =>
      call<{ total: number; items: { applicationId: string }[] }>(
        'GET',
        `/cycles/${code}/applications?formation=PRANATA-KOMPUTER&pageSize=10`,
        { token },
      );
    expect((await listed()).json.total).toBe(0);

    // Maria opens the confirmation link: its token confirms the application (twice is the same).
    const mariaToken = await linkToken(maria.email, mariaId);
    for (let i = 0; i < 2; i++) {
      const confirmed = await call('POST', `/applications/${mariaId}/confirmation`, { token: mariaToken });
      expect(confirmed).toMatchObject({ status: 200, json: { status: 'registered' } });
    }
    const yohanesBody = person('Yohanes Lado', 'DOKTER');
    const yohanes = await call<{ applicationId: string }>('POST', `/cycles/${code}/applications`, {
      body: yohanesBody,
    });
    expect(yohanes.status).toBe(201);
    const yohanesToken = await linkToken(yohanesBody.email, yohanes.json.applicationId);

    const own = await call<{ applicationId: string; name: string; status: string }>(
      'GET',
      `/applications/${mariaId}`,
      { token: mariaToken },
    );
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ applicationId: mariaId, name: 'Maria Fernandez', status: 'registered' });
    const notHers = await call('GET', `/applications/${mariaId}`, { token: yohanesToken });
    expectProblem(notHers, 403);
    expect(notHers.json.detail).toBe('this record belongs to someone else');

    const list = await listed();
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(1);
    expect(list.json.items.map((a) => a.applicationId)).toEqual([mariaId]);

    // One confirmation email and one receipt; the duplicate request sent nothing.
    const mail = await eventually(
      () => mailTo(maria.email),
      (m) => m.length >= 2,
    );
    expect(mail.map((m) => m.subject)).toEqual([
      'Konfirmasi pendaftaran: Seleksi CPNS Kota Kupang 2026',
      'Pendaftaran diterima: Seleksi CPNS Kota Kupang 2026',
    ]);

    // Maria's link leaked: she renews it. Every earlier link stops working; the new one, mailed, works.
    const renewed = await call('POST', `/applications/${mariaId}/link-renewal`, {
      token: mariaToken,
      body: { reason: 'tautan terkirim ke grup WhatsApp' },
    });
    expect(renewed).toMatchObject({ status: 200, json: { tokenVersion: 1 } });
    const stale = await call('GET', `/applications/${mariaId}`, { token: mariaToken });
    expectProblem(stale, 401);
    expect(stale.json.detail).toMatch(/replaced by a newer one/);
    const fresh = await linkToken(maria.email, mariaId, 2);
    expect((await call('GET', `/applications/${mariaId}`, { token: fresh })).status).toBe(200);
    // HR renews for her (a candidate who phoned); the renewals are in the trail.
    const byHr = await call('POST', `/applications/${mariaId}/link-renewal`, {
      token,
      body: { reason: 'peserta melapor lewat telepon' },
    });
    expect(byHr).toMatchObject({ status: 200, json: { tokenVersion: 2 } });
    expectProblem(await call('GET', `/applications/${mariaId}`, { token: fresh }), 401);
    const latest = await linkToken(maria.email, mariaId, 3);
    const renewals = (
      await call<{ history: { action: string; reason: string }[] }>('GET', `/applications/${mariaId}`, {
        token: latest,
      })
    ).json.history.filter((h) => h.action === 'application.links-renewed');
    expect(renewals.map((h) => h.reason)).toEqual([
      'tautan terkirim ke grup WhatsApp',
      'peserta melapor lewat telepon',
    ]);

    // A month after the cycle closed, the links stop working (the cycle's closing time, as its workflow
    // records it, is set here directly: running a whole cycle to its end is the e2e tests' part).
    const month = 30 * DAY;
    await db.models.cycles.updateOne({ _id: code }, { $set: { closedAt: iso(Date.now() - month + 60_000) } });
    expect((await call('GET', `/applications/${mariaId}`, { token: latest })).status).toBe(200);
    await db.models.cycles.updateOne({ _id: code }, { $set: { closedAt: iso(Date.now() - month - 60_000) } });
    const closed = await call('GET', `/applications/${mariaId}`, { token: latest });
    expectProblem(closed, 401);
    expect(closed.json.detail).toMatch(/personal links of this cycle stopped working on/);
  });
});

describe('rate limits on the public endpoints', () => {
  it('answers 429 with Retry-After past 2 applications an hour for one NIK, and past 4 public requests a minute from one client', async () => {
    const limited = createApp({
      ...deps,
      config: {
        ...deps.config,
        rateLimits: {
          perIp: { limit: 4, window: 'PT1M' },
          perApplicant: { limit: 2, window: 'PT1H' },
        },
      },
    }).app.listen(0);
    await new Promise((r) => limited.once('listening', r));
    const at = `http://127.0.0.1:${(limited.address() as { port: number }).port}/api/v1/recruitment`;
    try {
      const body = JSON.stringify(person('Maria Fernandez', 'DOKTER'));
      const apply = () =>
        fetch(`${at}/cycles/NO-SUCH-CYCLE/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
      // Refused requests count too: the limit is on attempts, whatever they ask.
      expect((await apply()).status).toBe(404);
      expect((await apply()).status).toBe(404);
      const third = await apply();
      expect(third.status).toBe(429);
      expect(third.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect(((await third.json()) as ProblemBody).detail).toBe(
        'more than 2 requests for one NIK within PT1H; try again after Retry-After seconds',
      );

      const ranking = () => fetch(`${at}/public/cycles/NO-SUCH-CYCLE/rankings/DOKTER?stage=final`);
      expect((await ranking()).status).toBe(404); // the client's 4th request this minute
      const fifth = await ranking();
      expect(fifth.status).toBe(429);
      expect(Number(fifth.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    } finally {
      await new Promise((r) => limited.close(r));
    }
  });
});
