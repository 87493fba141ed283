// Fault tolerance: a compressed CPNS cycle of 20 candidates in 2 formations runs through the faults a
// production engine meets, each a real one (tests/support/faults.ts), and must end exactly as a fault-free
// run of the same plan ends:
// - the worker is a separate OS process (`tsx worker/main.ts`, as in production), killed with SIGKILL at
//   five points of the cycle and started again: while the applications register, right after the
//   screening batch is handed over, during the SKD result fan-out, during the final ranking, and in the
//   document stage right after a withdrawal;
// - the database is a FerretDB of this test's own (the other test files share global-setup's), killed
//   with SIGKILL while applications are being taken and restarted on the same data directory and port
//   about 15 s later. The API and the worker reconnect by themselves; meanwhile the API answers 503 with
//   Retry-After, never a 500, and an application sent during the outage (retried after Retry-After, as
//   the API's clients here all do) ends as one application with its token, as do those under way;
// - SMTP is down for 30 s from the administration announcement on, while its result and appeal-window
//   emails are due: a TCP proxy in front of the shared SMTP capture resets every connection.
// The API runs in this process; Temporal is the shared dev server, on a task queue of the test's own.
//
// An activity that was running on a killed worker is retried when its start-to-close timeout (30 s) or,
// for a batch, its heartbeat timeout (30 s) expires, so each crash stalls part of the cycle for up to half
// a minute; the appeal windows here (10 s) are shorter than that on purpose, so the stages must not
// depend on a window outlasting a fault.
//
// The final state is compared with what the pure rules give for the plan (tests/support/
// recruitment-expected.ts, the reference the fault-free tests/e2e/recruitment-cycle.test.ts checks too):
// every application's status, SKD and final scores, ranks and outcome, and replacement; both rankings as
// HR and the public see them; each candidate's own view; the audit trail (the chain verifies; the cycle's
// records and each application's decisions, each once: recruitment-audit.ts); every email in every
// mailbox exactly once (each expected subject once per candidate, stating its facts; every outbox message
// sent under its Message-ID, derived from the outbox key), and none to HR. SMTP has no idempotent send:
// a worker killed (or a database lost) after the server accepted a message but before the outbox
// recorded it as sent sends it again on retry, under the same Message-ID, which mail clients show once.
// The test allows exactly that and nothing else: a repeat must be the same message, under the same
// Message-ID, of an outbox row that a retried attempt delivered. A fan-out repeated as a retried activity
// repeats it (the document-stage one, sent again to every passer) must change nothing either.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createApiClient } from '../../api/client';
import { messageIdFor } from '../../activities/email';
import { connectDatabase, type Database } from '../../db/connection';
import { documentsOpened } from '../../workflows/recruitment/messages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { testAuthSecret } from '../support/activities';
import { eventually } from '../support/eventually';
import {
  patientFetch,
  startCuttableProxy,
  startKillableDatabase,
  WorkerProcess,
  type CuttableProxy,
  type KillableDatabase,
  type ReplyLog,
} from '../support/faults';
import { checkAudit, expectedCycleAudit } from '../support/recruitment-audit';
import {
  checkApplications,
  checkMailboxes,
  checkOwnViews,
  checkRankings,
} from '../support/recruitment-checks';
import {
  codecClient,
  testAuditKeys,
  testAuditSigningKeys,
  testDataKeys,
  testPayloadKeys,
} from '../support/crypto';
import { hrMailTo, phaseSummariesTo } from '../support/hr-mail';
import { applicantKeySecret, startApi } from '../support/engine';
import { staffToken } from '../support/identity';
import { RecruitmentApi, untilCycleEnded } from '../support/recruitment-client';
import { expectationsFor } from '../support/recruitment-expected';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import {
  announce,
  announceScreening,
  apply,
  applyAll,
  createCycle,
  documentStage,
  screen,
  skbResults,
  skdSessionsAndResults,
} from '../support/recruitment-stages';
import { devServerEnv, mailTo, smtpUrl, uniqueEmail, uniqueTaskQueue } from '../support/servers';

