// The schema-driven fuzz run (issue 9): schemathesis generates requests from /openapi.json — valid ones,
// boundary values, schema-breaking ones, unknown methods, missing tokens, chains through the document's
// links — and sends them to the real engine (API + worker on the dev server and FerretDB), with a
// candidate's token, a supervisor's and HR's in turn. Bounded: deterministic generation, a fixed number of
// test cases per operation and phase, and a fixed time per run. From schemathesis's own reports the test asserts that no
// response was a 5xx, that every response kept to the document (documented status, content type, body and
// header schemas), that schema-breaking input was refused, and that refused requests changed nothing:
// every record that was added or changed, and every audit record, belongs to something an accepted (2xx)
// request named, the counts of cycles, applications and appraisal years grew by exactly the accepted
// creations, and the audit chain still verifies. It prints each run's request count and time.
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from '../../api/app';
import { createApiClient, must } from '../../api/client';
import type { Database } from '../../db/connection';
import { auth, startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';
import { eventually } from '../support/eventually';
import { failureSummary, runFuzz, type FuzzRun } from '../support/fuzz';
import { nikFor } from '../support/nik';
import { uniqueEmail } from '../support/servers';

/**
 * Test cases per operation and phase, and each run's time (seconds): schemathesis runs its coverage
 * phase, then repeats its fuzzing and stateful phases until the time is spent, and stops there.
 */
const MAX_EXAMPLES = 10;
const SECONDS = { candidate: 40, supervisor: 25, hr: 80 };
/** The operations a candidate may call (their application's, and the public ones). */
const candidateOperations = [
  'applyToRecruitmentCycle',
  'getPublicRecruitmentRanking',
  'getRecruitmentApplication',
  'appealRecruitmentResult',
  'submitRecruitmentDocuments',
  'withdrawRecruitmentApplication',
];
/** The operations a supervisor may call (HR's run reaches none of the appraisal steps that are theirs). */
const supervisorOperations = [
  'getEmployeeAppraisal',
  'draftSkp',
  'recordFeedback',
  'fileObjection',
  'acceptAppraisalResult',
  'setUnitResult',
  'getUnitCalibration',
  'getOrgEmployee',
  'listTasks',
  'completeTask',
];

/**
 * Every check schemathesis has, but object_level_authorization (it needs two users' credentials in one
 * run; a candidate reading another's application is tested in recruitment-api.test.ts) and
 * positive_data_acceptance: it expects every request that fits the
 * JSON Schema to be accepted, and the API rightly refuses (400, naming the field) what no JSON Schema in
 * the document can say — a reference to a record that does not exist (`no application X in cycle Y`),
 * weights that must add up to 1, a window that must close after it opens, a duration of zero.
 */
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'missing_required_header',
  'unsupported_method',
  'allow_header_conformance',
  'use_after_free',
  'ensure_resource_availability',
  'ignored_auth',
].join(',');

let engine: TestEngine;
let db: Database;
let fuzzServer: Server;
let base: string;
let hrToken: string;
let candidateToken: string;
let supervisorToken: string;
const runs: FuzzRun[] = [];

// ---- The data the fuzz works on: a cycle in registration with an application, an organisation, a year --
const code = 'FUZZ-CPNS';
const formations = ['PRANATA-KOMPUTER', 'DOKTER'];
const year = 2099; // far ahead: nothing of the year is due while the fuzz runs
const unit = 'DISKOMINFO';
const nips = ['198001012005011001', '198502022010012002', '199003032015031003'];
let applicationId: string;
let taskIds: string[];

