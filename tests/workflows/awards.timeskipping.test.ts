// The year's awards round on the time-skipping server, over the real activities: the eligible lists drawn
// from the year's results (Sangat Baik two years in a row under this year's override; not those who left
// or had Baik the year before), one nomination task per unit head, a nomination by the head (refused to
// anyone else), a unit whose head changes in the registry (the open nomination moves to the new head), who
// then misses the due date (reminded before it, escalated to their superior after it, the step closed at
// the end of the grace), and the committee's decision, audited and emailed to the employee.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { auditHistory } from '../../db/audit-chain';
import type { Database } from '../../db/connection';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import type { EmployeeImport } from '../../domain/org/schemas';
import { yearAwards } from '../../workflows/appraisal/awards';
import { awardsState } from '../../workflows/appraisal/award-messages';
import { importOrg } from '../../db/models/org-import';
import { runningAppraisals } from '../../commands/org/running-appraisals';
import { completeTask } from '../../workflows/appraisal/messages';
import { realActivities } from '../support/activities';
import { testFields } from '../support/crypto';
import { eventually } from '../support/eventually';
import { maybeStoreHistory } from '../support/histories';
import { mailTo, testDatabase, testWorker, timeSkippingEnv, uniqueTaskQueue } from '../support/servers';
import { actorOf, DAY, hrActor, sleepUntil } from './appraisal-support/drive';
import { seedOrg } from './appraisal-support/org';

jest.setTimeout(300_000);

let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
const taskQueue = uniqueTaskQueue('awards-ts');

