// Registration numbers (nomor peserta) on the dev server with a real worker and database: every confirmed
// application of a cycle gets its own, even when confirmations come at once; an activity retried after it
// had written keeps the number it got; an unconfirmed or expired application gets none; and the number is
// in every email after the confirmation and in the public ranking. The database-level guarantee (the
// counter, the claim, the unique index) is checked directly as well.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { applicantKeyOf } from '../../commands/recruitment/context';
import type { Database } from '../../db/connection';
import { assignRegistrationNumber } from '../../db/registration-numbers';
import { parseRegistrationNumber } from '../../domain/recruitment/registration-number';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { realActivities } from '../support/activities';
import { eventually } from '../support/eventually';
import { commandsFor, cycleCode, hrActor, iso, person, type TestCommands } from '../support/recruitment';
import { devServerEnv, mailTo, testDatabase, testWorker, uniqueTaskQueue } from '../support/servers';

const taskQueue = uniqueTaskQueue('registration-numbers');
let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
let cmd: TestCommands;
const cycles: string[] = [];
/** Applications whose numbering fails once after it wrote (a worker lost before it answered). */
const failAfterWrite = new Set<string>();
const attempts = new Map<string, number>();

beforeAll(async () => {
  env = await devServerEnv();
  db = await testDatabase('registration-numbers');
  const { activities, mailer } = realActivities(db, env);
  closeMailer = () => mailer.close();
  const assignRegistrationNumber: typeof activities.assignRegistrationNumber = async (a) => {
    attempts.set(a.applicationId, (attempts.get(a.applicationId) ?? 0) + 1);
    const result = await activities.assignRegistrationNumber(a);
    if (failAfterWrite.delete(a.applicationId)) throw new Error('worker lost after the write');
    return result;
  };
  worker = await testWorker(env, { taskQueue, activities: { ...activities, assignRegistrationNumber } });
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

async function openCycle(rules?: { windows: { confirmationWindow: string } }) {
  const code = cycleCode('NUMBERS');
  cycles.push(code);
  const now = Date.now();
  await cmd.createCycle(
    {
      code,
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang',
      formations: [{ code: 'PK', title: 'Pranata Komputer', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 }],
      schedule: { registrationOpensAt: iso(now), registrationClosesAt: iso(now + 120_000) },
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

const idOf = (code: string, nik: string) => `${code}-${applicantKeyOf(nik, 'k'.repeat(40)).slice(0, 20)}`;
const numberOf = async (id: string) =>
  (await db.models.applications.findById(id, { registrationNumber: 1 }).lean())?.registrationNumber;

describe('registration numbers', () => {
  it('gives 12 applications confirmed at once 12 distinct numbers of their cycle, each in the receipt', async () => {
    const code = await openCycle();
    const people = Array.from({ length: 12 }, (_, i) => person(`Peserta ${i + 1}`, 'PK'));
    const applied = await Promise.all(people.map((p) => cmd.applyUnconfirmed(code, p)));
    await Promise.all(applied.map((a) => cmd.confirm(a.applicationId)));

    const numbers = await Promise.all(applied.map((a) => numberOf(a.applicationId)));
    expect(new Set(numbers).size).toBe(12);
    const sequences = numbers.map((n) => parseRegistrationNumber(n!)!);
    expect(sequences.every((s) => s.cycleCode === code)).toBe(true);
    expect(sequences.map((s) => s.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    // The candidate's own view and HR's list show it.
    const listed = await cmd.listApplications(code, { page: 1, pageSize: 20 });
    expect(new Set(listed.items.map((a) => a.registrationNumber))).toEqual(new Set(numbers));

    // The receipt that follows the confirmation names the number; the confirmation before it cannot.
    const mail = await eventually(
      () => mailTo(people[0]!.email),
      (m) => m.length >= 2,
    );
    expect(mail[0]!.text).not.toContain('Nomor peserta');
    expect(mail[1]!.subject).toBe('Pendaftaran diterima: Seleksi CPNS Kota Kupang');
    expect(mail[1]!.text).toContain(`Nomor peserta: ${numbers[0]}`);
  });

  it('keeps the number an activity got when it is retried after writing it, and numbers no one twice', async () => {
    const code = await openCycle();
    const [first, second] = [person('Maria Fernandez', 'PK'), person('Yohanes Lado', 'PK')];
    const firstId = idOf(code, first.nik);
    failAfterWrite.add(firstId);
    await cmd.apply(code, first);
    await cmd.apply(code, second);
    expect(attempts.get(firstId)).toBe(2);
    expect(await numberOf(firstId)).toBe(`${code}-00001`);
    expect(await numberOf(idOf(code, second.nik))).toBe(`${code}-00002`);
    // The counter moved once per application: the retry took no second sequence.
    expect((await db.models.cycles.findById(code, { lastRegistration: 1 }).lean())?.lastRegistration).toBe(2);
  });

  it('gives an unconfirmed application no number, and an expired one none either', async () => {
    const code = await openCycle({ windows: { confirmationWindow: 'PT3S' } });
    const ana = person('Ana Manafe', 'PK');
    const { applicationId } = await cmd.applyUnconfirmed(code, ana);
    expect(await numberOf(applicationId)).toBeUndefined();
    const handle = env.client.workflow.getHandle(
      `application/${code}/${applicantKeyOf(ana.nik, 'k'.repeat(40))}`,
    );
    await expect(handle.result()).resolves.toEqual({ status: 'expired' });
    expect(await db.models.registrationNumbers.findById(applicationId).lean()).toBeNull();
    expect(
      (await db.models.cycles.findById(code, { lastRegistration: 1 }).lean())?.lastRegistration ?? 0,
    ).toBe(0);
  });
});

describe('the numbering in the database', () => {
  it('gives 50 simultaneous claims 50 distinct sequences, and a repeated claim the same number', async () => {
    const code = cycleCode('DBNUM');
    await db.models.cycles.create({
      _id: code,
      kind: 'CPNS',
      title: 'x',
      budgetYear: 2026,
      ruleSetId: 'cpns-2024',
      rules: {},
      formations: [],
      schedule: {},
      phase: 'registration',
      createdBy: 'hr-1',
    });
    const ids = Array.from({ length: 50 }, (_, i) => `${code}-${String(i).padStart(20, '0')}`);
    await db.models.applications.insertMany(
      ids.map((_id) => ({
        _id,
        cycleCode: code,
        workflowId: `application/${_id}`,
        applicantKey: _id,
        formationCode: 'PK',
        formationType: 'umum',
        nik: 'x',
        name: 'x',
        email: 'x',
        birthDate: '1990-01-01',
        language: 'id',
        status: 'registered',
      })),
    );
    // Each application twice at once (a twin attempt), all fifty together.
    const given = await Promise.all(
      [...ids, ...ids].map((id) => assignRegistrationNumber(db.models, id, code)),
    );
    const byId = new Map<string, Set<string>>();
    ids.forEach((id, i) => byId.set(id, new Set([given[i]!, given[i + ids.length]!])));
    expect([...byId.values()].every((s) => s.size === 1)).toBe(true);
    const numbers = ids.map((id) => [...byId.get(id)!][0]!);
    expect(new Set(numbers).size).toBe(50);
    for (const id of ids) expect(await numberOf(id)).toBe(byId.get(id)!.values().next().value);
    // Again later (a retry): the same numbers, and no sequence taken.
    const counter = (await db.models.cycles.findById(code).lean())!.lastRegistration;
    await expect(
      Promise.all(ids.map((id) => assignRegistrationNumber(db.models, id, code))),
    ).resolves.toEqual(numbers);
    expect((await db.models.cycles.findById(code).lean())!.lastRegistration).toBe(counter);
    // The unique index refuses a second application at a sequence already given.
    const taken = parseRegistrationNumber(numbers[0]!)!.sequence;
    await expect(
      db.models.registrationNumbers.create({ _id: 'other', cycleCode: code, sequence: taken, number: 'n' }),
    ).rejects.toMatchObject({ code: 11000 });
  });
});