beforeAll(async () => {
  // A namespace of its own: the fuzz opens appraisal years and sets the appraisal schedule, whose
  // workflow ids (`appraisal-year/<year>`, `appraisal-year`) would meet other test files' in `default`.
  engine = await startTestEngine('api-fuzz', { namespace: 'api-fuzz' });
  db = engine.db;
  // The fuzz's own API on the same engine, with rate limits it cannot reach: thousands of requests from
  // one client would otherwise be answered 429 and hide everything else (429 stays in the document; the
  // limits have their own test in tests/integration/recruitment-api.test.ts).
  const unlimited = { limit: 1_000_000, window: 'PT1M' };
  fuzzServer = createApp({
    ...engine.deps,
    config: { ...engine.deps.config, rateLimits: { perIp: unlimited, perApplicant: unlimited } },
  }).app.listen(0);
  await new Promise((r) => fuzzServer.once('listening', r));
  base = `http://127.0.0.1:${(fuzzServer.address() as { port: number }).port}`;

  hrToken = await staffToken({ role: 'hr', sub: 'hr-fuzz' });
  const hr = createApiClient({ baseUrl: base, token: hrToken });
  const now = Date.now();
  await must(
    201,
    hr.POST('/api/v1/recruitment/cycles', {
      body: {
        code,
        kind: 'CPNS',
        title: 'Seleksi CPNS (fuzz)',
        formations: [
          { code: formations[0]!, title: 'Pranata Komputer', unit, type: 'umum', vacancies: 2 },
          { code: formations[1]!, title: 'Dokter', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
        ],
        schedule: {
          registrationOpensAt: new Date(now).toISOString(),
          registrationClosesAt: new Date(now + 3600_000).toISOString(),
        },
      },
    }),
  );
  await eventually(
    async () =>
      (await must(200, hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code } } }))).phase,
    (phase) => phase === 'registration',
  );
  const applied = await must(
    201,
    createApiClient({ baseUrl: base }).POST('/api/v1/recruitment/cycles/{code}/applications', {
      params: { path: { code } },
      body: {
        nik: nikFor('1996-05-17'),
        name: 'Maria Fernandez',
        email: uniqueEmail('maria.fuzz'),
        birthDate: '1996-05-17',
        education: { level: 'S1', major: 'Ilmu Komputer', gpa: 3.4 },
        formationCode: formations[0]!,
        language: 'id',
      },
    }),
  );
  applicationId = applied.applicationId;
  candidateToken = await auth.sign({ sub: applicationId, role: 'candidate', app: applicationId });

  const employee = (
    nip: string,
    name: string,
    level: 'jpt' | 'pengawas' | 'pelaksana',
    sup: string | null,
  ) => ({
    nip,
    name,
    email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')),
    unitCode: unit,
    position: `Jabatan ${name}`,
    level,
    supervisorNip: sup,
  });
  await must(
    200,
    hr.POST('/api/v1/org/employees', {
      body: {
        units: [
          { code: unit, name: 'Dinas Komunikasi dan Informatika', parentCode: null, headNip: nips[0]! },
        ],
        employees: [
          employee(nips[0]!, 'Kepala Dinas', 'jpt', null),
          employee(nips[1]!, 'Kepala Seksi', 'pengawas', nips[0]!),
          employee(nips[2]!, 'Staf Pelaksana', 'pelaksana', nips[1]!),
        ],
      },
    }),
  );
  await must(202, hr.POST('/api/v1/appraisal/years', { body: { year } }));
  // Each employee's SKP draft is a task: its id is one the fuzz can use.
  const tasks = await eventually(
    async () => (await must(200, hr.GET('/api/v1/tasks', { params: { query: { year } } }))).tasks,
    (t) => t.length === nips.length,
  );
  expect(tasks).toHaveLength(nips.length);
  taskIds = tasks.map((t) => t.id);
  // The head of section: the staff member's appraiser, and appraised by the head of the unit.
  supervisorToken = await staffToken({ nip: nips[1]! });
  // Each token works before the fuzz uses it (a run of 401s would test little).
  const as = (token: string) => createApiClient({ baseUrl: base, token });
  await must(
    200,
    as(candidateToken).GET('/api/v1/recruitment/applications/{id}', {
      params: { path: { id: applicationId } },
    }),
  );
  await must(
    200,
    as(supervisorToken).GET('/api/v1/org/employees/{nip}', { params: { path: { nip: nips[2]! } } }),
  );
  // The emails of the application and the year go out on their own: the tests start once they have.
  await settledSnapshot();
}, 120_000);

afterAll(async () => {
  await new Promise((r) => fuzzServer?.close(r));
  // Whatever the fuzz started would wait on its timers until the run ends.
  const running = engine.client.workflow.list({ query: 'ExecutionStatus = "Running"' });
  for await (const wf of running) {
    await engine.client.workflow
      .getHandle(wf.workflowId, wf.runId)
      .terminate('fuzz finished')
      .catch(() => undefined);
  }
  await engine.stop();
});

/** schemathesis's configuration: the records above are drawn often for ids, codes, NIPs and years. */
function config(): string {
  const values = (xs: (string | number)[]) => `values = ${JSON.stringify(xs)}`;
  const id = (dictionary: string) => `{ "path.id" = { dictionary = "${dictionary}", probability = 0.8 } }`;
  return `
[dictionaries.cycle]
${values([code])}
[dictionaries.application]
${values([applicationId])}
[dictionaries.task]
${values(taskIds)}
[dictionaries.formation]
${values(formations)}
[dictionaries.year]
${values([year])}
[dictionaries.nip]
${values(nips)}
[dictionaries.unit]
${values([unit])}

[parameters]
"path.code" = { dictionary = "cycle", probability = 0.8 }
"path.formationCode" = { dictionary = "formation", probability = 0.8 }
"path.year" = { dictionary = "year", probability = 0.5 }
"path.nip" = { dictionary = "nip", probability = 0.8 }
"path.unitCode" = { dictionary = "unit", probability = 0.8 }
"body.formationCode" = { dictionary = "formation", probability = 0.5 }
"body.decisions[*].applicationId" = { dictionary = "application", probability = 0.5 }
"body.rows[*].applicationId" = { dictionary = "application", probability = 0.5 }
"body.sessions[*].applicationId" = { dictionary = "application", probability = 0.5 }

[[operations]]
include-path-regex = "^/api/v1/recruitment/applications/"
parameters = ${id('application')}

[[operations]]
include-path-regex = "^/api/v1/tasks/"
parameters = ${id('task')}
`;
}

