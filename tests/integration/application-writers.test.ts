// Each field of an application record has exactly one writer (db/application-writers.ts): the test runs
// every writer's real activities against the real database, collects the paths each one `$set`s, and
// checks that they are that writer's alone; and each guarded writer refuses a write older than its last.
import { MockActivityEnvironment, type TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import mongoose from 'mongoose';
import { createFanOutActivities } from '../../activities/recruitment/fan-out';
import { createRankingActivities } from '../../activities/recruitment/ranking';
import { createRecordActivities } from '../../activities/recruitment/records';
import {
  applicationWriters,
  ownerOf,
  writeApplication,
  type ApplicationWriter,
} from '../../db/application-writers';
import type { Database } from '../../db/connection';
import { upsertCycleRecord } from '../../db/cycle-record';
import { cpns2024, pppk2024 } from '../../domain/recruitment/rule-sets';
import type { CycleInput } from '../../workflows/recruitment/messages';
import { testAuditTrail, testFields } from '../support/crypto';
import { devServerEnv, testDatabase } from '../support/servers';

let db: Database;
let env: TestWorkflowEnvironment;
/** Every `$set` path written to the applications collection while `writer` runs. */
const written = new Map<ApplicationWriter, Set<string>>();
let current: ApplicationWriter | undefined;

beforeAll(async () => {
  db = await testDatabase('application-writers');
  env = await devServerEnv();
  mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    if (collection !== 'applications' || !current) return;
    if (method !== 'updateOne' && method !== 'findOneAndUpdate' && method !== 'updateMany') return;
    const update = args[1] as
      { $set?: Record<string, unknown>; $setOnInsert?: Record<string, unknown> } | undefined;
    for (const path of Object.keys({ ...update?.$set, ...update?.$setOnInsert })) {
      const paths = written.get(current) ?? new Set<string>();
      paths.add(path);
      written.set(current, paths);
    }
  });
});
afterAll(async () => {
  mongoose.set('debug', false);
  await env.teardown();
  await db.close();
});

const quiet = new DefaultLogger('ERROR', () => undefined);
const run = <A extends unknown[], R>(fn: (...a: A) => Promise<R>, ...args: A) =>
  new MockActivityEnvironment({}, { logger: quiet }).run(fn, ...args) as Promise<R>;
const as = async (writer: ApplicationWriter, fn: () => Promise<unknown>) => {
  current = writer;
  try {
    await fn();
  } finally {
    current = undefined;
  }
};

const formation = {
  code: 'PK',
  title: 'Pranata Komputer',
  unit: 'DISKOMINFO',
  type: 'umum' as const,
  vacancies: 1,
};
const cycle = (code: string, kind: 'CPNS' | 'PPPK'): CycleInput => ({
  code,
  kind,
  title: 'Seleksi',
  budgetYear: 2026,
  hr: { email: 'hr@test', headEmail: 'head@test' },
  formations: [formation],
  schedule: { registrationOpensAt: '2026-01-01T00:00:00Z', registrationClosesAt: '2026-01-02T00:00:00Z' },
  rules: kind === 'CPNS' ? cpns2024 : pppk2024,
  overrides: [],
  createdBy: { sub: 'hr-1', role: 'hr' },
});
const application = (code: string, n: number, status: string) => ({
  _id: `${code}-${String(n).padStart(20, '0')}`,
  cycleCode: code,
  workflowId: `application/${code}/${n}`,
  applicantKey: `${code}-key-${n}`,
  formationCode: formation.code,
  formationType: formation.type,
  nik: '5371014501960001',
  name: `Kandidat ${n}`,
  email: `k${n}@test`,
  birthDate: '1996-01-05',
  education: { level: 'S1', major: 'Informatika', gpa: 3.5 },
  language: 'id',
  status,
  seq: 0,
});

