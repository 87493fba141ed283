// Competency development on the time-skipping server, with real activities on FerretDB and real email
// through the SMTP capture: a record's verification missed by the superior (reminded before the due date,
// escalated to their own superior after it) and then verified; the training year's mid-year reminder to
// those behind on the 20 JP and its year-end list of those short, per unit.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { Database } from '../../db/connection';
import { yearCalendar } from '../../domain/training/jp';
import { jp2020 } from '../../domain/training/rule-sets';
import { developmentWorkflowId, developmentYearWorkflowId } from '../../domain/workflow-ids';
import { employeeDevelopment } from '../../workflows/training/employee';
import { decideRecord, developmentState, submitRecord } from '../../workflows/training/messages';
import { developmentYear } from '../../workflows/training/year';
import { realActivities } from '../support/activities';
import { maybeStoreHistory } from '../support/histories';
import { eventually } from '../support/eventually';
import {
  mailTo,
  resultWhenDone,
  testDatabase,
  testWorker,
  timeSkippingEnv,
  uniqueTaskQueue,
} from '../support/servers';
import { actorOf, DAY, sleepUntil } from './appraisal-support/drive';
import { seedOrg } from './appraisal-support/org';

jest.setTimeout(300_000);

let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
const taskQueue = uniqueTaskQueue('training-ts');