// ---- Accounting for every change ---------------------------------------------------------------------

type Snapshot = Map<string, Map<string, string>>;
type Finder = { find(filter: object): { lean(): Promise<unknown[]> } };

/** Every record of every collection (the audit chain's head apart: verifyAuditChain covers it). */
async function snapshot(): Promise<Snapshot> {
  const all: Snapshot = new Map();
  for (const [name, model] of Object.entries(db.models)) {
    if (name === 'auditHead') continue;
    const docs = (await (model as unknown as Finder).find({}).lean()) as { _id: unknown }[];
    all.set(name, new Map(docs.map((d) => [String(d._id), JSON.stringify(d)])));
  }
  return all;
}

/** A snapshot taken once the workflows have stopped writing (two alike a second apart), or after 30 s. */
async function settledSnapshot(): Promise<Snapshot> {
  const text = (s: Snapshot) => JSON.stringify([...s].map(([name, docs]) => [name, [...docs]]));
  let last = await snapshot();
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1000));
    const next = await snapshot();
    if (text(next) === text(last)) return next;
    last = next;
  }
  return last;
}

async function auditVerification() {
  const hr = createApiClient({ baseUrl: base, token: hrToken });
  return must(200, hr.GET('/api/v1/audit/verify'));
}

/** The document's path templates as patterns that capture each parameter's value. */
async function pathPatterns(): Promise<RegExp[]> {
  const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
  return Object.keys(doc.paths).map(
    (p) => new RegExp(`^${p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([^/]+)')}$`),
  );
}

/** A path segment as the API read it (a malformed escape stays as it was sent). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
const list = (v: unknown): { code?: unknown; nip?: unknown }[] => (Array.isArray(v) ? v : []);

/** Reads that write: an export or an official announcement appends its audit record (cycle.exported). */
const auditedRead = (e: { method: string; path: string }) =>
  e.method === 'GET' && /\/cycles\/[^/]+\/(exports\/|announcements\/[^/]+\.pdf)/.test(e.path);
const mutating = (e: { method: string; path: string }) =>
  !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(e.method) || auditedRead(e);
const accepted = (e: { status: number }) => e.status >= 200 && e.status < 300;

/**
 * What accepted (2xx) mutating requests named: the values of their path parameters, the codes, years,
 * units and NIPs their bodies created, the segments of the Location they answered with.
 */
function namedBy(all: FuzzRun[], patterns: RegExp[]): Set<string> {
  const names = new Set<string>();
  for (const e of all.flatMap((r) => r.exchanges).filter((x) => mutating(x) && accepted(x))) {
    for (const p of patterns) {
      const m = p.exec(e.path);
      if (m) m.slice(1).forEach((v) => names.add(decoded(v)));
    }
    e.location?.split('/').forEach((s) => names.add(s));
    let body: unknown;
    try {
      body = e.body ? JSON.parse(e.body) : undefined;
    } catch {
      body = undefined;
    }
    const b = (body ?? {}) as Record<string, unknown>;
    for (const v of [
      b.code,
      b.year,
      ...list(b.units).map((u) => u?.code),
      ...list(b.employees).map((x) => x?.nip),
    ])
      if (typeof v === 'string' || typeof v === 'number') names.add(String(v));
  }
  return names;
}

/** The fields that say which cycle, application, year, unit or employee a record belongs to. */
const identityFields = [
  '_id',
  'code',
  'cycleCode',
  'applicationId',
  'year',
  'nip',
  'subjectNip',
  'assigneeNip',
  'unitCode',
  'subject',
  'workflowId',
];
function identities(json: string): string[] {
  const doc = JSON.parse(json) as Record<string, unknown>;
  return identityFields.flatMap((f) => {
    const v = doc[f];
    return typeof v === 'string' || typeof v === 'number' ? [String(v), ...String(v).split('/')] : [];
  });
}