const taskQueue = uniqueTaskQueue('recruitment-faults');
const hrContacts = { email: uniqueEmail('hr'), headEmail: uniqueEmail('hr-head') };
/** How long the database stays down at least, and SMTP exactly. */
const DATABASE_DOWN_MS = 15_000;
const SMTP_DOWN_MS = 30_000;
let env: TestWorkflowEnvironment;
/** With the codec of the worker process (PAYLOAD_KEYS below; its records are sealed with DATA_KEYS). */
let client: Client;
let database: KillableDatabase;
let smtp: CuttableProxy;
let db: Database;
let baseUrl: string;
let api: RecruitmentApi;
let closeApi: () => Promise<void>;
let worker: WorkerProcess;
let dataDir: string;
const replies: ReplyLog = { unavailable: [], failures: [] };
const started: string[] = [];

beforeAll(async () => {
  env = await devServerEnv();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-faults-'));
  database = await startKillableDatabase(path.join(dataDir, 'database'));
  db = await connectDatabase(database.uri);
  smtp = await startCuttableProxy(smtpUrl());
  client = codecClient(env);
  const served = await startApi({ env, client, db, taskQueue, hr: hrContacts });
  closeApi = served.close;
  baseUrl = served.baseUrl;
  api = await RecruitmentApi.connect(baseUrl, patientFetch(replies));
  // A crash stalls the activities it interrupted for their timeouts, an outage for their backoff: waits
  // must outlast that.
  api.patience = 240_000;
  worker = new WorkerProcess(client, taskQueue, {
    TEMPORAL_ADDRESS: process.env.SDM_TEST_TEMPORAL_ADDRESS,
    MONGODB_URI: database.uri,
    SMTP_URL: smtp.url,
    TEMPORAL_TASK_QUEUE: taskQueue,
    AUTH_SECRET: testAuthSecret,
    APPLICANT_KEY_SECRET: applicantKeySecret,
    PAYLOAD_KEYS: testPayloadKeys,
    DATA_KEYS: testDataKeys,
    AUDIT_KEYS: testAuditKeys,
    AUDIT_SIGNING_KEYS: testAuditSigningKeys,
    HR_EMAIL: hrContacts.email,
    HR_HEAD_EMAIL: hrContacts.headEmail,
    PUBLIC_URL: 'http://sdm-flow.test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  });
  await worker.start();
});
afterAll(async () => {
  await worker?.kill();
  await closeApi?.();
  if (db) {
    const apps = await db.models.applications
      .find({ cycleCode: { $in: started } }, { workflowId: 1 })
      .lean()
      .catch(() => []);
    await Promise.all(
      [...started.map(cycleWorkflowId), ...apps.map((a) => a.workflowId)].map((id) =>
        client.workflow
          .getHandle(id)
          .terminate('test finished')
          .catch(() => undefined),
      ),
    );
    await db.close();
  }
  await database?.stop();
  await smtp?.stop();
  await env?.teardown();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const crashes: { at: string; seen: string; restartMs: number }[] = [];

/** Kills the worker where the cycle is, waits a moment, and starts a new one. */
async function crash(at: string, seen = '') {
  await worker.kill();
  await sleep(1000);
  crashes.push({ at, seen, restartMs: await worker.start() });
}

/** Kills the worker as soon as `probe` says the step is under way (or done, if it is quicker than us). */
async function crashWhen(at: string, probe: () => Promise<string | undefined>) {
  const seen = await eventually(probe, (v) => v !== undefined, 60_000);
  await crash(at, seen ?? 'not seen within a minute');
}

/**
 * Kills the database, runs `during` (which must not wait for the database to come back), checks that
 * the API answers 503 with Retry-After while it is down, and restarts it after DATABASE_DOWN_MS at least.
 */
async function databaseOutage<T>(
  code: string,
  during: () => T,
): Promise<{ downMs: number; reads: string; during: T }> {
  // Not the patient client: these must see the outage. HR reads the cycle across the kill, so that some
  // requests meet the connections the database just dropped; each answers 200 before, 503 after.
  const hr = createApiClient({ baseUrl, token: await staffToken({ role: 'hr', sub: 'hr-1' }) });
  const reads: Promise<Response>[] = [];
  const reading = setInterval(
    () =>
      reads.push(
        hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code } } }).then((r) => r.response),
      ),
    10,
  );
  await sleep(200);
  const stored = await db.models.applications.countDocuments();
  await database.kill();
  const t0 = Date.now();
  const result = during();
  await sleep(300);
  clearInterval(reading);
  const [ready, ...answers] = await Promise.all([fetch(`${baseUrl}/health/ready`), ...reads]);
  expect(ready.status).toBe(503);
  const outageAnswer = (r: Response) =>
    r.status === 503 &&
    r.headers.get('retry-after') === '5' &&
    /^application\/problem\+json/.test(r.headers.get('content-type') ?? '');
  expect(answers.filter((r) => r.status !== 200 && !outageAnswer(r)).map((r) => r.status)).toEqual([]);
  expect(answers.filter(outageAnswer).length).toBeGreaterThan(0);
  await sleep(Math.max(0, t0 + DATABASE_DOWN_MS - Date.now()));
  await database.restart();
  const downMs = Date.now() - t0;
  // The same data: every application stored before the kill is still there.
  expect(await db.models.applications.countDocuments()).toBeGreaterThanOrEqual(stored);
  const counted = `${answers.filter((r) => r.status === 200).length} read(s) answered 200 and ${answers.filter(outageAnswer).length} 503 across the kill`;
  return { downMs, reads: counted, during: result };
}

