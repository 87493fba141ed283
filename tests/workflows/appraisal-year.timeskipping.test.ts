// The appraisal year on the time-skipping server: it starts one appraisal per employee of its units
// (twice started is still one each), moves through the phases with HR summaries, and refuses to finalise
// a unit while its staff's distribution breaks the rule for the unit's result, until an objection
// decision fixes it.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { auditHistory } from '../../db/audit-chain';
import { testFields } from '../support/crypto';
import { maybeStoreHistory } from '../support/histories';
import type { Database } from '../../db/connection';
import { periodsOfYear } from '../../domain/appraisal/periods';
import { durationMs } from '../../domain/time';
import { appraisalYear } from '../../workflows/appraisal/year';
import {
  appraisalState,
  fileObjection,
  finaliseUnit,
  setUnitResult,
} from '../../workflows/appraisal/messages';
import { realActivities, testSettings } from '../support/activities';
import { eventually } from '../support/eventually';
import { mailTo, testDatabase, testWorker, timeSkippingEnv, uniqueTaskQueue } from '../support/servers';
import { actorOf, complete, completeOpenTasks, hrActor, sleepUntil } from './appraisal-support/drive';
import { seedOrg } from './appraisal-support/org';

jest.setTimeout(600_000);

let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
const taskQueue = uniqueTaskQueue('appraisal-year-ts');

beforeAll(async () => {
  env = await timeSkippingEnv();
  db = await testDatabase('appraisal-year-timeskipping');
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

describe('an appraisal year on the time-skipping server', () => {
  it('refuses to finalise a unit while its distribution breaks the rule for its result, and finalises it once an objection decision fixes it', async () => {
    const org = await seedOrg(db.models, 'calib', 1);
    await seedOrg(db.models, 'other', 1); // another unit, outside this year's scope
    const year = new Date(await env.currentTimeMs()).getUTCFullYear() + 1;
    const input = { year, units: [org.unitCode] as [string] };
    const yearHandle = await env.client.workflow.start(appraisalYear, {
      taskQueue,
      workflowId: `appraisal-year/${year}`,
      args: [input],
    });
    const handles: WorkflowHandle[] = org.all.map((e) =>
      env.client.workflow.getHandle(`appraisal/${year}/${e.nip}`),
    );
    await eventually(
      () => db.models.appraisalRecords.countDocuments({ year }),
      (n) => n === 5,
    );
    expect(await db.models.appraisalRecords.countDocuments({ year, unitCode: { $ne: org.unitCode } })).toBe(
      0,
    );

    // Planning: every SKP drafted and approved (the unit head's by HR for the Wali Kota).
    expect(await completeOpenTasks(handles, ['skp-draft', 'skp-approval'])).toBe(10);
    // The unit's own annual result is set by the head's superior (the Wali Kota, through HR).
    await yearHandle.executeUpdate(setUnitResult, {
      args: [{ unitCode: org.unitCode, period: 'annual', result: 'baik', actor: hrActor }],
    });
    const badPeriod = await yearHandle
      .executeUpdate(setUnitResult, {
        args: [{ unitCode: org.unitCode, period: 'M01', result: 'baik', actor: hrActor }],
      })
      .catch((e: unknown) => e);
    expect((badPeriod as WorkflowUpdateFailedError).cause?.message).toBe(
      `period M01 is not a period of ${year} (quarterly)`,
    );

    for (const p of periodsOfYear(year, 'quarterly')) {
      await sleepUntil(env, Date.parse(p.endsAt) + 1000);
      expect(await completeOpenTasks(handles, ['period-rating'])).toBe(5);
    }
    // Annual: three staff Baik, one (the staff member) Butuh Perbaikan → "at most 70% Baik" broken by one.
    const staffNip = org.staff[0]!.nip;
    await completeOpenTasks(handles, ['annual-rating'], (nip) =>
      nip === staffNip
        ? { hasilKerja: 'di-bawah', perilakuKerja: 'sesuai' }
        : { hasilKerja: 'sesuai', perilakuKerja: 'sesuai' },
    );
    await eventually(
      () => db.models.appraisalRecords.countDocuments({ year, predikat: { $ne: null } }),
      (n) => n === 5,
    );

    const refused = await yearHandle
      .executeUpdate(finaliseUnit, {
        args: [{ unitCode: org.unitCode, actor: hrActor, reason: 'akhir tahun' }],
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    const failure = (refused as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect(failure.message).toContain('at most 70% Baik: 3 now, off by 1');
    expect(failure.details?.[0]).toMatchObject({
      unitResult: 'baik',
      counts: { baik: 3, 'butuh-perbaikan': 1 },
      violations: [expect.objectContaining({ rule: 'at most 70% Baik', actual: 3, limit: 2, byPeople: 1 })],
    });

    // Yohanes (Baik) objects; his appraiser's superior (the unit head) raises him to Sangat Baik.
    const objector = handles[org.all.indexOf(org.kasubbid)]!;
    await eventually(
      () => objector.query(appraisalState),
      (s) => s.objectionOpenUntil !== null,
    );
    await objector.executeUpdate(fileObjection, {
      args: [{ reason: 'Capaian melebihi target', actor: actorOf(org.kasubbid, 'employee') }],
    });
    await complete(objector, 'objection-decision', actorOf(org.head), {
      predikat: 'sangat-baik',
      reason: 'Capaian terbukti',
    });

    await sleepUntil(env, Date.parse(`${year + 1}-01-31T23:59:00+08:00`) + durationMs('P14D') + 1000);
    await eventually(
      () => db.models.appraisalRecords.countDocuments({ year, phase: 'done' }),
      (n) => n === 5,
    );
    await expect(
      yearHandle.executeUpdate(finaliseUnit, {
        args: [{ unitCode: org.unitCode, actor: hrActor, reason: 'akhir tahun' }],
      }),
    ).resolves.toEqual({ unitCode: org.unitCode, finalised: true });
    await expect(yearHandle.result()).resolves.toMatchObject({
      year,
      employees: 5,
      started: 5,
      finalised: [org.unitCode],
    });

    const audit = await auditHistory(db.models, testFields, `appraisal-year/${year}/${org.unitCode}`);
    expect(audit.map((a) => a.action)).toEqual(['appraisal.unit-result.set', 'appraisal.unit.finalised']);
    expect(audit[1]).toMatchObject({
      after: { counts: { baik: 2, 'sangat-baik': 1, 'butuh-perbaikan': 1 } },
    });
    const hr = (await mailTo(testSettings.hrEmail)).map((m) => m.subject);
    expect(hr).toEqual(
      expect.arrayContaining([
        `Penilaian kinerja tahun ${year} dibuka`,
        `Ringkasan penilaian kinerja tahun ${year}: execution`,
        `Ringkasan penilaian kinerja tahun ${year}: closed`,
        `Ringkasan penilaian kinerja tahun ${year}: finalised`,
      ]),
    );
    // The year's own history does not grow with the staff: one fan-out activity started them all.
    const history = await yearHandle.fetchHistory();
    expect(history.events!.length).toBeLessThan(200);
    await maybeStoreHistory(yearHandle, 'appraisal-year-compressed');
  });
});
