// The intake on the dev server with a real worker: the application workflow writes the record in its first
// step and the apply command answers once it exists, so that whatever fails between the two, no record
// is left without its workflow (which would block the cycle's announcement forever) and no workflow
// without its record; the budget-year ban and the ages a selection admits.
import { WorkflowNotFoundError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { applicantKeyOf } from '../../commands/recruitment/context';
import type { Database } from '../../db/connection';
import { withdrawalBanYears } from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { realActivities } from '../support/activities';
import { eventually } from '../support/eventually';
import { maybeStoreHistory } from '../support/histories';
import { nikFor } from '../support/nik';
import { commandsFor, cycleCode, hrActor, iso, person, type TestCommands } from '../support/recruitment';
import { devServerEnv, mailTo, testDatabase, testWorker, uniqueTaskQueue } from '../support/servers';

const taskQueue = uniqueTaskQueue('recruitment-intake');
let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
let cmd: TestCommands;
const cycles: string[] = [];
/** Applications whose record write fails this many more times before it succeeds. */
const failingWrites = new Map<string, number>();
const writeAttempts = new Map<string, number>();

beforeAll(async () => {
  env = await devServerEnv();
  db = await testDatabase('recruitment-intake');
  const { activities, mailer } = realActivities(db, env);
  closeMailer = () => mailer.close();
  const recordApplication: typeof activities.recordApplication = async (a) => {
    const id = a.input.applicationId;
    writeAttempts.set(id, (writeAttempts.get(id) ?? 0) + 1);
    const failures = failingWrites.get(id) ?? 0;
    if (failures > 0) {
      failingWrites.set(id, failures - 1);
      throw new Error('database unavailable');
    }
    return activities.recordApplication(a);
  };
  worker = await testWorker(env, { taskQueue, activities: { ...activities, recordApplication } });
  running = worker.run();
  cmd = commandsFor(env, db, taskQueue).cmd;
});
afterAll(async () => {
  worker.shutdown();
  await running;
  const apps = await db.models.applications.find({ cycleCode: { $in: cycles } }).lean();
  await Promise.all(
    [...cycles.map(cycleWorkflowId), ...apps.map((a) => a.workflowId)].map((id) =>
      env.client.workflow
        .getHandle(id)
        .terminate('test finished')
        .catch(() => undefined),
    ),
  );
  closeMailer();
  await db.close();
  await env.teardown();
});

/** A CPNS cycle whose registration is open (for a minute), of the given budget year. */
async function openCycle(budgetYear?: number, rules?: { windows: { confirmationWindow: string } }) {
  const code = cycleCode('INTAKE');
  cycles.push(code);
  const now = Date.now();
  await cmd.createCycle(
    {
      code,
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang',
      ...(budgetYear ? { budgetYear } : {}),
      formations: [
        { code: 'PK', title: 'Pranata Komputer', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
        { code: 'DOKTER', title: 'Dokter', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
      ],
      schedule: { registrationOpensAt: iso(now), registrationClosesAt: iso(now + 60_000) },
      ...(rules ? { rules } : {}),
    },
    hrActor,
  );
  await eventually(
    () => cmd.getCycle(code).then((c) => c.phase),
    (p) => p === 'registration',
  );
  return code;
}

/** The applicant key and application id the intake derives from a NIK (commandsFor's key secret). */
const keyOf = (nik: string) => applicantKeyOf(nik, 'k'.repeat(40));
const idOf = (code: string, nik: string) => `${code}-${keyOf(nik).slice(0, 20)}`;

describe('the intake', () => {
  it('leaves neither record nor workflow when the start fails (a name of 1.5 MiB: over the 2 MiB blob limit)', async () => {
    const code = await openCycle();
    const huge = person('x'.repeat(1.5 * 1024 * 1024), 'PK');
    await expect(cmd.apply(code, huge)).rejects.toThrow('Blob data size exceeds limit');
    expect(await db.models.applications.countDocuments({ cycleCode: code })).toBe(0);
    await expect(
      env.client.workflow.getHandle(`application/${code}/${keyOf(huge.nik)}`).describe(),
    ).rejects.toBeInstanceOf(WorkflowNotFoundError);
    // Nothing waits to be screened, so nothing would block the administration announcement.
    expect((await cmd.getCycle(code)).counts.byStatus).toEqual({});
  });

  it('retries a record write that fails, and answers 201 only once the record exists', async () => {
    const code = await openCycle();
    const maria = person('Maria Fernandez', 'PK');
    const id = idOf(code, maria.nik);
    failingWrites.set(id, 2);

    const applied = await cmd.apply(code, maria);
    expect(applied).toEqual({ applicationId: id, created: true });
    expect(writeAttempts.get(id)).toBe(3);
    expect(await db.models.applications.findById(id, { status: 1 }).lean()).toMatchObject({
      status: 'registered',
    });
  });

  it('gives two simultaneous requests of one NIK one application and one confirmation email', async () => {
    const code = await openCycle();
    const yohanes = person('Yohanes Lado', 'PK');
    const [a, b] = await Promise.all([cmd.apply(code, yohanes), cmd.apply(code, yohanes)]);
    expect(a.applicationId).toBe(b.applicationId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    await expect(cmd.apply(code, { ...yohanes, formationCode: 'DOKTER' })).rejects.toMatchObject({
      status: 409,
      detail: 'this NIK has already applied to another formation of this cycle',
    });
    const mail = await eventually(
      () => mailTo(yohanes.email),
      (m) => m.length >= 2,
    );
    expect(mail.map((m) => m.subject)).toEqual([
      'Konfirmasi pendaftaran: Seleksi CPNS Kota Kupang',
      'Pendaftaran diterima: Seleksi CPNS Kota Kupang',
    ]);
  });

  it('counts an unconfirmed application nowhere, expires it with its record, and lets the NIK apply again', async () => {
    const code = await openCycle(undefined, { windows: { confirmationWindow: 'PT3S' } });
    const ana = person('Ana Manafe', 'PK');
    const id = idOf(code, ana.nik);
    await expect(cmd.applyUnconfirmed(code, ana)).resolves.toEqual({ applicationId: id, created: true });
    expect(await db.models.applications.findById(id, { status: 1 }).lean()).toMatchObject({
      status: 'unconfirmed',
    });
    expect((await cmd.getCycle(code)).counts.byStatus).toEqual({});
    expect((await cmd.listApplications(code, { page: 1, pageSize: 10 })).total).toBe(0);
    const [confirmation] = await eventually(
      () => mailTo(ana.email),
      (m) => m.length >= 1,
    );
    expect(confirmation!.subject).toBe('Konfirmasi pendaftaran: Seleksi CPNS Kota Kupang');
    expect(confirmation!.text).toContain('/candidate/link?t=');

    // Unopened for its window: the run ends expired, and the record (someone's NIK and address) goes.
    const handle = env.client.workflow.getHandle(`application/${code}/${keyOf(ana.nik)}`);
    await expect(handle.result()).resolves.toEqual({ status: 'expired' });
    await maybeStoreHistory(handle, 'recruitment-application-expired');
    expect(await db.models.applications.findById(id).lean()).toBeNull();

    // The NIK applies again (a new run of the same workflow id) and this time confirms.
    await expect(cmd.applyUnconfirmed(code, ana)).resolves.toEqual({ applicationId: id, created: true });
    await expect(cmd.confirm(id)).resolves.toEqual({ status: 'registered' });
    await expect(cmd.confirm(id)).resolves.toEqual({ status: 'registered' }); // again: the same
    expect((await cmd.getCycle(code)).counts.byStatus).toEqual({ registered: 1 });
  });

  it('refuses a birth date of 2999-01-01 even with a NIK that matches it, naming body.birthDate', async () => {
    const code = await openCycle();
    const invented = { ...person('Penyerobot', 'PK'), birthDate: '2999-01-01', nik: nikFor('2999-01-01') };
    await expect(cmd.apply(code, invented)).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'body.birthDate', message: expect.stringMatching(/must be 18 to 35 years old on/) }],
    });
  });
});