const PK = 'PRANATA-KOMPUTER';
const DR = 'DOKTER';
const skd = (twk: number, tiu: number, tkp: number) => ({ twk, tiu, tkp });
const skb = (cat: number, praktik: number) => ({ CAT: cat, PRAKTIK: praktik });
let n = 0;
const cand = (key: string, formation: string, extra: Partial<CandidatePlan> = {}): CandidatePlan => ({
  key,
  name: `Peserta ${key} Kupang`,
  formation,
  birthDate: `199${2 + (n % 8)}-0${(n % 9) + 1}-1${n++ % 10}`,
  gpa: 3.3,
  ...extra,
});

const plans: CandidatePlan[] = [
  // PRANATA-KOMPUTER, formasi umum, 2 vacancies: the top 6 advance.
  cand('X01', PK, { skd: skd(120, 140, 200), skb: skb(80, 80) }), // fills X08's vacancy (the second)
  cand('X02', PK, { skd: skd(115, 135, 198), skb: skb(85, 90), documents: 'withdraw' }),
  cand('X03', PK, { skd: skd(110, 130, 196), skb: skb(70, 70) }),
  cand('X04', PK, { skd: skd(105, 125, 194), skb: skb(90, 85) }), // first in line: fills X02's vacancy
  cand('X05', PK, { skd: skd(100, 120, 192), skb: skb(75, 75) }),
  cand('X06', PK, { skd: skd(95, 115, 190) }), // 7th: not advanced
  cand('X07', PK, { skd: skd(90, 110, 188) }),
  cand('X08', PK, { skd: skd(110, 120, 195), skb: skb(95, 95), documents: 'reject' }),
  cand('X09', PK, { skd: skd(60, 120, 190) }), // TWK 60 < 65
  cand('X10', PK), // absent from SKD
  cand('X11', PK, { tms: true }),
  cand('X12', PK, { skd: skd(85, 100, 170) }),
  // DOKTER, formasi cumlaude (total ≥ 311, TIU ≥ 85), 1 vacancy: the top 3 advance.
  cand('Y01', DR, { skd: skd(60, 90, 170) }),
  cand('Y02', DR, { skd: skd(70, 85, 160) }),
  cand('Y03', DR, { skd: skd(100, 80, 190) }), // TIU 80 < 85
  cand('Y04', DR, { skd: skd(80, 95, 180), skb: skb(90, 90) }),
  cand('Y05', DR, { skd: skd(60, 85, 165) }), // total 310 < 311
  cand('Y06', DR, { skd: skd(90, 100, 185), skb: skb(70, 70) }),
  cand('Y07', DR, { skd: skd(70, 90, 175), skb: skb(85, 85) }),
  cand('Y08', DR), // absent from SKD
];

