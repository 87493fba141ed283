// One employee's appraisal across a real year (January to the next January) on the time-skipping server,
// with real activities on FerretDB and real email through the SMTP capture: the whole year, an SKP
// returned and resubmitted, a missed rating deadline, an objection that changes the predikat, a change
// of supervisor mid-year, and an employee who leaves.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { auditHistory } from '../../db/audit-chain';
import { testFields } from '../support/crypto';
import { maybeStoreHistory } from '../support/histories';
import type { Database } from '../../db/connection';
import { importOrg } from '../../db/models/org-import';
import { periodsOfYear, ratingDueAt } from '../../domain/appraisal/periods';
import { resolveAppraisalYear } from '../../domain/appraisal/schemas';
import { employeeAppraisal } from '../../workflows/appraisal/employee';
import {
  acceptResult,
  appraisalState,
  completeTask,
  extendTask,
  fileObjection,
  leaveAppraisal,
  reportingLineChanged,
} from '../../workflows/appraisal/messages';
import { realActivities } from '../support/activities';
import { eventually } from '../support/eventually';
import { mailTo, testDatabase, testWorker, timeSkippingEnv, uniqueTaskQueue } from '../support/servers';
import { actorOf, complete, DAY, hrActor, openTask, skp, sleepUntil } from './appraisal-support/drive';
import { seedOrg, type TestOrg } from './appraisal-support/org';

// Generous: on a loaded 2-core machine (other suites' end-to-end tests) a year's steps slow down a lot.
jest.setTimeout(600_000);

let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
const taskQueue = uniqueTaskQueue('appraisal-employee-ts');

beforeAll(async () => {
  env = await timeSkippingEnv();
  db = await testDatabase('appraisal-employee-timeskipping');
  const { activities, mailer } = realActivities(db, env, () => new Date());
  closeMailer = () => mailer.close();
  worker = await testWorker(env, { taskQueue, activities });
  running = worker.run();
});
afterAll(async () => {
  worker.shutdown();
  await running;
  closeMailer();
  await db.close();
  await env.teardown();
});

/** The next calendar year: all of its deadlines are ahead of the test server's clock. */
async function nextYear(): Promise<number> {
  return new Date(await env.currentTimeMs()).getUTCFullYear() + 1;
}

async function start(org: TestOrg, who = org.staff[0]!, overrides: object = {}) {
  const year = await nextYear();
  const { config } = resolveAppraisalYear({ year, ...overrides });
  const handle = await env.client.workflow.start(employeeAppraisal, {
    taskQueue,
    workflowId: `appraisal/${year}/${who.nip}`,
    args: [{ year, nip: who.nip, config }],
  });
  return { handle, year, config };
}

const rating = (hasilKerja: string, perilakuKerja: string) => ({ hasilKerja, perilakuKerja });

async function planApproved(handle: WorkflowHandle, org: TestOrg, who = org.staff[0]!) {
  await complete(handle, 'skp-draft', actorOf(who, 'employee'), skp);
  await complete(handle, 'skp-approval', actorOf(org.kasubbid), { approved: true });
}

async function rateAllPeriods(
  handle: WorkflowHandle,
  year: number,
  appraiser: { nip: string },
  r = rating('sesuai', 'sesuai'),
) {
  for (const p of periodsOfYear(year, 'quarterly')) {
    await sleepUntil(env, Date.parse(p.endsAt) + 1000);
    await complete(handle, 'period-rating', actorOf(appraiser), r, p.period);
  }
}

const record = (year: number, nip: string) => db.models.appraisalRecords.findById(`${year}/${nip}`).lean();