describe('the writers of an application record', () => {
  it('own disjoint fields: no field, and no part of one, belongs to two writers', () => {
    const all = Object.entries(applicationWriters).flatMap(([w, { fields }]) =>
      fields.map((f) => [w, f] as const),
    );
    for (const [w, f] of all) {
      const overlapping = all.filter(
        ([w2, f2]) => w2 !== w && (f2 === f || f2.startsWith(`${f}.`) || f.startsWith(`${f2}.`)),
      );
      expect({ field: f, overlapping }).toEqual({ field: f, overlapping: [] });
    }
  });

  it('each write only the fields it owns, through its real activities', async () => {
    const shared = { models: db.models, audit: testAuditTrail(db.models), clock: () => new Date() };
    const records = createRecordActivities({ ...shared, fields: testFields });
    const fanOut = createFanOutActivities({ ...shared, client: env.client });
    const ranking = createRankingActivities({ models: db.models, client: env.client });
    await upsertCycleRecord(db.models, cycle('WRITERS-CPNS', 'CPNS'));
    await upsertCycleRecord(db.models, cycle('WRITERS-PPPK', 'PPPK'));
    const [a, b, p] = [
      application('WRITERS-CPNS', 1, 'screened-ms'),
      application('WRITERS-CPNS', 2, 'screened-ms'),
      application('WRITERS-PPPK', 3, 'screened-ms'),
    ];
    await db.models.applications.create([a, b, p]);
    await as('intake', () =>
      records.recordApplication({
        workflowId: 'application/WRITERS-INTAKE/4',
        input: {
          applicationId: 'WRITERS-INTAKE-00000000000000000004',
          applicantKey: 'WRITERS-INTAKE-key-4',
          cycleCode: 'WRITERS-INTAKE',
          cycleTitle: 'Seleksi',
          kind: 'CPNS',
          budgetYear: 2026,
          formation: { code: formation.code, title: formation.title, type: formation.type },
          candidate: { name: 'Kandidat 4', email: 'k4@test', language: 'id' },
          applicant: {
            nik: '5371011705960001',
            birthDate: '1996-05-17',
            education: { level: 'S1', major: 'Informatika', gpa: 3.5 },
          },
          registrationClosesAt: '2026-12-31T00:00:00.000Z',
          windows: cpns2024.windows,
          withdrawalBanBudgetYears: 2,
          hr: { email: 'hr@test', headEmail: 'head@test' },
        },
      }),
    );

    await as('application', async () => {
      const w = { applicationId: a._id };
      await records.recordScreening({
        ...w,
        seq: 1,
        status: 'screened-ms',
        screening: { decision: 'MS', reason: 'lengkap' },
      });
      await records.recordSkdSession({
        ...w,
        seq: 2,
        skdSession: { code: 'S1', place: 'Kupang', startsAt: '2026-02-01T00:00:00Z' },
      });
      await records.recordStatus({
        ...w,
        seq: 3,
        status: 'skd-failed',
        skdAbsent: true,
        explanation: { stage: 'skd', facts: { absent: true } },
      });
      await records.recordExplanation({
        ...w,
        seq: 9,
        explanation: {
          stage: 'final',
          facts: {
            kind: 'CPNS',
            absent: true,
            formationTitle: 'PK',
            candidates: 2,
            vacancies: 1,
            rank: 2,
            outcome: 'not-passed',
          },
        },
      });
      await records.recordAppeal({
        ...w,
        seq: 4,
        stage: 'skd',
        appeal: {
          reason: 'r',
          at: '2026-02-02T00:00:00Z',
          answerBy: '2026-02-09T00:00:00Z',
          status: 'pending',
        },
      });
      await records.recordDeadline({ ...w, seq: 5, deadline: 'appeal-skd', at: '2026-02-05T00:00:00Z' });
      await records.recordDocuments({
        ...w,
        seq: 6,
        status: 'documents-submitted',
        documents: [{ kind: 'ijazah', reference: 'X' }],
        at: '2026-03-01T00:00:00Z',
      });
      await records.recordDocumentsVerification({
        ...w,
        seq: 7,
        status: 'documents-verified',
        verification: { accepted: true, reason: '' },
      });
      await records.recordWithdrawal({
        ...w,
        seq: 8,
        status: 'withdrawn',
        withdrawal: { reason: 'r', at: '2026-03-02T00:00:00Z', afterPassing: false, banYears: [] },
      });
    });
    await as('numbering', async () => {
      const first = await records.assignRegistrationNumber({
        applicationId: b._id,
        cycleCode: 'WRITERS-CPNS',
      });
      // A retried numbering keeps the number it got.
      await expect(
        records.assignRegistrationNumber({ applicationId: b._id, cycleCode: 'WRITERS-CPNS' }),
      ).resolves.toEqual(first);
      expect(first.registrationNumber).toBe('WRITERS-CPNS-00001');
    });
    await db.models.applications.updateMany({}, { $set: { status: 'screened-ms' } }); // set up, not a writer
    const batch = async (id: string, code: string, kind: string, rows: object[], meta = {}) => {
      await db.models.resultBatches.create({ _id: id, cycleCode: code, kind, rows, meta, actor: 'hr-1' });
      await run(fanOut.applyBatch, { batchId: id, seq: Number(id.slice(-1)) });
    };
    await as('results', async () => {
      await batch('batch-1', 'WRITERS-CPNS', 'skd', [
        { applicationId: a._id, twk: 100, tiu: 120, tkp: 190 },
        { applicationId: b._id, twk: 90, tiu: 100, tkp: 180 },
      ]);
      await batch('batch-2', 'WRITERS-CPNS', 'skb', [{ applicationId: a._id, scores: { cat: 80 } }], {
        components: [{ code: 'cat', name: 'CAT', kind: 'cat', weight: 1 }],
      });
      await batch('batch-3', 'WRITERS-PPPK', 'competency', [
        { applicationId: p._id, technical: 300, managerial: 100, interview: 30 },
      ]);
    });
    await db.models.applications.updateMany(
      { cycleCode: 'WRITERS-CPNS' },
      { $set: { status: 'skd-passed' } },
    );
    await as('ranking', () => run(ranking.makeSkbCut, { cycleCode: 'WRITERS-CPNS' }));
    await db.models.applications.updateMany(
      { cycleCode: 'WRITERS-CPNS' },
      { $set: { status: 'skb-advanced' } },
    );
    await as('ranking', async () => {
      await run(ranking.rankFinal, { cycleCode: 'WRITERS-CPNS', revision: 1 });
      await run(ranking.rankFinal, { cycleCode: 'WRITERS-PPPK', revision: 1 });
    });
    await as('offer', () =>
      run(ranking.offerVacancy, {
        cycleCode: 'WRITERS-CPNS',
        formationCode: 'PK',
        replacing: a._id,
        dueAt: '2026-04-01T00:00:00Z',
      }),
    );

    await as('links', async () => {
      await expect(records.raiseTokenVersion({ applicationId: a._id, from: 0 })).resolves.toBe(1);
      // A retry of the same renewal finds it done and moves nothing.
      await expect(records.raiseTokenVersion({ applicationId: a._id, from: 0 })).resolves.toBe(1);
    });

    // The intake inserts the record in its first state, from which the other writers move it on: status
    // registered, and the schema's defaults (sequence guards at 0, no appeals, no documents…).
    const firstState = new Set([
      'status',
      'createdAt',
      ...Object.keys(new db.models.applications().toObject()),
    ]);
    for (const writer of [
      'intake',
      'application',
      'results',
      'ranking',
      'offer',
      'links',
      'numbering',
    ] as const) {
      const paths = [...(written.get(writer) ?? [])];
      expect(paths.length).toBeGreaterThan(0);
      const guard = applicationWriters[writer].guard;
      const own = (path: string) =>
        path === guard ||
        path === 'updatedAt' ||
        path === 'createdAt' ||
        (writer === 'intake' && firstState.has(path)) ||
        ownerOf(path) === writer;
      expect({ writer, foreign: paths.filter((path) => !own(path)) }).toEqual({ writer, foreign: [] });
    }
    expect([...written.get('intake')!].filter((p) => ownerOf(p) === 'intake').sort()).toEqual(
      [...applicationWriters.intake.fields].sort(),
    );
    // Every field a writer owns was seen written (the list is not stale).
    const seen = new Set([...written.values()].flatMap((s) => [...s]).map((p) => ownerOf(p) && p));
    expect(
      seen.has('skd') &&
        seen.has('final.rank') &&
        seen.has('final.score') &&
        seen.has('replacementOf') &&
        seen.has('tokenVersion'),
    ).toBe(true);
  });

  it.each(['application', 'results', 'ranking'] as const)(
    '%s: a write older than its last is refused and changes nothing',
    async (writer) => {
      const app = application(
        'WRITERS-ORDER',
        ['application', 'results', 'ranking'].indexOf(writer),
        'screened-ms',
      );
      await db.models.applications.create(app);
      const field = { application: 'skdSession', results: 'skb', ranking: 'skdRank' }[writer];
      const value = (n: number) =>
        writer === 'ranking' ? n : { code: `v${n}`, place: 'p', startsAt: 's', score: n };
      const stored = async () =>
        ((await db.models.applications.findById(app._id).lean()) as Record<string, unknown>)[field];
      expect(await writeApplication(db.models, writer, app._id, 5, { [field]: value(5) })).toBe(true);
      const newest = await stored();
      expect(await writeApplication(db.models, writer, app._id, 3, { [field]: value(3) })).toBe(false);
      expect(await writeApplication(db.models, writer, app._id, 5, { [field]: value(4) })).toBe(false);
      expect(await stored()).toEqual(newest);
      expect(JSON.stringify(newest)).toContain('5');
    },
  );

  it('a writer may not write a field it does not own', async () => {
    await expect(writeApplication(db.models, 'results', 'any', 1, { status: 'passed' })).rejects.toThrow(
      'results may not write status',
    );
    await expect(writeApplication(db.models, 'application', 'any', 1, { 'final.rank': 1 })).rejects.toThrow(
      'may not write final.rank',
    );
  });
});