describe('the withdrawal ban, by budget year', () => {
  it('bars a NIK that withdrew in February 2025 from the 2024 selection from a 2025 cycle, not from a 2027 one', async () => {
    const dewi = person('Dewi Tefa', 'PK');
    const c2025 = await openCycle(2025);
    const c2027 = await openCycle(2027);
    expect([(await cmd.getCycle(c2025)).budgetYear, (await cmd.getCycle(c2027)).budgetYear]).toEqual([
      2025, 2027,
    ]);
    // What the 2024 selection's workflow records when Dewi withdraws after passing, in February 2025 or
    // at any other time: the two budget years after 2024.
    const years = withdrawalBanYears(2024, 2);
    expect(years).toEqual([2025, 2026]);
    const applicantKey = keyOf(dewi.nik);
    await db.models.bans.create({
      _id: `${applicantKey}/CPNS-2024`,
      applicantKey,
      cycleCode: 'CPNS-2024',
      years,
      reason: 'Diterima di instansi lain',
    });

    await expect(cmd.apply(c2025, dewi)).rejects.toMatchObject({
      status: 409,
      detail:
        'this NIK withdrew after passing an earlier selection and may not apply to the selections of budget years 2025 and 2026; this cycle is of budget year 2025',
    });
    await expect(cmd.apply(c2027, dewi)).resolves.toMatchObject({ created: true });
  });

  it('gives a cycle the budget year in which registration opens, in WITA, when HR gives none', async () => {
    const code = await openCycle();
    const opensAt = (await cmd.getCycle(code)).schedule.registrationOpensAt as string;
    const witaYear = new Date(Date.parse(opensAt) + 8 * 3600_000).getUTCFullYear();
    expect((await cmd.getCycle(code)).budgetYear).toBe(witaYear);
  });
});
