// End to end over HTTP: the real createApp and a real worker in-process, on the Temporal dev server,
// FerretDB and the SMTP capture. An organisation of 3 units and 42 employees goes through a year on a
// compressed calendar (a quarter is 15 seconds): the task inboxes at key points, a returned SKP, a
// missed rating deadline (reminder, escalation, HR's overdue list), an objection, the others accepting
// their result, unit results, the calibration refusal and its fix, the results, the emails, and who may
// see and do what. No step acts against the clock: the test waits for what it acts on (an open task, a
// phase, an email), and the one window it acts inside (the objection window) lasts an hour, which the
// year does not wait out because every appraisal has ended long before.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  answer,
  createApiClient,
  must,
  type ApiClient,
  type paths,
  type RequestBody,
  type ResponseBody,
} from '../../api/client';
import { inParallel } from '../../api/client/parallel';
import type { Database } from '../../db/connection';
import type { EmployeeImport, UnitImport } from '../../domain/org/schemas';
import { appraisalYear } from '../../workflows/appraisal/year';
import { testSettings } from '../support/activities';
import { startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';
import { eventually } from '../support/eventually';
import { maybeStoreHistory } from '../support/histories';
import { mailTo, uniqueEmail } from '../support/servers';

let engine: TestEngine;
let env: TestWorkflowEnvironment;
let db: Database;
let base: string;

// ---- The organisation: 3 units of 14 (head, kabid, 2 kasubbid, 10 staff) -----------------------------
const stamp = `${Date.now() % 1e8}`.padStart(8, '0');
let seq = 0;
const nip = () => `1985${stamp}${`${++seq}`.padStart(6, '0')}`;
const units: UnitImport[] = [];
const employees: EmployeeImport[] = [];
const byUnit: Record<
  string,
  { head: EmployeeImport; kabid: EmployeeImport; kasubbid: EmployeeImport[]; staff: EmployeeImport[] }
> = {};
for (const code of ['DINKES', 'DISDIK', 'BAPPEDA']) {
  const mk = (
    name: string,
    level: EmployeeImport['level'],
    sup: string | null,
    extra: Partial<EmployeeImport> = {},
  ) => {
    const e: EmployeeImport = {
      nip: nip(),
      name,
      email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')),
      unitCode: code,
      position: `Jabatan ${name}`,
      level,
      supervisorNip: sup,
      ...extra,
    };
    employees.push(e);
    return e;
  };
  const head = mk(`Kepala ${code}`, 'jpt', null);
  const kabid = mk(`Kabid ${code}`, 'administrator', head.nip);
  const kasubbid = [
    mk(`Kasubbid ${code} 1`, 'pengawas', kabid.nip),
    mk(`Kasubbid ${code} 2`, 'pengawas', kabid.nip),
  ];
  const staff = Array.from({ length: 10 }, (_, i) =>
    mk(
      `Staf ${code} ${i + 1}`,
      i % 3 === 0 ? 'fungsional' : 'pelaksana',
      kasubbid[i % 2]!.nip,
      i % 3 === 0 ? { functionalGrade: 'ahli-pertama' } : {},
    ),
  );
  units.push({ code, name: `Unit ${code}`, parentCode: null, headNip: head.nip });
  byUnit[code] = { head, kabid, kasubbid, staff };
}
const clients = new Map<string, ApiClient>();
/** The API as this employee (by NIP) calls it, with their token. */
async function as(who: string | EmployeeImport): Promise<ApiClient> {
  const n = typeof who === 'string' ? who : who.nip;
  if (!clients.has(n)) {
    // Signed in through the provider; the registry makes them a supervisor or an employee.
    const token = await staffToken({ nip: n });
    clients.set(n, createApiClient({ baseUrl: base, token }));
  }
  return clients.get(n)!;
}
let hr: ApiClient;

beforeAll(async () => {
  engine = await startTestEngine('appraisal-e2e');
  ({ env, db, baseUrl: base } = engine);
  hr = createApiClient({ baseUrl: base, token: await staffToken({ role: 'hr', sub: 'hr-kinerja' }) });
});
afterAll(() => engine.stop());

// A year label of its own (the schedule test opens the current year on the same server).
const year = new Date().getUTCFullYear() + 10;
const A = () => byUnit.DINKES!;
const B = () => byUnit.DISDIK!;
const C = () => byUnit.BAPPEDA!;
type Task = ResponseBody<'/api/v1/tasks', 'get'>['tasks'][number];
type TaskType = NonNullable<NonNullable<paths['/api/v1/tasks']['get']['parameters']['query']>['type']>;
/** The appraisal record of one employee, for one year. */
const employee = (nip: string) => ({ params: { path: { year, nip } } });
const unit = (unitCode: string) => ({ params: { path: { year, unitCode } } });

async function openTasks(type: TaskType, period?: string): Promise<Task[]> {
  const r = await must(
    200,
    hr.GET('/api/v1/tasks', { params: { query: { type, status: 'open', year, limit: 1000 } } }),
  );
  return r.tasks.filter((t) => !period || t.period === period);
}
async function completeAs(t: Task, payload: Record<string, unknown>) {
  return answer(
    (t.assigneeNip ? await as(t.assigneeNip) : hr).POST('/api/v1/tasks/{id}/complete', {
      params: { path: { id: t.id } },
      body: payload,
    }),
  );
}

/** Completes every open task of `type` (and period) as its assignee, until `count` are done. */
async function completeAll(
  type: TaskType,
  count: number,
  payload: (t: Task) => Record<string, unknown>,
  period?: string,
  skip = new Set<string>(),
) {
  let done = 0;
  const deadline = Date.now() + 180_000;
  while (done < count && Date.now() < deadline) {
    const open = (await openTasks(type, period)).filter((t) => !skip.has(t.id));
    await inParallel(open, 6, async (t) => {
      const r = await completeAs(t, payload(t));
      if (r.status !== 200) throw new Error(`${type} ${t.id}: ${r.status} ${JSON.stringify(r.json)}`);
      done++;
    });
    if (open.length === 0) await new Promise((r) => setTimeout(r, 250));
  }
  expect(done).toBe(count);
}
/** Waits (up to 2 minutes on a loaded machine) for what the workflows do next, and fails if it never comes. */
async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (v: T) => boolean,
  timeoutMs = 120_000,
): Promise<T> {
  const v = await eventually(probe, accept, timeoutMs);
  if (!accept(v)) throw new Error(`gave up waiting; last seen: ${JSON.stringify(v).slice(0, 500)}`);
  return v;
}
const skp = { results: [{ description: 'Pelayanan publik', indicator: 'Indeks kepuasan', target: '85' }] };
const SB = { hasilKerja: 'di-atas', perilakuKerja: 'di-atas' };
const BAIK = { hasilKerja: 'sesuai', perilakuKerja: 'sesuai' };
const BP = { hasilKerja: 'di-bawah', perilakuKerja: 'sesuai' };
const sleepUntil = async (ms: number) => {
  if (ms > Date.now()) await new Promise((r) => setTimeout(r, ms - Date.now()));
};

