// Crash safety: a compressed CPNS cycle of 20 candidates in 2 formations runs against a worker that is a
// separate OS process (`tsx worker/main.ts`, as in production), and that process is killed with SIGKILL at
// five points of the cycle and started again: while the applications register, right after the screening
// batch is handed over, during the SKD result fan-out, during the final ranking, and in the document stage
// right after a withdrawal. The API runs in this process, on the dev server, FerretDB and the SMTP capture.
//
// An activity that was running on a killed worker is retried when its start-to-close timeout (30 s) or,
// for a batch, its heartbeat timeout (30 s) expires, so each crash stalls part of the cycle for up to half
// a minute; the appeal windows here (10 s) are shorter than that on purpose, so the stages must not
// depend on a window outlasting a crash.
//
// The cycle must complete with, for every candidate, the outcome the pure rules give for the plan's scores
// (as in tests/support/recruitment-expected.ts), every email in every mailbox exactly once (each expected
// subject once per candidate; every outbox message sent under its Message-ID, derived from the outbox
// key), and no worker process left behind. SMTP has no idempotent send: a worker killed after the server
// accepted a message but before the outbox recorded it as sent sends it again on retry, under the same
// Message-ID, which mail clients show once. The test allows exactly that and nothing else: a repeat must
// be the same message, under the same Message-ID, of an outbox row that a retried attempt delivered. A fan-out repeated as a retried activity
// repeats it (the document-stage one, sent again to every passer) must change nothing either.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { messageIdFor } from '../../activities/email';
import type { Database } from '../../db/connection';
import { documentsOpened } from '../../workflows/recruitment/messages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { testAuthSecret } from '../support/activities';
import { eventually } from '../support/eventually';
import { checkApplications, checkMailboxes, checkRankings } from '../support/recruitment-checks';
import { codecClient, testDataKeys, testPayloadKeys } from '../support/crypto';
import { applicantKeySecret, startApi } from '../support/engine';
import { RecruitmentApi, untilCycleEnded } from '../support/recruitment-client';
import { expectationsFor } from '../support/recruitment-expected';
import { cycleCode, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import {
  announce,
  announceScreening,
  applyAll,
  createCycle,
  documentStage,
  screen,
  skbResults,
  skdSessionsAndResults,
} from '../support/recruitment-stages';
import {
  devServerEnv,
  testDatabase,
  testDatabaseUri,
  uniqueEmail,
  uniqueTaskQueue,
} from '../support/servers';

const root = path.resolve(__dirname, '..', '..');
const dbName = 'recruitment-crash';
const taskQueue = uniqueTaskQueue('recruitment-crash');
const hrContacts = { email: uniqueEmail('hr'), headEmail: uniqueEmail('hr-head') };
let env: TestWorkflowEnvironment;
/** With the codec of the worker process (PAYLOAD_KEYS below; its records are sealed with DATA_KEYS). */
let client: Client;
let db: Database;
let api: RecruitmentApi;
let closeApi: () => Promise<void>;
let dataDir: string;
const started: string[] = [];

/** The production worker as a child process group: started, killed with SIGKILL, started again. */
class WorkerProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private stderr = '';
  starts = 0;

  /** Starts a worker and waits until it polls the task queue (a poller the server has not seen yet). */
  async start(): Promise<number> {
    const t0 = Date.now();
    const before = await pollers();
    // `tsx worker/main.ts` under a small shell in a process group of their own, so that one kill reaches
    // tsx's node child too; the shell kills the group itself if this test process disappears without its
    // afterAll (a timeout killing Jest), so no worker outlives the test.
    const watchdog =
      '"$0" worker/main.ts & w=$!; while kill -0 "$1" 2>/dev/null && kill -0 $w 2>/dev/null; do sleep 1; done; kill -KILL 0';
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const child = spawn('sh', ['-c', watchdog, tsx, String(process.pid)], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TEMPORAL_ADDRESS: process.env.SDM_TEST_TEMPORAL_ADDRESS,
        MONGODB_URI: testDatabaseUri(dbName),
        SMTP_URL: process.env.SDM_TEST_SMTP_URL,
        TEMPORAL_TASK_QUEUE: taskQueue,
        AUTH_SECRET: testAuthSecret,
        APPLICANT_KEY_SECRET: applicantKeySecret,
        PAYLOAD_KEYS: testPayloadKeys,
        DATA_KEYS: testDataKeys,
        HR_EMAIL: hrContacts.email,
        HR_HEAD_EMAIL: hrContacts.headEmail,
        PUBLIC_URL: 'http://sdm-flow.test',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
    });
    this.child = child;
    this.starts += 1;
    child.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-20_000)));
    let gone = false;
    this.exited = new Promise<void>((r) => child.once('exit', () => r())).then(() => void (gone = true));
    const ready = await eventually(
      async () => gone || [...(await pollers())].some((p) => !before.has(p)),
      Boolean,
      120_000,
    );
    if (gone || !ready) throw new Error(`the worker did not start:\n${this.stderr}`);
    return Date.now() - t0;
  }

  /** SIGKILL to the whole process group: no shutdown, no chance to finish anything. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await this.exited;
  }
}

/** Identities of the workers polling the task queue's workflow tasks, as the server saw them. */
async function pollers(): Promise<Set<string>> {
  const r = await client.workflowService.describeTaskQueue({
    namespace: 'default',
    taskQueue: { name: taskQueue },
    taskQueueType: 1, // workflow tasks
  });
  return new Set((r.pollers ?? []).map((p) => p.identity ?? ''));
}