describe('an employee appraisal year on the time-skipping server', () => {
  it('runs a whole year: SKP approved, four quarterly ratings, the annual predikat, no objection, credit points', async () => {
    const org = await seedOrg(db.models, 'whole');
    const employee = org.staff[0]!; // fungsional, ahli-muda
    const { handle, year } = await start(org);
    // Last year's result, which promotion eligibility reads with this year's.
    await db.models.appraisalRecords.create({
      _id: `${year - 1}/${employee.nip}`,
      year: year - 1,
      nip: employee.nip,
      name: employee.name,
      unitCode: employee.unitCode,
      level: employee.level,
      workflowId: `appraisal/${year - 1}/${employee.nip}`,
      phase: 'done',
      predikat: 'baik',
      seq: 1,
    });

    const draft = await openTask(handle, 'skp-draft');
    expect(draft).toMatchObject({ assigneeNip: employee.nip, dueAt: `${year}-01-31T15:59:00.000Z` });
    await planApproved(handle, org);
    await rateAllPeriods(handle, year, org.kasubbid, rating('di-atas', 'sesuai'));
    await complete(handle, 'annual-rating', actorOf(org.kasubbid), rating('di-atas', 'di-atas'), 'annual');

    await expect(handle.result()).resolves.toEqual({
      status: 'done',
      predikat: 'sangat-baik',
      objected: false,
    });
    const rec = await record(year, employee.nip);
    expect(rec).toMatchObject({ phase: 'done', predikat: 'sangat-baik' });
    expect(
      rec!.periods.map((p: { period: string; predikat: string; creditPoints: number }) => [
        p.period,
        p.predikat,
        p.creditPoints,
      ]),
    ).toEqual([
      ['Q1', 'baik', 6.25],
      ['Q2', 'baik', 6.25],
      ['Q3', 'baik', 6.25],
      ['Q4', 'baik', 6.25],
    ]);
    expect(rec!.followUp).toMatchObject({
      creditPoints: 37.5,
      improvement: { needed: false },
      promotion: {
        status: 'eligible',
        years: [
          { year, predikat: 'sangat-baik' },
          { year: year - 1, predikat: 'baik' },
        ],
      },
    });
    expect(await db.models.tasks.countDocuments({ subjectNip: employee.nip, status: 'done' })).toBe(7);

    const employeeMail = (await mailTo(employee.email)).map((m) => m.subject);
    expect(employeeMail).toEqual(
      expect.arrayContaining([
        `Penyusunan SKP tahun ${year}`,
        `SKP tahun ${year} disetujui`,
        `Predikat kinerja Triwulan I ${year}: Baik`,
        `Predikat kinerja tahun ${year}: Sangat Baik`,
      ]),
    );
    const appraiserMail = (await mailTo(org.kasubbid.email)).map((m) => m.subject);
    expect(appraiserMail).toContain(`SKP ${year} Staf A Lede menunggu persetujuan`);
    expect(appraiserMail).toContain(`Penilaian kinerja Triwulan IV ${year}: Staf A Lede`);
    const audit = await auditHistory(db.models, testFields, handle.workflowId);
    expect(audit.map((a) => a.action)).toEqual([
      'appraisal.skp.drafted',
      'appraisal.skp.approved',
      'appraisal.rated',
      'appraisal.rated',
      'appraisal.rated',
      'appraisal.rated',
      'appraisal.rated',
      'appraisal.completed',
    ]);
  });

  it('returns an SKP with a note, takes the resubmission, and refuses a stale second approval', async () => {
    const org = await seedOrg(db.models, 'returned');
    const employee = org.staff[0]!;
    const { handle, year } = await start(org);
    await complete(handle, 'skp-draft', actorOf(employee, 'employee'), skp);
    const firstApproval = await complete(handle, 'skp-approval', actorOf(org.kasubbid), {
      approved: false,
      note: 'Target harus terukur',
    });
    const redraft = await openTask(handle, 'skp-draft');
    expect(redraft.taskId).not.toBe(firstApproval.taskId);
    const stale = await handle
      .executeUpdate(completeTask, {
        args: [{ taskId: firstApproval.taskId, actor: actorOf(org.kasubbid), payload: { approved: true } }],
      })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((stale as WorkflowUpdateFailedError).cause?.message).toBe('the task is already done');

    await complete(handle, 'skp-draft', actorOf(employee, 'employee'), skp);
    await complete(handle, 'skp-approval', actorOf(org.kasubbid), { approved: true });
    await eventually(
      () => record(year, employee.nip),
      (r) => r?.phase === 'execution',
    );
    const rec = await record(year, employee.nip);
    expect(rec!.skps).toEqual([
      expect.objectContaining({ version: 1, status: 'approved', note: 'Target harus terukur' }),
    ]);
    const subjects = (await mailTo(employee.email)).map((m) => m.subject);
    expect(subjects).toContain(`SKP tahun ${year} dikembalikan untuk diperbaiki`);
    expect((await mailTo(employee.email)).find((m) => m.subject.includes('dikembalikan'))!.text).toContain(
      'Target harus terukur',
    );

    await handle.executeUpdate(leaveAppraisal, { args: [{ reason: 'pensiun', actor: hrActor }] });
    await expect(handle.result()).resolves.toMatchObject({ status: 'left' });
  });

  it('reminds the appraiser 3 days before a missed rating deadline and escalates to their own supervisor 3 days after', async () => {
    const org = await seedOrg(db.models, 'missed');
    const { handle, year } = await start(org);
    await planApproved(handle, org);
    const q1 = periodsOfYear(year, 'quarterly')[0]!;
    const due = Date.parse(ratingDueAt(q1, 'P14D'));
    await sleepUntil(env, Date.parse(q1.endsAt) + 1000);
    const task = await openTask(handle, 'period-rating', 'Q1');
    expect(task).toMatchObject({ assigneeNip: org.kasubbid.nip, dueAt: new Date(due).toISOString() });

    await sleepUntil(env, due - 3 * DAY + 3600_000);
    const reminders = await eventually(
      () => mailTo(org.kasubbid.email),
      (m) => m.some((x) => x.subject.startsWith('Pengingat')),
    );
    expect(reminders.filter((m) => m.subject.startsWith('Pengingat')).map((m) => m.subject)).toEqual([
      'Pengingat: Memberi penilaian kinerja periodik',
    ]);
    expect(await mailTo(org.kabid.email)).toHaveLength(0);

    await sleepUntil(env, due + 3 * DAY + 3600_000);
    const escalations = await eventually(
      () => mailTo(org.kabid.email),
      (m) => m.length > 0,
    );
    expect(escalations.map((m) => m.subject)).toEqual(['Tugas terlambat: Yohanes Nenobais']);
    expect(await mailTo(org.head.email)).toHaveLength(0);
    expect(await db.models.tasks.findById(task.taskId).lean()).toMatchObject({
      status: 'open',
      reminded: true,
      escalated: true,
      escalatedTo: org.kabid.name,
    });

    // HR extends the overdue task: audited, the timers move, the appraiser is told.
    const newDue = due + 14 * DAY;
    await handle.executeUpdate(extendTask, {
      args: [
        {
          taskId: task.taskId,
          dueAt: new Date(newDue).toISOString(),
          reason: 'Gangguan aplikasi',
          actor: hrActor,
        },
      ],
    });
    expect((await handle.query(appraisalState)).openTasks[0]).toMatchObject({
      reminded: false,
      escalated: false,
    });
    const refused = await handle
      .executeUpdate(extendTask, {
        args: [
          {
            taskId: task.taskId,
            dueAt: new Date(newDue).toISOString(),
            reason: 'x',
            actor: actorOf(org.kabid),
          },
        ],
      })
      .catch((e: unknown) => e);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toBe('only HR may extend a deadline');
    const audit = await auditHistory(db.models, testFields, handle.workflowId);
    expect(audit.find((a) => a.action === 'appraisal.task.extended')).toMatchObject({
      actor: 'hr-1',
      reason: 'Gangguan aplikasi',
      after: { dueAt: new Date(newDue).toISOString() },
    });
    await eventually(
      () => mailTo(org.kasubbid.email),
      (m) => m.some((x) => x.subject.startsWith('Batas waktu diperpanjang')),
    );

    await complete(handle, 'period-rating', actorOf(org.kasubbid), rating('sesuai', 'sesuai'), 'Q1');
    await handle.executeUpdate(leaveAppraisal, {
      args: [{ reason: 'mutasi ke luar daerah', actor: hrActor }],
    });
    await expect(handle.result()).resolves.toMatchObject({ status: 'left' });
    expect(await db.models.tasks.countDocuments({ workflowId: handle.workflowId, status: 'open' })).toBe(0);
  });

  it("changes the predikat when the appraiser's superior upholds an objection", async () => {
    const org = await seedOrg(db.models, 'objection');
    const employee = org.staff[1]!; // pelaksana
    const { handle, year } = await start(org, employee);
    await planApproved(handle, org, employee);
    await rateAllPeriods(handle, year, org.kasubbid);
    await complete(handle, 'annual-rating', actorOf(org.kasubbid), rating('sesuai', 'di-bawah'), 'annual');
    await eventually(
      () => handle.query(appraisalState),
      (s) => s.objectionOpenUntil !== null,
    );
    const early = await handle
      .executeUpdate(fileObjection, { args: [{ reason: 'bukan saya', actor: actorOf(org.kasubbid) }] })
      .catch((e: unknown) => e);
    expect((early as WorkflowUpdateFailedError).cause?.message).toBe(
      'only the employee may object to their result',
    );
    await handle.executeUpdate(fileObjection, {
      args: [{ reason: 'Perilaku kerja sudah sesuai, ada bukti', actor: actorOf(employee, 'employee') }],
    });
    const decision = await openTask(handle, 'objection-decision');
    expect(decision.assigneeNip).toBe(org.kabid.nip); // the appraiser's superior
    const notAssignee = await handle
      .executeUpdate(completeTask, {
        args: [
          {
            taskId: decision.taskId,
            actor: actorOf(org.kasubbid),
            payload: { predikat: 'baik', reason: 'x' },
          },
        ],
      })
      .catch((e: unknown) => e);
    expect((notAssignee as WorkflowUpdateFailedError).cause?.message).toBe(
      'only the assignee may complete this task',
    );
    await complete(handle, 'objection-decision', actorOf(org.kabid), {
      predikat: 'baik',
      reason: 'Bukti mendukung',
    });

    await expect(handle.result()).resolves.toEqual({ status: 'done', predikat: 'baik', objected: true });
    const rec = await record(year, employee.nip);
    expect(rec).toMatchObject({ predikat: 'baik', annual: { predikat: 'kurang-misconduct' } });
    expect(rec!.followUp).toMatchObject({ creditPoints: null, improvement: { needed: false } });
    const audit = await auditHistory(db.models, testFields, handle.workflowId);
    expect(audit.find((a) => a.action === 'appraisal.objection.decided')).toMatchObject({
      actor: `u-${org.kabid.nip}`,
      reason: 'Bukti mendukung',
      before: { predikat: 'kurang-misconduct' },
      after: { predikat: 'baik' },
    });
    const decided = (await mailTo(employee.email)).find((m) =>
      m.subject.startsWith('Keputusan atas keberatan'),
    );
    expect(decided!.text).toContain('diubah dari Kurang/Misconduct menjadi Baik');
    expect((await mailTo(org.kabid.email)).map((m) => m.subject)).toContain(
      `Keberatan atas penilaian kinerja ${year}: Staf B Lede`,
    );
    await maybeStoreHistory(handle, 'appraisal-employee-objection-recorded');
  });

  it('closes the objection window at once when the employee accepts the result, and takes no objection after it', async () => {
    const org = await seedOrg(db.models, 'accepted');
    const employee = org.staff[1]!; // pelaksana
    const { handle, year } = await start(org, employee);
    await planApproved(handle, org, employee);
    await rateAllPeriods(handle, year, org.kasubbid);
    await complete(handle, 'annual-rating', actorOf(org.kasubbid), rating('sesuai', 'sesuai'), 'annual');
    const { objectionOpenUntil } = await eventually(
      () => handle.query(appraisalState),
      (s) => s.objectionOpenUntil !== null,
    );
    const refused = (actor: ReturnType<typeof actorOf>) =>
      handle.executeUpdate(acceptResult, { args: [{ actor }] }).catch((e: unknown) => e);
    expect(((await refused(actorOf(org.kasubbid))) as WorkflowUpdateFailedError).cause?.message).toBe(
      'only the employee may accept their result',
    );
    const accepted = await handle.executeUpdate(acceptResult, {
      args: [{ note: 'Setuju', actor: actorOf(employee, 'employee') }],
    });
    expect(accepted.predikat).toBe('baik');
    const objection = await handle
      .executeUpdate(fileObjection, { args: [{ reason: 'terlambat', actor: actorOf(employee, 'employee') }] })
      .catch((e: unknown) => e);
    // Refused by the workflow, or it has already finished.
    expect(
      objection instanceof WorkflowUpdateFailedError
        ? objection.cause?.message
        : (objection as Error).message,
    ).toMatch(/^the objection window is not open$|completed/);

    await expect(handle.result()).resolves.toEqual({ status: 'done', predikat: 'baik', objected: false });
    // Done before the window's end: the workflow did not wait for it.
    expect((await handle.describe()).closeTime!.getTime()).toBeLessThan(Date.parse(objectionOpenUntil!));
    const rec = await record(year, employee.nip);
    expect(rec).toMatchObject({
      phase: 'done',
      predikat: 'baik',
      acceptance: { predikat: 'baik', by: `u-${employee.nip}`, note: 'Setuju' },
    });
    expect(rec!.objection ?? null).toBeNull();
    const audit = await auditHistory(db.models, testFields, handle.workflowId);
    expect(audit.slice(-2).map((a) => [a.action, a.actor, a.reason])).toEqual([
      ['appraisal.result.accepted', `u-${employee.nip}`, 'Setuju'],
      ['appraisal.completed', 'sdm-flow', ''],
    ]);
  });

  it('gives the open task and the later ratings to the new appraiser after a change of supervisor mid-year', async () => {
    const org = await seedOrg(db.models, 'moved');
    const employee = org.staff[0]!;
    const { handle, year } = await start(org);
    await complete(handle, 'skp-draft', actorOf(employee, 'employee'), skp);
    const approval = await openTask(handle, 'skp-approval');
    expect(approval.assigneeNip).toBe(org.kasubbid.nip);

    const moved = { ...employee, supervisorNip: org.kasubbid2.nip };
    const imported = await importOrg(db.models, [], [moved]);
    expect(imported.supervisorChanged).toEqual([employee.nip]);
    await handle.signal(reportingLineChanged);
    await eventually(
      () => handle.query(appraisalState),
      (s) => s.openTasks[0]?.assigneeNip === org.kasubbid2.nip,
    );
    const old = await handle
      .executeUpdate(completeTask, {
        args: [{ taskId: approval.taskId, actor: actorOf(org.kasubbid), payload: { approved: true } }],
      })
      .catch((e: unknown) => e);
    expect((old as WorkflowUpdateFailedError).cause?.message).toBe(
      'only the assignee may complete this task',
    );
    expect(await db.models.tasks.findById(approval.taskId).lean()).toMatchObject({
      assigneeNip: org.kasubbid2.nip,
    });
    // The notice to the new appraiser is sent by an activity right after the reassignment.
    const reassigned = await eventually(
      () => mailTo(org.kasubbid2.email),
      (m) => m.length > 0,
    );
    expect(reassigned.map((m) => m.subject)).toEqual([`SKP ${year} Staf A Lede menunggu persetujuan`]);

    await complete(handle, 'skp-approval', actorOf(org.kasubbid2), { approved: true });
    const q1 = periodsOfYear(year, 'quarterly')[0]!;
    await sleepUntil(env, Date.parse(q1.endsAt) + 1000);
    expect(await openTask(handle, 'period-rating', 'Q1')).toMatchObject({ assigneeNip: org.kasubbid2.nip });
    await handle.executeUpdate(leaveAppraisal, { args: [{ reason: 'meninggal dunia', actor: hrActor }] });
    await expect(handle.result()).resolves.toMatchObject({ status: 'left' });
    const audit = await auditHistory(db.models, testFields, handle.workflowId);
    expect(audit[audit.length - 1]).toMatchObject({
      action: 'appraisal.left',
      reason: 'meninggal dunia',
      actor: 'hr-1',
    });
  });
});