describe('an appraisal year over HTTP (3 units, 42 employees, compressed calendar)', () => {
  it('runs the year from import to finalisation', async () => {
    // ---- The organisation: a bad import is refused whole, listing every bad row ----------------------
    const bad = await answer(
      hr.POST('/api/v1/org/employees', {
        body: {
          units: units.slice(0, 1),
          employees: [
            ...employees.slice(0, 3),
            { ...employees[3]!, supervisorNip: '199999999999999999' },
            { ...employees[4]!, supervisorNip: employees[5]!.nip },
            { ...employees[5]!, supervisorNip: employees[4]!.nip },
          ],
        },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json.errors!.map((e: { path: string }) => e.path)).toEqual([
      'body.employees.3.supervisorNip',
      'body.employees.4.supervisorNip',
      'body.employees.5.supervisorNip',
    ]);
    expect(await db.models.employees.countDocuments()).toBe(0);
    const imported = await answer(hr.POST('/api/v1/org/employees', { body: { units, employees } }));
    expect(imported).toMatchObject({ status: 200, json: { imported: { units: 3, employees: 42 } } });

    // ---- HR opens the year (twice is still one) ------------------------------------------------------
    const t0 = Date.now() + 3000;
    const iso = (ms: number) => new Date(ms).toISOString();
    const P = 15_000;
    const S = 60_000; // planning: the SKPs are due when the first quarter starts
    const yearInput = {
      year,
      compressedCalendar: { startsAt: iso(t0 + S), periodLength: 'PT15S' },
      deadlines: {
        skpDueAt: iso(t0 + S),
        periodRatingWindow: 'PT20S',
        annualDueAt: iso(t0 + S + 4 * P + 20_000),
        // Long enough that no step can miss it; the employees who do not object accept their result,
        // which closes their window, and the year closes its objection phase once every appraisal ended.
        objectionWindow: 'PT1H',
      },
      reminderBefore: 'PT5S',
      escalationAfter: 'PT3S',
    };
    expect(await answer(hr.POST('/api/v1/appraisal/years', { body: yearInput }))).toMatchObject({
      status: 202,
      json: { alreadyStarted: false },
    });
    expect(await answer(hr.POST('/api/v1/appraisal/years', { body: yearInput }))).toMatchObject({
      status: 200,
      json: { alreadyStarted: true },
    });

    // ---- Inboxes: each employee has their SKP to draft -----------------------------------------------
    await waitFor(
      () => openTasks('skp-draft'),
      (t) => t.length === 42,
    );
    const staffA1 = A().staff[0]!;
    const mine = await answer((await as(staffA1)).GET('/api/v1/tasks'));
    expect(mine.json.tasks).toEqual([
      expect.objectContaining({ type: 'skp-draft', subjectNip: staffA1.nip, status: 'open' }),
    ]);

    // Authorisation: own record only; a supervisor sees their own team; only the assignee completes.
    const appraisal = '/api/v1/appraisal/{year}/employees/{nip}';
    expect((await answer((await as(staffA1)).GET(appraisal, employee(A().staff[1]!.nip)))).status).toBe(403);
    expect((await answer((await as(staffA1)).GET(appraisal, employee(staffA1.nip)))).status).toBe(200);
    const kasubbidA1 = A().kasubbid[0]!;
    expect((await answer((await as(kasubbidA1)).GET(appraisal, employee(staffA1.nip)))).status).toBe(200);
    expect((await answer((await as(kasubbidA1)).GET(appraisal, employee(B().staff[0]!.nip)))).status).toBe(
      403,
    );
    const orgRecord = (nip: string) =>
      ['/api/v1/org/employees/{nip}', { params: { path: { nip } } }] as const;
    expect((await answer((await as(kasubbidA1)).GET(...orgRecord(B().staff[0]!.nip)))).status).toBe(403);
    expect((await answer((await as(A().head)).GET(...orgRecord(staffA1.nip)))).status).toBe(200);
    const othersDraft = (await openTasks('skp-draft')).find((t) => t.subjectNip === A().staff[1]!.nip)!;
    const complete = (id: string) =>
      answer(
        as(staffA1).then((c) =>
          c.POST('/api/v1/tasks/{id}/complete', { params: { path: { id } }, body: skp }),
        ),
      );
    expect((await complete(othersDraft.id)).status).toBe(403);
    expect((await complete('t_nosuchtask000000000')).status).toBe(404);

    // ---- Planning: everyone drafts through PUT skp; one SKP is returned and drafted again --------------
    const draft = async (e: EmployeeImport) =>
      answer(
        (await as(e)).PUT('/api/v1/appraisal/{year}/employees/{nip}/skp', { ...employee(e.nip), body: skp }),
      );
    await inParallel(employees, 6, async (e) => {
      const r = await draft(e);
      expect([r.status, r.json?.detail]).toEqual([200, undefined]);
    });
    await waitFor(
      () => openTasks('skp-approval'),
      (t) => t.length === 42,
    );
    const approvalsOfKasubbid = await answer(
      (await as(kasubbidA1)).GET('/api/v1/tasks', {
        params: { query: { type: 'skp-approval', status: 'open' } },
      }),
    );
    expect(approvalsOfKasubbid.json.tasks.map((t: Task) => t.subjectNip).sort()).toEqual(
      A()
        .staff.filter((s) => s.supervisorNip === kasubbidA1.nip)
        .map((s) => s.nip)
        .sort(),
    );
    const returned = (await openTasks('skp-approval')).find((t) => t.subjectNip === staffA1.nip)!;
    expect((await completeAs(returned, { approved: false, note: 'Tambahkan target kuantitas' })).status).toBe(
      200,
    );
    const again = await completeAs(returned, { approved: true });
    expect(again).toMatchObject({ status: 409, json: { detail: 'the task is already done' } });
    await completeAll('skp-approval', 41, () => ({ approved: true }));
    await waitFor(
      () => openTasks('skp-draft'),
      (t) => t.length === 1,
    );
    expect((await draft(staffA1)).status).toBe(200);
    await completeAll('skp-approval', 1, () => ({ approved: true }));

    // ---- Unit results (the heads' superior is the Wali Kota: HR sets them) -----------------------------
    type UnitResult = RequestBody<'/api/v1/appraisal/{year}/units/{unitCode}/results', 'post'>['result'];
    const setUnitResult = (client: ApiClient, code: string, result: UnitResult) =>
      answer(
        client.POST('/api/v1/appraisal/{year}/units/{unitCode}/results', {
          ...unit(code),
          body: { period: 'annual', result },
        }),
      );
    expect((await setUnitResult(await as(A().kabid), 'DINKES', 'baik')).status).toBe(403);
    for (const [code, result] of [
      ['DINKES', 'baik'],
      ['DISDIK', 'baik'],
      ['BAPPEDA', 'istimewa'],
    ] as const)
      expect((await setUnitResult(hr, code, result)).status).toBe(200);

    // ---- Periods: ratings after each period; one Q1 rating is missed until it escalates ---------------
    const late = C().staff[0]!; // rated by Kasubbid BAPPEDA 1, whose supervisor is Kabid BAPPEDA
    for (let q = 1; q <= 4; q++) {
      await sleepUntil(t0 + S + q * P + 200);
      const period = `Q${q}`;
      if (q === 1) {
        await waitFor(
          () => openTasks('period-rating', 'Q1'),
          (t) => t.length === 42,
        );
        const lateTask = (await openTasks('period-rating', 'Q1')).find((t) => t.subjectNip === late.nip)!;
        await completeAll('period-rating', 41, () => BAIK, period, new Set([lateTask.id]));
        const escalation = await waitFor(
          () => mailTo(C().kabid.email),
          (m) =>
            m.some((x) => x.text.includes(`Memberi penilaian kinerja periodik — Staf BAPPEDA 1, Triwulan I`)),
        );
        expect(escalation.map((m) => m.subject)).toContain('Tugas terlambat: Kasubbid BAPPEDA 1');
        const yearView = await answer(
          hr.GET('/api/v1/appraisal/years/{year}', { params: { path: { year } } }),
        );
        expect(yearView.json.overdue).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ id: lateTask.id, escalated: true, escalatedTo: 'Kabid BAPPEDA' }),
          ]),
        );
        const lateInbox = await answer(
          (await as(C().kasubbid[0]!)).GET('/api/v1/tasks', { params: { query: { overdue: 'true' } } }),
        );
        expect(lateInbox.json.tasks.map((t: Task) => t.id)).toContain(lateTask.id);
        expect(lateInbox.json.tasks.every((t: Task) => t.assigneeNip === C().kasubbid[0]!.nip)).toBe(true);
        expect((await completeAs(lateTask, BAIK)).status).toBe(200);
      } else {
        await completeAll('period-rating', 42, () => BAIK, period);
      }
    }

    // ---- Annual ratings: DINKES and BAPPEDA within their rule, DISDIK all Baik -------------------------
    const annualOf = (subject: string) => {
      const e = employees.find((x) => x.nip === subject)!;
      const staffIndex = byUnit[e.unitCode]!.staff.indexOf(e);
      if (e.unitCode === 'DINKES')
        return staffIndex >= 0 && staffIndex < 2 ? BP : staffIndex >= 7 ? SB : BAIK;
      if (e.unitCode === 'BAPPEDA') return staffIndex >= 0 && staffIndex < 5 ? SB : BAIK;
      return BAIK;
    };
    await completeAll('annual-rating', 42, (t) => annualOf(t.subjectNip!), 'annual');

    // ---- The annual results: an objection in DINKES (not upheld); everyone else accepts their result --
    const objector = A().staff[0]!; // Butuh Perbaikan
    const recordOf = async (e: EmployeeImport) =>
      (await answer((await as(e)).GET(appraisal, employee(e.nip)))).json?.record;
    const inObjectionWindow = (e: EmployeeImport) =>
      waitFor(
        () => recordOf(e),
        (r) => r?.phase === 'objection-window',
      );
    // `by` accepts (or objects to) the result of `e`.
    const acceptance = async (e: EmployeeImport, by: EmployeeImport, body: { note?: string }) =>
      answer(
        (await as(by)).POST('/api/v1/appraisal/{year}/employees/{nip}/acceptance', {
          ...employee(e.nip),
          body,
        }),
      );
    const objection = async (e: EmployeeImport, by: EmployeeImport, body: { reason: string }) =>
      answer(
        (await as(by)).POST('/api/v1/appraisal/{year}/employees/{nip}/objection', {
          ...employee(e.nip),
          body,
        }),
      );
    await inObjectionWindow(objector);
    // Only the employee acts on their own result: not their appraiser.
    expect((await acceptance(objector, kasubbidA1, {})).status).toBe(403);
    expect((await objection(objector, kasubbidA1, { reason: 'bukan saya' })).status).toBe(403);
    const filed = await objection(objector, objector, { reason: 'Target tercapai' });
    expect(filed.status).toBe(201);
    expect((await objection(objector, objector, { reason: 'lagi' })).status).toBe(409);
    expect(await acceptance(objector, objector, {})).toMatchObject({
      status: 409,
      json: { detail: 'the objection window is not open' },
    });
    const accepters = employees.filter((e) => e !== objector);
    const accepted = new Map<string, unknown>();
    await inParallel(accepters, 6, async (e) => {
      await inObjectionWindow(e);
      const r = await acceptance(e, e, { note: 'Setuju' });
      expect([r.status, r.json?.detail]).toEqual([200, undefined]);
      accepted.set(e.nip, r.json.predikat);
    });
    expect(accepted.size).toBe(41);
    const accepter = A().staff[9]!;
    expect(accepted.get(accepter.nip)).toBe('sangat-baik');
    expect((await acceptance(accepter, accepter, {})).status).toBe(409);
    expect((await objection(accepter, accepter, { reason: 'terlambat' })).status).toBe(409);

    await waitFor(
      () => openTasks('objection-decision'),
      (t) => t.length === 1,
    );
    const [decision] = await openTasks('objection-decision');
    expect(decision!.assigneeNip).toBe(A().kabid.nip);
    // Only the assignee decides: not the employee's own appraiser.
    expect(
      (await completeAs({ ...decision!, assigneeNip: kasubbidA1.nip }, { predikat: 'baik', reason: 'x' }))
        .status,
    ).toBe(403);
    expect(
      (await completeAs(decision!, { predikat: 'butuh-perbaikan', reason: 'Bukti belum cukup' })).status,
    ).toBe(200);

    // ---- Calibration: DISDIK breaks the rule for Baik ---------------------------------------------------
    const yearView = () => answer(hr.GET('/api/v1/appraisal/years/{year}', { params: { path: { year } } }));
    await waitFor(yearView, (r) => (r.json.byPhase as { done?: number }).done === 42);
    const calibrationOf = async (by: EmployeeImport) =>
      answer((await as(by)).GET('/api/v1/appraisal/{year}/units/{unitCode}/calibration', unit('DISDIK')));
    const calibration = await calibrationOf(B().head);
    expect(calibration.json).toMatchObject({ ok: false, unitResult: 'baik', counts: { baik: 13 } });
    expect(
      (calibration.json.violations as { rule: string; byPeople: number }[]).map((v) => [v.rule, v.byPeople]),
    ).toEqual([
      ['at most 70% Baik', 4],
      ['at least 1 Butuh Perbaikan or Kurang/Misconduct', 1],
    ]);
    expect((await calibrationOf(A().head)).status).toBe(403);
    const finalise = (code: string) =>
      answer(hr.POST('/api/v1/appraisal/{year}/units/{unitCode}/finalisation', { ...unit(code), body: {} }));
    const refused = await finalise('DISDIK');
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(
      'unit DISDIK cannot be finalised: at most 70% Baik: 13 now, off by 4; at least 1 Butuh Perbaikan or Kurang/Misconduct: 0 now, off by 1',
    );
    expect(await finalise('DINKES')).toMatchObject({
      status: 200,
      json: { finalised: true },
    });
    expect((await finalise('BAPPEDA')).status).toBe(200);
    // HR and the Wali Kota revise DISDIK's own result; its distribution now holds.
    expect((await setUnitResult(hr, 'DISDIK', 'istimewa')).status).toBe(200);
    expect((await finalise('DISDIK')).status).toBe(200);
    const yearHandle = env.client.workflow.getHandle<typeof appraisalYear>(`appraisal-year/${year}`);
    await expect(yearHandle.result()).resolves.toMatchObject({
      employees: 42,
      started: 42,
      finalised: ['DINKES', 'BAPPEDA', 'DISDIK'],
    });
    expect((await yearView()).json.phase).toBe('finalised');

    // ---- Results ------------------------------------------------------------------------------------------
    const resultsOf = (client: ApiClient, query: { unit?: string }) =>
      answer(client.GET('/api/v1/appraisal/{year}/results', { params: { path: { year }, query } }));
    const results = await resultsOf(hr, { unit: 'DINKES' });
    expect(results.json.results).toHaveLength(14);
    const predikatOf = (n: string) => results.json.results.find((r) => r.nip === n)!;
    expect(predikatOf(objector.nip)).toMatchObject({
      predikat: 'butuh-perbaikan',
      creditPoints: 9.375, // 75% × 12.5 (Ahli Pertama)
      improvement: { needed: true, months: 6 },
      promotion: { eligible: false },
    });
    expect(predikatOf(objector.nip).acceptance).toBeNull();
    expect(predikatOf(accepter.nip)).toMatchObject({
      predikat: 'sangat-baik',
      creditPoints: 18.75,
      acceptance: { predikat: 'sangat-baik', by: accepter.nip, note: 'Setuju' },
    });
    const accepterAudit = await answer(
      hr.GET('/api/v1/audit', { params: { query: { subject: `appraisal/${year}/${accepter.nip}` } } }),
    );
    expect(accepterAudit.json.records.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['appraisal.result.accepted', 'appraisal.completed']),
    );
    expect(predikatOf(A().head.nip).annual).toMatchObject({
      unitResult: 'baik',
      hasilKerja: 'sesuai',
      predikat: 'baik',
    });
    expect(predikatOf(staffA1.nip).periods).toHaveLength(4);
    expect((await resultsOf(await as(A().head), {})).status).toBe(403);

    // ---- Emails ---------------------------------------------------------------------------------------
    const staffMail = (await mailTo(staffA1.email)).map((m) => m.subject);
    expect(staffMail).toEqual(
      expect.arrayContaining([
        `Penyusunan SKP tahun ${year}`,
        `SKP tahun ${year} dikembalikan untuk diperbaiki`,
        `SKP tahun ${year} disetujui`,
        `Predikat kinerja Triwulan I ${year}: Baik`,
        `Predikat kinerja Triwulan IV ${year}: Baik`,
        `Predikat kinerja tahun ${year}: Butuh Perbaikan`,
        `Keputusan atas keberatan penilaian kinerja ${year}`,
      ]),
    );
    expect((await mailTo(A().kabid.email)).map((m) => m.subject)).toContain(
      `Keberatan atas penilaian kinerja ${year}: Staf DINKES 1`,
    );
    const hrMail = (await mailTo(testSettings.hrEmail)).map((m) => m.subject);
    expect(hrMail).toEqual(
      expect.arrayContaining([
        `Penilaian kinerja tahun ${year} dibuka`,
        `Ringkasan penilaian kinerja tahun ${year}: finalised`,
      ]),
    );

    // New names: the histories stored before the acceptance (appraisal-employee-objection,
    // appraisal-year-compressed) stay as they are, to prove that the older histories still replay.
    await maybeStoreHistory(
      env.client.workflow.getHandle(`appraisal/${year}/${accepter.nip}`),
      'appraisal-employee-accepted',
    );
    await maybeStoreHistory(yearHandle, 'appraisal-year-settled-early');
  }, 900_000);
});