describe('a CPNS cycle through worker crashes, a database crash and an SMTP outage', () => {
  it('ends as the rules say, with nothing lost and every email delivered exactly once', async () => {
    const t0 = Date.now();
    const spec: CycleSpec = {
      code: cycleCode('CPNS-FAULTS'),
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang 2026 (uji ketahanan)',
      formations: [
        { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 2 },
        { code: DR, title: 'Dokter Ahli Pertama', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
      ],
      // Registration outlasts the database outage and the retries it causes (about 20 s in all).
      registrationMs: 45_000,
      // The document window outlasts a crash's stall, so that a document submitted on time is on time.
      schedule: { appealWindow: 'PT10S', appealAnswerWindow: 'PT60S', documentWindow: 'PT3M' },
      rules: { windows: { appealAnswerReminderBefore: 'PT20S', documentReminderBefore: 'PT30S' } },
      skbComponents: [
        { code: 'CAT', name: 'CAT SKB', kind: 'cat', weight: 0.6 },
        { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical', weight: 0.4 },
      ],
      skdSessions: [{ code: 'SKD-1', place: 'UPT BKN Kupang', startsAt: '2026-09-01T08:00:00+08:00' }],
    };
    started.push(spec.code);
    await createCycle(api, spec);
    const laps: Record<string, number> = {};
    const lap = (what: string) => (laps[what] = Math.round((Date.now() - t0) / 1000));

    // 1. The database dies while applications are under way (their workflows writing their records and
    // confirmation emails), and one candidate applies while it is down; then the worker dies too.
    const late = plans.find((p) => p.key === 'Y08')!;
    const applying = applyAll(
      api,
      spec.code,
      plans.filter((p) => p !== late),
      4,
    );
    applying.catch(() => undefined); // awaited below
    await eventually(
      () => db.models.applications.countDocuments({ cycleCode: spec.code }),
      (k) => k >= 5,
      60_000,
    );
    const outage = await databaseOutage(spec.code, () => apply(api, spec.code, late));
    const byKey = new Map<string, Applicant>(
      [...(await applying), await outage.during].map((a) => [a.plan.key, a]),
    );
    const applicants = plans.map((p) => byKey.get(p.key)!);
    lap('applied');
    const intakesRefused = replies.unavailable.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/applications'),
    );
    expect(intakesRefused.length).toBeGreaterThan(0);
    await crash('registration');
    const expected = expectationsFor(spec, applicants);

    // 2. Right after the screening batch is handed over to the cycle.
    await screen(api, spec.code, applicants);
    await crash('screening batch handed over');

    // 3. SMTP is down for 30 s from the administration announcement on: its result and appeal-window
    // emails are due meanwhile, and they wait in the outbox. (Nothing is mailed before the announcement,
    // which follows the screening's arrival at every application.)
    await eventually(
      () => api.applications(spec.code, { status: 'registered' }),
      (r) => r.length === 0,
      api.patience,
    );
    smtp.cut();
    // Down for at least SMTP_DOWN_MS, and until some of the announcement's emails wait: after the crash
    // above, the announcement's fan-out may take longer than that to store them.
    const smtpBack = sleep(SMTP_DOWN_MS).then(async () => {
      const waiting = await eventually(
        () =>
          db.models.outbox.countDocuments({
            _id: { $regex: `^application/${spec.code}/` },
            status: 'pending',
          }),
        (k) => k > 0,
        api.patience,
      );
      smtp.restore();
      return waiting;
    });
    await announceScreening(api, spec.code);
    await skdSessionsAndResults(api, spec, expected);
    const waitingForSmtp = await smtpBack;
    lap('SMTP back');
    expect(waitingForSmtp).toBeGreaterThan(0);
    expect(smtp.refused).toBeGreaterThan(0);

    // 4. During the SKD fan-out: some candidates have their result email, others not yet.
    await announce(api, spec.code, 'skd');
    const skdMails = () =>
      db.models.outbox.countDocuments({ _id: { $regex: `^application/${spec.code}/.*/skd/result$` } });
    await crashWhen('SKD fan-out', async () => {
      const k = await skdMails();
      return k > 0 ? `${k} of 15 SKD result emails stored` : undefined;
    });

    // 5. During the final ranking: some finalists ranked, others not yet.
    await skbResults(api, spec, expected);
    await announce(api, spec.code, 'final');
    await crashWhen('final ranking', async () => {
      const k = await db.models.applications.countDocuments({
        cycleCode: spec.code,
        'final.rank': { $exists: true },
      });
      return k > 0 ? `${k} of 9 finalists ranked` : undefined;
    });

    // 6. In the document stage, right after a passer withdrew (the vacancy offer under way).
    // A fan-out activity retried after a crash sends its signals again (resuming only from its last
    // heartbeat): here the document-stage fan-out is repeated to every passer, which must change nothing.
    const repeatDocumentsFanOut = async () => {
      const passers = expected.applicants.filter((a) => expected.of(a).final?.outcome === 'passed');
      const records = await db.models.applications
        .find({ _id: { $in: passers.map((a) => a.applicationId) } }, { workflowId: 1, deadlines: 1 })
        .lean();
      const dueAt = records.map((r) => (r.deadlines as { documents?: string }).documents).find(Boolean)!;
      for (const r of records)
        await client.workflow
          .getHandle(r.workflowId)
          .signal(documentsOpened, { dueAt })
          .catch((err: Error) => expect(err.name).toBe('WorkflowNotFoundError')); // the one who withdrew
    };
    await documentStage(api, spec, expected, async (a) => {
      if (a.plan.documents === 'withdraw') await crash('document stage, after a withdrawal');
      if (a.plan.documents === 'reject') await repeatDocumentsFanOut();
    });
    await untilCycleEnded(client, db, spec.code, 240_000);
    lap('ended');
    const handle = client.workflow.getHandle(cycleWorkflowId(spec.code));
    await expect(handle.result()).resolves.toMatchObject({ phase: 'closed', replacements: 2, unfilled: [] });
    expect(worker.starts).toBe(6);

    // The outcomes the rules give, for every candidate, and the audit trail of every decision.
    const appointed = (f: string) => expected.appointed(f).map((a) => a.plan.key);
    expect([appointed(PK), appointed(DR)]).toEqual([['X01', 'X04'], ['Y04']]);
    await checkApplications(api, spec, expected);
    await checkRankings(api, spec, expected);
    await checkOwnViews(api, expected);
    await checkAudit(api, spec, expected);

    // Every email exactly once per mailbox; a repeat only as the SMTP window above allows.
    const { delivered, repeats } = await checkMailboxes(expected, {
      ordered: false,
      sameMessageIdTwice: true,
    });
    // HR gets the cycle's phase summaries (with the audit checkpoints), once per phase, and nothing else.
    expect(await hrMailTo(hrContacts.email)).toEqual([]);
    expect(await mailTo(hrContacts.headEmail)).toEqual([]);
    const summaries = await phaseSummariesTo(hrContacts.email);
    expect(new Set(summaries.map((m) => m.messageId)).size).toBe(
      expectedCycleAudit(spec, expected).filter((a) => a.startsWith('cycle.phase:')).length,
    );
    const outbox = await db.models.outbox
      .find({ _id: { $regex: `^application/${spec.code}/` } }, { status: 1, attempt: 1 })
      .lean();
    expect(outbox.filter((m) => m.status !== 'sent').map((m) => m._id)).toEqual([]);
    expect(outbox).toHaveLength(expected.applicants.reduce((k, a) => k + expected.of(a).mail.length, 0));
    const outboxByMessageId = new Map(outbox.map((m) => [messageIdFor(m._id), m]));
    expect(delivered.filter((m) => !outboxByMessageId.has(m.messageId!)).map((m) => m.subject)).toEqual([]);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(outbox.length);
    for (const r of repeats) {
      const first = delivered.find((m) => m.messageId === r.messageId)!;
      // The same message, but for its personal link's token, which each attempt signs afresh.
      const unsigned = (text: string) => text.replace(/\?t=[\w.-]+/g, '?t=…');
      expect({ subject: r.subject, text: unsigned(r.text), to: r.to }).toEqual({
        subject: first.subject,
        text: unsigned(first.text),
        to: first.to,
      });
      expect(outboxByMessageId.get(r.messageId!)!.attempt).toBeGreaterThan(1); // delivered by a retry
    }

    // Through all of it the API answered 503 with Retry-After while the database was down, never a 500.
    expect(replies.failures).toEqual([]);
    expect(
      replies.unavailable.filter((r) => r.retryAfter !== '5' || !/problem\+json/.test(r.contentType ?? '')),
    ).toEqual([]);

    process.stderr.write(
      `[recruitment faults] ${Math.round((Date.now() - t0) / 1000)} s (${JSON.stringify(laps)}); database down ${Math.round(outage.downMs / 1000)} s (${outage.reads}), ` +
        `${replies.unavailable.length} 503(s) waited out (${intakesRefused.length} on applying); SMTP down ${SMTP_DOWN_MS / 1000} s, ` +
        `${smtp.refused} connection(s) reset, ${waitingForSmtp} email(s) waiting at its return; ` +
        `${repeats.length} repeat(s) under the same Message-ID (${repeats.map((r) => r.subject.split(':')[0]).join(', ')}); ` +
        `crashes: ${JSON.stringify(crashes)}\n`,
    );
  }, 900_000);
});