beforeAll(async () => {
  env = await timeSkippingEnv();
  db = await testDatabase('awards-timeskipping');
  const { activities, mailer } = realActivities(db, env);
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

/** An employee's final annual result of `year`, as the appraisal writes it. */
async function result(year: number, e: EmployeeImport, predikat: Predikat, left = false) {
  await db.models.appraisalRecords.create({
    _id: `${year}/${e.nip}`,
    year,
    nip: e.nip,
    name: e.name,
    unitCode: e.unitCode,
    level: e.level,
    workflowId: `appraisal/${year}/${e.nip}`,
    phase: left ? 'left' : 'done',
    predikat,
    left: left ? { reason: 'pindah instansi' } : null,
    seq: 1,
  });
}

describe('the awards round on the time-skipping server', () => {
  it('draws up the eligible lists, takes a nomination, reminds and escalates a late head, and decides', async () => {
    const label = `aw${Date.now() % 1e6}`;
    const a = await seedOrg(db.models, `${label}-a`, 4);
    const b = await seedOrg(db.models, `${label}-b`, 1);
    const year = new Date(await env.currentTimeMs()).getUTCFullYear() - 1;
    // Unit A: two Sangat Baik two years in a row, one only this year, one Baik, one who left.
    for (const [e, now, before] of [
      [a.staff[0]!, 'sangat-baik', 'sangat-baik'],
      [a.kasubbid, 'sangat-baik', 'sangat-baik'],
      [a.staff[1]!, 'sangat-baik', 'baik'],
      [a.staff[2]!, 'baik', 'sangat-baik'],
      [b.staff[0]!, 'sangat-baik', 'sangat-baik'],
      [a.staff[3]!, 'sangat-baik', 'sangat-baik'],
    ] as const) {
      await result(year, e, now);
      await result(year - 1, e, before);
    }
    // A.staff[3] was sanctioned (PP 94/2021) for the year's absences: not eligible, however rated.
    await db.models.disciplineCases.create({
      _id: `discipline/${year}/${a.staff[3]!.nip}/4-6`,
      year,
      nip: a.staff[3]!.nip,
      name: a.staff[3]!.name,
      unitCode: a.unitCode,
      band: '4-6',
      days: 5,
      ruleSetId: 'pp-94-2021',
      status: 'decided',
      openedAt: new Date(),
      decision: { sanction: 'written-warning', reason: 'Lima hari tanpa keterangan', by: a.kabid.nip },
      seq: 3,
    });
    await result(year, a.kabid, 'sangat-baik', true);
    await result(year - 1, a.kabid, 'sangat-baik');

    const start = await env.currentTimeMs();
    const handle = await env.client.workflow.start(yearAwards, {
      taskQueue,
      workflowId: `awards/${year}`,
      args: [
        {
          year,
          ruleOverrides: { criteria: { yearsInARow: 2, quotaPerUnit: 2 } },
          actor: hrActor,
        },
      ],
    });

    // Eligibility: A's two (not the sanctioned one), B's one; one nomination task for each unit head.
    const state = await eventually(
      () => handle.query(awardsState),
      (s) => s.openTasks.length === 2,
    );
    expect(state.openTasks.map((t) => [t.type, t.unitCode, t.assigneeNip]).sort()).toEqual(
      [
        ['award-nomination', a.unitCode, a.head.nip],
        ['award-nomination', b.unitCode, b.head.nip],
      ].sort(),
    );
    const eligible = await db.models.awards.find({ year }).sort({ nip: 1 }).lean();
    expect(eligible.map((r) => [r.nip, r.status])).toEqual(
      [a.kasubbid.nip, a.staff[0]!.nip, b.staff[0]!.nip].sort().map((n) => [n, 'eligible']),
    );
    const headA = await eventually(
      () => mailTo(a.head.email),
      (m) => m.length > 0,
    );
    expect(headA.map((m) => m.subject)).toEqual([
      `Usulan penghargaan pegawai BKPSDM ${label}-a tahun ${year}`,
    ]);

    // Unit A's head nominates one, with a reason; nobody else may.
    const taskA = state.openTasks.find((t) => t.unitCode === a.unitCode)!;
    const nominations = {
      nominations: [{ nip: a.staff[0]!.nip, reason: 'Layanan kenaikan pangkat tercepat' }],
    };
    const refused = await handle
      .executeUpdate(completeTask, {
        args: [{ taskId: taskA.taskId, actor: actorOf(a.kabid), payload: nominations }],
      })
      .catch((e: unknown) => e);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toBe(
      'only the assignee may complete this task',
    );
    await expect(
      handle.executeUpdate(completeTask, {
        args: [{ taskId: taskA.taskId, actor: actorOf(a.head), payload: nominations }],
      }),
    ).resolves.toEqual({ taskId: taskA.taskId, status: 'done' });
    expect(await db.models.awards.findById(`${year}/${a.staff[0]!.nip}`).lean()).toMatchObject({
      status: 'nominated',
      nomination: { byNip: a.head.nip, reason: 'Layanan kenaikan pangkat tercepat' },
    });
    const again = await handle
      .executeUpdate(completeTask, {
        args: [{ taskId: taskA.taskId, actor: actorOf(a.head), payload: nominations }],
      })
      .catch((e: unknown) => e);
    expect((again as WorkflowUpdateFailedError).cause?.message).toBe('the task is already done');
    const decision = await eventually(
      () => handle.query(awardsState),
      (s) => s.openTasks.some((t) => t.type === 'award-decision'),
    );
    const decisionTask = decision.openTasks.find((t) => t.type === 'award-decision')!;
    expect(decisionTask).toMatchObject({ nip: a.staff[0]!.nip, assigneeNip: null });

    // Unit B gets a new head (its head of division) in the registry: the open nomination moves to them.
    const moved = await importOrg(
      db.models,
      [{ code: b.unitCode, name: `BKPSDM ${label}-b`, parentCode: null, headNip: b.kabid.nip }],
      b.all,
    );
    expect(moved.result.ok).toBe(true);
    await runningAppraisals({ client: env.client, models: db.models, taskQueue }).tellOfChanges(moved);
    const taskIdB = state.openTasks.find((t) => t.unitCode === b.unitCode)!.taskId;
    await eventually(
      () => db.models.tasks.findById(taskIdB).lean(),
      (t) => t?.assigneeNip === b.kabid.nip,
    );
    // The new head lets the due date pass: reminded 3 days before it, escalated 3 days after it to
    // their own superior (the former head).
    const dueB = start + 30 * DAY;
    await sleepUntil(env, dueB - 3 * DAY + 60_000);
    const reminded = await eventually(
      () => mailTo(b.kabid.email),
      (m) => m.some((x) => x.subject.startsWith('Pengingat')),
    );
    expect(reminded.map((m) => m.subject)).toEqual([
      `Usulan penghargaan pegawai BKPSDM ${label}-b tahun ${year}`,
      'Pengingat: Mengusulkan pegawai untuk penghargaan',
    ]);
    await sleepUntil(env, dueB + 3 * DAY + 60_000);
    const escalated = await eventually(
      () => mailTo(b.head.email),
      (m) => m.some((x) => x.subject.startsWith('Tugas penghargaan')),
    );
    expect(escalated.map((m) => m.subject)).toContain(
      'Tugas penghargaan Ir Maria Fernandez melewati batas waktu',
    );
    const taskB = await db.models.tasks.findById(taskIdB).lean();
    expect(taskB).toMatchObject({
      status: 'open',
      assigneeNip: b.kabid.nip,
      reminded: true,
      escalated: true,
      escalatedTo: 'Drs Paulus Bria',
    });

    // The committee decides A's nomination; the employee is told, with the reason.
    await handle.executeUpdate(completeTask, {
      args: [
        {
          taskId: decisionTask.taskId,
          actor: hrActor,
          payload: { awarded: true, reason: 'Inovasi layanan yang ditiru unit lain' },
        },
      ],
    });
    expect(await db.models.awards.findById(`${year}/${a.staff[0]!.nip}`).lean()).toMatchObject({
      status: 'awarded',
      decision: { awarded: true, reason: 'Inovasi layanan yang ditiru unit lain', by: 'hr-1' },
    });
    const told = await eventually(
      () => mailTo(a.staff[0]!.email),
      (m) => m.length > 0,
    );
    expect(told.map((m) => m.subject)).toEqual([`Selamat: Anda menerima penghargaan tahun ${year}`]);
    expect(told[0]!.text).toContain('Alasan: Inovasi layanan yang ditiru unit lain');

    // The grace ends: B's step closes without a nomination, and the round closes.
    await sleepUntil(env, dueB + 14 * DAY + 60_000);
    await expect(handle.result()).resolves.toEqual({ year, units: 2, nominated: 1, awarded: 1 });
    expect((await db.models.tasks.findById(taskB!._id).lean())?.status).toBe('cancelled');
    expect((await db.models.awardRounds.findById(year).lean())?.phase).toBe('closed');
    const trail = await auditHistory(db.models, testFields, `awards/${year}`);
    expect(trail.map((r) => r.action)).toEqual(['awards.round.opened', 'awards.round.closed']);
    expect(trail[0]!.after).toMatchObject({
      ruleSetId: 'kupang-awards-2026',
      ruleChanges: [
        { path: 'criteria.yearsInARow', from: 1, to: 2 },
        { path: 'criteria.quotaPerUnit', from: 1, to: 2 },
      ],
    });
    const nominee = await auditHistory(db.models, testFields, `awards/${year}/${a.staff[0]!.nip}`);
    expect(nominee.map((r) => [r.action, r.actor, r.reason])).toEqual([
      ['awards.nominated', `u-${a.head.nip}`, 'Layanan kenaikan pangkat tercepat'],
      ['awards.decided', 'hr-1', 'Inovasi layanan yang ditiru unit lain'],
    ]);
    // The round's history grows with its tasks (two units, one nomination: about 200 events), never with
    // the employees on the lists: one activity drew them all up.
    const history = await handle.fetchHistory();
    expect(history.events!.length).toBeLessThan(300);
    const scheduled = history.events!.filter((e) => e.activityTaskScheduledEventAttributes);
    expect(
      scheduled.filter(
        (e) => e.activityTaskScheduledEventAttributes!.activityType?.name === 'listAwardEligibility',
      ),
    ).toHaveLength(1);
    await maybeStoreHistory(handle, 'awards-round');
  });
});