/** Every record added or changed between two snapshots that no accepted request accounts for. */
function unaccounted(before: Snapshot, after: Snapshot, names: Set<string>): string[] {
  const found: string[] = [];
  for (const [collection, docs] of after) {
    const was = before.get(collection)!;
    for (const [id, json] of docs) {
      if (was.get(id) === json) continue;
      if (!identities(json).some((v) => names.has(v)))
        found.push(`${collection} ${was.has(id) ? 'changed' : 'added'} ${id}: ${json.slice(0, 300)}`);
    }
    for (const id of was.keys()) if (!docs.has(id)) found.push(`${collection} removed ${id}`);
  }
  return found;
}

const count = (run: FuzzRun, method: string, path: RegExp, status: number) =>
  run.exchanges.filter((e) => e.method === method && path.test(e.path) && e.status === status).length;

async function fuzzAs(label: keyof typeof SECONDS, token: string, operations?: string[]): Promise<FuzzRun> {
  const patterns = await pathPatterns();
  const before = await settledSnapshot();
  const auditBefore = await auditVerification();
  const run = await runFuzz({
    label,
    baseUrl: base,
    token,
    toml: config(),
    maxExamples: MAX_EXAMPLES,
    maxSeconds: SECONDS[label],
    checks: CHECKS,
    operations,
  });
  runs.push(run);
  const statuses = new Map<number, number>();
  for (const e of run.exchanges) statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
  process.stdout.write(
    `[fuzz] ${label}: ${run.exchanges.length} requests in ${run.seconds.toFixed(1)}s (${run.report.test_cases.generated} test cases, stopped: ${run.report.stop_reason}); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`,
  );

  // The run happened: every operation it was given was tested, at least a request a second.
  expect(run.report.operations.tested).toBe(run.report.operations.selected);
  expect(run.report.errors).toEqual([]);
  expect(run.exchanges.length).toBeGreaterThan(SECONDS[label]);
  expect(run.exchanges.filter(accepted).length).toBeGreaterThan(0);
  // No 5xx, and nothing that broke the document.
  expect(run.exchanges.filter((e) => e.status >= 500)).toEqual([]);
  if (run.report.failures.length) throw new Error(`schemathesis found failures:\n${failureSummary(run)}`);

  // Refused requests changed nothing.
  const after = await settledSnapshot();
  const auditAfter = await auditVerification();
  expect(auditAfter.ok).toBe(true);
  if (auditAfter.ok && auditBefore.ok && auditAfter.records === auditBefore.records)
    expect(auditAfter.head).toBe(auditBefore.head);
  expect(unaccounted(before, after, namedBy(runs, patterns))).toEqual([]);
  const added = (c: string) => after.get(c)!.size - before.get(c)!.size;
  expect(added('cycles')).toBe(count(run, 'POST', /^\/api\/v1\/recruitment\/cycles$/, 201));
  expect(added('applications')).toBe(
    count(run, 'POST', /^\/api\/v1\/recruitment\/cycles\/[^/]+\/applications$/, 201),
  );
  expect(added('appraisalYears')).toBe(count(run, 'POST', /^\/api\/v1\/appraisal\/years$/, 202));
  rmSync(run.dir, { recursive: true, force: true }); // a failed run's reports stay, for its curl lines
  return run;
}

describe('the fuzz run against /openapi.json', () => {
  it('accounts for a change only by an accepted request that named its record', async () => {
    const patterns = await pathPatterns();
    const before = await settledSnapshot();
    await db.models.cycles.updateOne({ _id: code }, { $set: { title: 'changed behind the API' } });
    const after = await snapshot();
    await db.models.cycles.updateOne({ _id: code }, { $set: { title: 'Seleksi CPNS (fuzz)' } });
    const withStatus = (status: number) =>
      [
        { exchanges: [{ method: 'POST', path: `/api/v1/recruitment/cycles/${code}/announcements`, status }] },
      ] as FuzzRun[];
    expect(unaccounted(before, after, namedBy(withStatus(409), patterns))).toEqual([
      expect.stringContaining(`cycles changed ${code}`),
    ]);
    expect(unaccounted(before, after, namedBy(withStatus(202), patterns))).toEqual([]);
  });

  it(
    "with a candidate's token: no 5xx, nothing outside the document, refusals change nothing",
    async () => {
      await fuzzAs('candidate', candidateToken, candidateOperations);
    },
    (SECONDS.candidate + 90) * 1000,
  );

  it(
    "with a supervisor's token: no 5xx, nothing outside the document, refusals change nothing",
    async () => {
      await fuzzAs('supervisor', supervisorToken, supervisorOperations);
    },
    (SECONDS.supervisor + 90) * 1000,
  );

  it(
    "with HR's token: no 5xx, nothing outside the document, refusals change nothing",
    async () => {
      await fuzzAs('hr', hrToken);
    },
    (SECONDS.hr + 90) * 1000,
  );
});