beforeAll(async () => {
  env = await timeSkippingEnv();
  db = await testDatabase('training-timeskipping');
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

const nextYear = async () => new Date(await env.currentTimeMs()).getUTCFullYear() + 1;

/** A record straight into the read model, as the commands write it (the API is tested over HTTP). */
async function record(
  id: string,
  year: number,
  who: { nip: string; unitCode: string },
  jp: number,
  status: 'pending' | 'verified',
  kind = 'course',
) {
  await db.models.trainingRecords.create([
    {
      _id: id,
      year,
      nip: who.nip,
      unitCode: who.unitCode,
      kind,
      title: `Pelatihan ${id}`,
      provider: 'BPSDM Provinsi NTT',
      startDate: `${year}-02-02`,
      endDate: `${year}-02-04`,
      jp,
      source: status === 'verified' ? 'import' : 'employee',
      status,
      enteredBy: 'test',
    },
  ]);
}

describe("a record's verification", () => {
  it('is reminded and escalated when the superior misses it, then verified, and refused a second time', async () => {
    const org = await seedOrg(db.models, 'train-verif', 1);
    const employee = org.staff[0]!;
    const year = await nextYear();
    const recordId = `r_verif${Date.now().toString(36)}abcdefghijk`.slice(0, 24);
    await record(recordId, year, employee, 16, 'pending', 'workshop');
    const handle = await env.client.workflow.start(employeeDevelopment, {
      taskQueue,
      workflowId: developmentWorkflowId(year, employee.nip),
      args: [
        {
          year,
          nip: employee.nip,
          ruleSetId: jp2020.id,
          entriesCloseAt: yearCalendar(year, jp2020).entriesCloseAt,
          verification: jp2020.verification,
        },
      ],
    });
    // Submitting twice at once, and again later, is the same step.
    const submit = () => handle.executeUpdate(submitRecord, { args: [{ recordId }] });
    const [opened, twin] = await Promise.all([submit(), submit()]);
    expect(twin).toEqual(opened);
    expect(await submit()).toEqual(opened);
    expect(await db.models.tasks.countDocuments({ workflowId: handle.workflowId })).toBe(1);

    const task = await db.models.tasks.findById(opened.taskId).lean();
    expect(task).toMatchObject({
      process: 'training',
      type: 'training-verification',
      assigneeNip: org.kasubbid.nip,
      subjectNip: employee.nip,
      status: 'open',
    });
    expect((await db.models.trainingRecords.findById(recordId).lean())?.taskId).toBe(opened.taskId);
    const asked = await eventually(
      () => mailTo(org.kasubbid.email),
      (m) => m.length === 1,
    );
    expect(asked[0]!.subject).toBe(`Verifikasi pengembangan kompetensi ${employee.name}`);

    // 14 days to verify: reminded 3 days before, escalated to the kabid a day after.
    await sleepUntil(env, Date.parse(opened.dueAt) - 3 * DAY + 60_000);
    const reminded = await eventually(
      () => mailTo(org.kasubbid.email),
      (m) => m.length === 2,
    );
    expect(reminded[1]!.subject).toMatch(/^Pengingat: verifikasi/);
    await sleepUntil(env, Date.parse(opened.dueAt) + DAY + 60_000);
    const escalated = await eventually(
      () => mailTo(org.kabid.email),
      (m) => m.length === 1,
    );
    expect(escalated[0]!.subject).toBe(`Verifikasi terlambat: pengembangan kompetensi ${employee.name}`);
    expect(escalated[0]!.text).toContain(`${org.kasubbid.name} belum memverifikasi`);
    expect(await db.models.tasks.findById(opened.taskId).lean()).toMatchObject({
      reminded: true,
      escalated: true,
      escalatedTo: org.kabid.name,
      status: 'open',
    });

    await handle.executeUpdate(decideRecord, {
      args: [{ taskId: opened.taskId, approved: true, actor: actorOf(org.kasubbid) }],
    });
    expect(await db.models.trainingRecords.findById(recordId).lean()).toMatchObject({
      status: 'verified',
      decidedBy: `u-${org.kasubbid.nip}`,
    });
    expect(await db.models.tasks.findById(opened.taskId).lean()).toMatchObject({ status: 'done' });
    await expect(
      handle.executeUpdate(decideRecord, {
        args: [{ taskId: opened.taskId, approved: false, note: 'lagi', actor: actorOf(org.kasubbid) }],
      }),
    ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    expect((await handle.query(developmentState)).open).toEqual([]);
    // The year's entries close on 31 January of the next year; then the workflow ends.
    expect(await resultWhenDone(handle, 1_000)).toEqual({ decided: 1 });
    await maybeStoreHistory(handle, 'training-development-verified');
  });
});

describe('the training year', () => {
  it('reminds those behind at mid-year and lists those short of 20 JP per unit at its end', async () => {
    const org = await seedOrg(db.models, 'train-year', 4);
    const [met, onTrack, behind, none] = org.staff as [
      (typeof org.staff)[0],
      (typeof org.staff)[0],
      (typeof org.staff)[0],
      (typeof org.staff)[0],
    ];
    const year = await nextYear();
    const tag = Date.now().toString(36);
    // 20 JP across a course and e-learning; 12 JP (on track at mid-year, short at the end); 4 JP; nothing.
    await record(`r_met1${tag}abcdefghijklmn`.slice(0, 24), year, met, 12, 'verified', 'course');
    await record(`r_met2${tag}abcdefghijklmn`.slice(0, 24), year, met, 8, 'verified', 'e-learning');
    await record(`r_ont1${tag}abcdefghijklmn`.slice(0, 24), year, onTrack, 12, 'verified', 'coaching');
    await record(`r_bhd1${tag}abcdefghijklmn`.slice(0, 24), year, behind, 4, 'verified', 'seminar');
    await record(`r_bhd2${tag}abcdefghijklmn`.slice(0, 24), year, behind, 30, 'pending', 'course');
    const calendar = yearCalendar(year, jp2020);
    const handle = await env.client.workflow.start(developmentYear, {
      taskQueue,
      workflowId: developmentYearWorkflowId(year),
      args: [
        {
          year,
          ruleSetId: jp2020.id,
          midYearAt: calendar.midYearAt,
          endsAt: calendar.endsAt,
          units: [org.unitCode],
        },
      ],
    });

    await sleepUntil(env, Date.parse(calendar.midYearAt) + DAY);
    await eventually(
      () => db.models.trainingYears.findById(year).lean(),
      (y) => y?.phase === 'mid-year',
    );
    for (const who of [behind, none, org.head, org.kabid, org.kasubbid, org.kasubbid2]) {
      const mail = await mailTo(who.email);
      expect(mail.map((m) => m.subject)).toEqual([`Capaian pengembangan kompetensi Anda tahun ${year}`]);
    }
    const behindMail = (await mailTo(behind.email))[0]!;
    expect(behindMail.text).toContain(
      'tercatat 4 JP terverifikasi dari paling sedikit 20 JP setahun; masih kurang 16 JP',
    );
    expect(await mailTo(met.email)).toEqual([]);
    expect(await mailTo(onTrack.email)).toEqual([]);

    const result = await resultWhenDone<{ employees: number; reminded: number; short: number }>(
      handle,
      1_000,
    );
    expect(result).toMatchObject({ employees: 8, reminded: 6, short: 7 });
    await maybeStoreHistory(handle, 'training-year');
    const closed = await db.models.trainingYears.findById(year).lean();
    expect(closed).toMatchObject({
      phase: 'closed',
      reminded: 6,
      shortByUnit: [{ unitCode: org.unitCode, employees: 8, short: 7 }],
    });
    const hr = await eventually(
      () => mailTo('bkpsdm@test.kupangkota.go.id'),
      (m) => m.some((x) => x.subject === `Rekap pengembangan kompetensi tahun ${year}`),
    );
    const summary = hr.find((x) => x.subject === `Rekap pengembangan kompetensi tahun ${year}`)!;
    expect(summary.text).toContain('Dari 8 pegawai, 7 belum mencapai 20 JP.');
    expect(summary.text).toContain(`${org.unitCode}: 7 pegawai`);
  });
});