const worker = new WorkerProcess();
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

beforeAll(async () => {
  env = await devServerEnv();
  db = await testDatabase(dbName);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-crash-'));
  client = codecClient(env);
  const served = await startApi({ env, client, db, taskQueue, hr: hrContacts });
  closeApi = served.close;
  api = await RecruitmentApi.connect(served.baseUrl);
  // A crash stalls the activities it interrupted for their 1-minute timeout: waits must outlast that.
  api.patience = 240_000;
  await worker.start();
});
afterAll(async () => {
  await worker.kill();
  await closeApi();
  const apps = await db.models.applications.find({ cycleCode: { $in: started } }, { workflowId: 1 }).lean();
  await Promise.all(
    [...started.map(cycleWorkflowId), ...apps.map((a) => a.workflowId)].map((id) =>
      client.workflow
        .getHandle(id)
        .terminate('test finished')
        .catch(() => undefined),
    ),
  );
  await db.close();
  await env.teardown();
  rmSync(dataDir, { recursive: true, force: true });
});

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

describe('a CPNS cycle whose worker is killed five times', () => {
  it('completes with the outcomes the rules give and every email delivered exactly once', async () => {
    const t0 = Date.now();
    const spec: CycleSpec = {
      code: cycleCode('CPNS-CRASH'),
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang 2026 (uji ketahanan)',
      formations: [
        { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 2 },
        { code: DR, title: 'Dokter Ahli Pertama', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
      ],
      registrationMs: 20_000,
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

    // 1. While the applications register (their first steps still running).
    const applicants = await applyAll(api, spec.code, plans);
    await crash('registration');
    const expected = expectationsFor(spec, applicants);

    // 2. Right after the screening batch is handed over to the cycle.
    await screen(api, spec.code, applicants);
    await crash('screening batch handed over');
    await announceScreening(api, spec.code);

    // 3. During the SKD fan-out: some candidates have their result email, others not yet.
    await skdSessionsAndResults(api, spec, expected);
    await announce(api, spec.code, 'skd');
    const skdMails = () =>
      db.models.outbox.countDocuments({ _id: { $regex: `^application/${spec.code}/.*/skd/result$` } });
    await crashWhen('SKD fan-out', async () => {
      const k = await skdMails();
      return k > 0 ? `${k} of 15 SKD result emails stored` : undefined;
    });

    // 4. During the final ranking: some finalists ranked, others not yet.
    await skbResults(api, spec, expected);
    await announce(api, spec.code, 'final');
    await crashWhen('final ranking', async () => {
      const k = await db.models.applications.countDocuments({
        cycleCode: spec.code,
        'final.rank': { $exists: true },
      });
      return k > 0 ? `${k} of 9 finalists ranked` : undefined;
    });

    // 5. In the document stage, right after a passer withdrew (the vacancy offer under way).
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
    const handle = client.workflow.getHandle(cycleWorkflowId(spec.code));
    await expect(handle.result()).resolves.toMatchObject({ phase: 'closed', replacements: 2, unfilled: [] });
    expect(worker.starts).toBe(6);

    // The outcomes the rules give, for every candidate.
    const appointed = (f: string) => expected.appointed(f).map((a) => a.plan.key);
    expect([appointed(PK), appointed(DR)]).toEqual([['X01', 'X04'], ['Y04']]);
    await checkApplications(api, spec, expected);
    await checkRankings(api, spec, expected);

    // Every email exactly once per mailbox; a repeat only as the SMTP window above allows.
    const { delivered, repeats } = await checkMailboxes(expected, {
      ordered: false,
      sameMessageIdTwice: true,
    });
    const outbox = await db.models.outbox
      .find({ _id: { $regex: `^(application|recruitment-cycle)/${spec.code}/` } }, { status: 1, attempt: 1 })
      .lean();
    expect(outbox.filter((m) => m.status !== 'sent').map((m) => m._id)).toEqual([]);
    expect(outbox).toHaveLength(expected.applicants.reduce((k, a) => k + expected.of(a).mail.length, 0));
    const outboxByMessageId = new Map(outbox.map((m) => [messageIdFor(m._id), m]));
    expect(delivered.filter((m) => !outboxByMessageId.has(m.messageId!)).map((m) => m.subject)).toEqual([]);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(outbox.length);
    for (const r of repeats) {
      const first = delivered.find((m) => m.messageId === r.messageId)!;
      expect({ subject: r.subject, text: r.text, to: r.to }).toEqual({
        subject: first.subject,
        text: first.text,
        to: first.to,
      });
      expect(outboxByMessageId.get(r.messageId!)!.attempt).toBeGreaterThan(1); // delivered by a retry
    }

    process.stderr.write(
      `[recruitment crash] ${Math.round((Date.now() - t0) / 1000)} s; ${repeats.length} repeat(s) under the same Message-ID; crashes: ${JSON.stringify(crashes)}\n`,
    );
  }, 900_000);
});
