// Attendance over HTTP on the real engine (createApp and a worker on the Temporal dev server, FerretDB,
// the SMTP capture): a unit's January imported from its fingerprint machine as a CSV (first half) and an
// XLSX (second half), a bad file refused by line with nothing applied, the counts after each import and
// the cases that follow (3 days, 4–6, 11–13, 10 consecutive days across weekends and holidays), a medium
// sanction decided through the task inbox and the TPP list and its XLSX that follow, web check-in with the
// office's radius, and who may see what: the employee their own, a supervisor their team, HR all.
import ExcelJS from 'exceljs';
import { importOrg } from '../../db/models/org-import';
import { defaultHours, workingDays, type WorkingCalendar } from '../../domain/attendance/calendar';
import { yearInWita } from '../../domain/time';
import type { EmployeeImport } from '../../domain/org/schemas';
import { startTestEngine, type TestEngine } from '../support/engine';
import { eventually } from '../support/eventually';
import { staffToken } from '../support/identity';
import { mailTo, uniqueEmail } from '../support/servers';

jest.setTimeout(240_000);
let engine: TestEngine;
beforeAll(async () => {
  engine = await startTestEngine('attendance-api');
});
afterAll(() => engine?.stop());

// ---- A unit of 9: head, kabid, two kasubbid, five staff ------------------------------------------------
const stamp = `${Date.now() % 1e8}`.padStart(8, '0');
let n = 0;
const unitCode = `DINKES-${stamp.slice(-4)}`;
const person = (
  name: string,
  level: EmployeeImport['level'],
  supervisorNip: string | null,
): EmployeeImport => ({
  nip: `1990${stamp}${`${++n}`.padStart(6, '0')}`,
  name,
  email: uniqueEmail(name.toLowerCase().replace(/\W+/g, '.')),
  unitCode,
  position: `Jabatan ${name}`,
  level,
  supervisorNip,
});
const head = person('Kepala Dinas', 'jpt', null);
const kabid = person('Kabid Pelayanan', 'administrator', head.nip);
const sup1 = person('Kasubbid Satu', 'pengawas', kabid.nip);
const sup2 = person('Kasubbid Dua', 'pengawas', kabid.nip);
const A = person('Agustina Tefa', 'pelaksana', sup1.nip); // 3 days absent
const B = person('Benyamin Lado', 'pelaksana', sup1.nip); // 11 days, never two in a row
const C = person('Charlie Ndun', 'pelaksana', sup2.nip); // 25 minutes late every day
const D = person('Dominggus Bria', 'pelaksana', sup2.nip); // 10 working days in a row
const E = person('Elisabeth Manu', 'pelaksana', sup2.nip);
const everyone = [head, kabid, sup1, sup2, A, B, C, D, E];

// ---- January of last year: holidays on the 1st, 27th (Isra Mi'raj), 28th (cuti bersama) and 29th ---
const year = yearInWita(Date.now()) - 1;
const holidays = [
  { date: `${year}-01-01`, kind: 'libur-nasional' as const, name: 'Tahun Baru' },
  { date: `${year}-01-27`, kind: 'libur-nasional' as const, name: "Isra Mi'raj" },
  { date: `${year}-01-28`, kind: 'cuti-bersama' as const, name: 'Cuti bersama Imlek' },
  { date: `${year}-01-29`, kind: 'libur-nasional' as const, name: 'Tahun Baru Imlek' },
];
const cal: WorkingCalendar = { year, hours: defaultHours, holidays };
const january = workingDays(cal, `${year}-01-31`);
const half = Math.floor(january.length / 2);
const absent = new Map<string, Set<number>>([
  [A.nip, new Set([1, 4, 7].filter((i) => i < half))],
  [B.nip, new Set([...january.keys()].filter((i) => i % 2 === 0 || i === january.length - 2))],
  [D.nip, new Set([...january.keys()].slice(-10))],
]);
const rowsFor = (from: number, to: number) =>
  everyone.flatMap((e) =>
    january
      .slice(from, to)
      .flatMap((date, k) =>
        absent.get(e.nip)?.has(from + k) ? [] : [[e.nip, e.name, date, e === C ? '07:55' : '07:28', '16:05']],
      ),
  );
const HEAD = ['NIP', 'Nama', 'Tanggal', 'Jam Masuk', 'Jam Pulang'];
const csv = (rows: string[][]) => Buffer.from([HEAD, ...rows].map((r) => r.join(';')).join('\r\n'));
async function xlsx(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Absensi');
  ws.addRow(HEAD);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An answer's JSON as the test reads it (the API's schemas check it; the assertions check the values). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// ---- HTTP -------------------------------------------------------------------------------------------
const tokenOf = (who: EmployeeImport | 'hr') =>
  who === 'hr' ? staffToken({ role: 'hr' }) : staffToken({ nip: who.nip });
async function call(who: EmployeeImport | 'hr', method: string, path: string, body?: unknown) {
  const r = await fetch(`${engine.baseUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenOf(who)}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const type = r.headers.get('content-type') ?? '';
  return {
    status: r.status,
    json: type.includes('json') ? ((await r.json()) as Json) : null,
    bytes: type.includes('json') ? null : Buffer.from(await r.arrayBuffer()),
  };
}
async function upload(file: Buffer, type: string, mode: 'preview' | 'apply') {
  const form = new FormData();
  form.set('mode', mode);
  form.set('file', new Blob([new Uint8Array(file)], { type }), 'absensi');
  const r = await fetch(`${engine.baseUrl}/api/v1/attendance/units/${unitCode}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenOf('hr')}` },
    body: form,
  });
  return { status: r.status, json: (await r.json()) as Json };
}
async function imported(batchId: string) {
  const r = await eventually(
    () => call('hr', 'GET', `/attendance/imports/${batchId}`),
    (x) => x.json?.status === 'completed',
    90_000,
  );
  expect(r.json.status).toBe('completed');
  return r.json.result;
}
const caseIds = (cases: { nip: string; band: string }[]) =>
  cases
    .map((c) => `${c.nip === A.nip ? 'A' : c.nip === B.nip ? 'B' : c.nip === D.nip ? 'D' : c.nip}:${c.band}`)
    .sort();

describe('attendance over HTTP', () => {
  beforeAll(async () => {
    const r = await importOrg(
      engine.db.models,
      [{ code: unitCode, name: 'Dinas Kesehatan', parentCode: null, headNip: head.nip }],
      everyone,
    );
    expect(r.result.ok).toBe(true);
  });

  it('lets HR set the calendar and the nightly count, and refuses a holiday of another year and a calendar from anyone else', async () => {
    expect(
      (
        await call('hr', 'PUT', `/attendance/calendars/${year}`, {
          hours: defaultHours,
          holidays: [{ date: `${year + 1}-01-01`, kind: 'libur-nasional', name: 'x' }],
        })
      ).status,
    ).toBe(409);
    expect(
      (await call(A, 'PUT', `/attendance/calendars/${year}`, { hours: defaultHours, holidays })).status,
    ).toBe(403);
    const bad = await call('hr', 'PUT', `/attendance/calendars/${year}`, {
      hours: [{ weekday: 8, start: '07:30', end: '16:00' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].path).toBe('body.hours.0.weekday');
    const set = await call('hr', 'PUT', `/attendance/calendars/${year}`, { hours: defaultHours, holidays });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ year, ruleSetId: 'pp-94-2021' });
    // The nightly count: one Schedule, however often HR asks for it (another file may have made it first).
    expect((await call(A, 'PUT', '/attendance/count-schedule')).status).toBe(403);
    const first = await call('hr', 'PUT', '/attendance/count-schedule');
    expect(first.json).toMatchObject({ scheduleId: 'attendance-count-daily' });
    expect((await call('hr', 'PUT', '/attendance/count-schedule')).json).toEqual({
      scheduleId: 'attendance-count-daily',
      created: false,
    });
    const schedule = await engine.client.schedule.getHandle('attendance-count-daily').describe();
    expect(schedule.action).toMatchObject({
      workflowType: 'attendanceDailyCount',
      taskQueue: engine.taskQueue,
    });
    await engine.client.schedule.getHandle('attendance-count-daily').delete();
  });

  it('refuses a bad file whole, naming each bad line, and applies nothing', async () => {
    const rows = rowsFor(0, 2);
    const bad = csv([
      ...rows,
      [E.nip, E.name, `${year}-01-04`, '07:30', '16:00'], // a Saturday
      ['199999999999999999', 'Orang Lain', january[0]!, '07:30', '16:00'], // not of the unit
      [E.nip, E.name, january[3]!, '7h30', '16:00'],
    ]);
    const preview = await upload(bad, 'text/csv', 'preview');
    expect(preview.status).toBe(200);
    const line = rows.length + 2;
    expect(preview.json.issues).toEqual([
      { line, column: 'TANGGAL', message: `${year}-01-04 is not a working day of the calendar` },
      { line: line + 1, column: 'NIP', message: `no employee of ${unitCode} has this NIP` },
      { line: line + 2, column: 'Jam Masuk', message: '"7h30" is not a time HH:MM' },
    ]);
    const applied = await upload(bad, 'text/csv', 'apply');
    expect(applied.status).toBe(400);
    expect(applied.json.errors.map((e: { path: string }) => e.path)).toEqual([
      `file.line.${line}.TANGGAL`,
      `file.line.${line + 1}.NIP`,
      `file.line.${line + 2}.Jam Masuk`,
    ]);
    expect(await engine.db.models.attendanceRecords.countDocuments({ unitCode })).toBe(0);
  });

  it('imports the first half as CSV and the second as XLSX; each count opens the cases that follow', async () => {
    const first = await upload(csv(rowsFor(0, half)), 'text/csv', 'apply');
    expect(first.status).toBe(202);
    expect(first.json).toMatchObject({ from: january[0], to: january[half - 1], alreadyStarted: false });
    const again = await upload(csv(rowsFor(0, half)), 'text/csv', 'apply');
    expect(again.json).toMatchObject({ batchId: first.json.batchId, alreadyStarted: true });
    const r1 = await imported(first.json.batchId);
    expect(r1.counted).toMatchObject({ employees: everyone.length, workingDays: half });
    expect(caseIds(r1.counted.cases)).toEqual(['A:3', 'B:4-6']);

    const second = await upload(
      await xlsx(rowsFor(half, january.length)),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'apply',
    );
    expect(second.status).toBe(202);
    const r2 = await imported(second.json.batchId);
    expect(r2.applied.rows).toBe(rowsFor(half, january.length).length);
    expect(caseIds(r2.counted.cases)).toEqual(['B:11-13', 'D:consecutive-10']);

    const count = (who: EmployeeImport) =>
      call('hr', 'GET', `/attendance/employees/${who.nip}/years/${year}`).then((r) => r.json);
    expect(await count(B)).toMatchObject({ unexcusedDays: 11, band: '11-13', workingDays: january.length });
    expect(await count(C)).toMatchObject({
      unexcusedDays: 0,
      lateMinutes: 25 * january.length,
      lateDays: 1,
      disciplineDays: 1,
      band: null,
    });
    expect(await count(D)).toMatchObject({ unexcusedDays: 10, longestRun: 10, band: 'consecutive-10' });
    // The whole city counted through the year's end: the unit is counted only through the last day it sent.
    const city = await call('hr', 'POST', '/attendance/counts', { year });
    expect(city).toMatchObject({ status: 202, json: { asOf: `${year}-12-31`, alreadyStarted: false } });
    const cityDone = await eventually(
      () => call('hr', 'GET', `/attendance/counts/${year}/all/${year}-12-31`),
      (r) => r.json?.status === 'completed',
      90_000,
    );
    expect(cityDone.json.result).toMatchObject({ employees: everyone.length, opened: 0 });
    expect(await count(B)).toMatchObject({
      unexcusedDays: 11,
      workingDays: january.length,
      asOf: `${year}-01-31`,
    });
    const notice = await eventually(
      () => mailTo(A.email),
      (m) => m.length > 0,
    );
    expect(notice[0]!.subject).toBe(`Proses disiplin kehadiran tahun ${year}`);
  });

  it('shows each person only what is theirs: own month and cases, the team for a supervisor, all for HR', async () => {
    const month = `${year}-01`;
    const own = await call(A, 'GET', `/attendance/employees/${A.nip}/months/${month}`);
    expect(own.status).toBe(200);
    expect(own.json.days.filter((d: { status: string }) => d.status === 'tanpa-keterangan')).toHaveLength(3);
    expect(own.json.count).toMatchObject({ unexcusedDays: 3, band: '3' });
    expect((await call(A, 'GET', `/attendance/employees/${B.nip}/months/${month}`)).status).toBe(403);
    expect((await call(sup1, 'GET', `/attendance/employees/${B.nip}/months/${month}`)).status).toBe(200);
    expect((await call(sup2, 'GET', `/attendance/employees/${B.nip}/months/${month}`)).status).toBe(403);
    expect((await call(kabid, 'GET', `/attendance/employees/${D.nip}/months/${month}`)).status).toBe(200);

    const cases = async (who: EmployeeImport | 'hr') =>
      caseIds((await call(who, 'GET', `/attendance/cases?year=${year}`)).json.cases);
    expect(await cases(A)).toEqual(['A:3']);
    expect(await cases(sup1)).toEqual(['A:3', 'B:11-13', 'B:4-6']);
    expect(await cases(sup2)).toEqual(['D:consecutive-10']);
    expect(await cases('hr')).toEqual(['A:3', 'B:11-13', 'B:4-6', 'D:consecutive-10']);
    expect((await call(C, 'GET', `/attendance/cases/${year}/${A.nip}/3`)).status).toBe(403);
    expect((await call(C, 'GET', `/attendance/cases?year=${year}&nip=${A.nip}`)).status).toBe(403);
    const one = await call(A, 'GET', `/attendance/cases/${year}/${A.nip}/3`);
    expect(one.json).toMatchObject({ band: '3', sanctionOfBand: 'oral-warning', status: 'open' });
    expect(one.json.tasks.map((t: { type: string; assigneeNip: string }) => [t.type, t.assigneeNip])).toEqual(
      [['discipline-summons', sup1.nip]],
    );

    const day = `/attendance/units/${unitCode}/days?date=${january[1]}`;
    const byHead = await call(head, 'GET', day);
    expect(byHead.status).toBe(200);
    expect(byHead.json.summary).toEqual({
      employees: everyone.length,
      present: everyone.length - 1,
      excused: 0,
      none: 1,
    });
    expect((await call(sup1, 'GET', day)).status).toBe(403);
    expect((await call('hr', 'GET', day)).status).toBe(200);
    expect((await call(A, 'GET', `/attendance/units/${unitCode}/tpp/${month}`)).status).toBe(403);
  });

  it("decides B's medium sanction through the task inbox; the TPP list cuts 25% with the reason, as JSON and XLSX", async () => {
    const caseOf = () => call('hr', 'GET', `/attendance/cases/${year}/${B.nip}/11-13`).then((r) => r.json);
    const step = async (type: string, payload: object) => {
      const open = await eventually(
        () =>
          caseOf().then((c) =>
            c.tasks.find((t: { type: string; status: string }) => t.type === type && t.status === 'open'),
          ),
        (t) => !!t,
      );
      const done = await call(sup1, 'POST', `/tasks/${open.id}/complete`, payload);
      expect(done.status).toBe(200);
      return open;
    };
    const summons = await step('discipline-summons', {
      appointmentAt: '2026-12-10T09:00:00+08:00',
      place: 'Ruang Kasubbid',
    });
    expect(
      (
        await call(sup1, 'POST', `/tasks/${summons.id}/complete`, {
          appointmentAt: '2026-12-10T09:00:00+08:00',
          place: 'x',
        })
      ).status,
    ).toBe(409);
    await step('discipline-examination', {
      heldAt: '2026-12-10T09:00:00+08:00',
      findings: 'Sebelas hari tidak masuk tanpa keterangan.',
    });
    const decision = await eventually(caseOf, (c) =>
      c.tasks.some((t: { type: string }) => t.type === 'discipline-decision'),
    );
    const taskId = decision.tasks.find((t: { type: string }) => t.type === 'discipline-decision').id;
    const wrong = await call(sup1, 'POST', `/tasks/${taskId}/complete`, {
      sanction: 'dismissal',
      reason: 'x',
    });
    expect(wrong.status).toBe(409);
    expect(wrong.json.detail).toMatch(/calls for tpp-cut-6/);
    expect(
      (
        await call(sup1, 'POST', `/tasks/${taskId}/complete`, {
          sanction: 'tpp-cut-6',
          reason: 'PP 94/2021 pasal 10: 11–13 hari.',
        })
      ).status,
    ).toBe(200);
    const decided = await eventually(caseOf, (c) => c.status === 'decided');
    expect(decided.tppCut).toMatchObject({ percent: 25 });
    const cutMonth: string = decided.tppCut.from;

    // The appraisal read model: B's and C's SKP of that year approved; the others have none.
    const cutYear = Number(cutMonth.slice(0, 4));
    for (const who of [B, C])
      await engine.db.models.appraisalRecords.create([
        {
          _id: `${cutYear}/${who.nip}`,
          year: cutYear,
          nip: who.nip,
          name: who.name,
          unitCode,
          level: who.level,
          workflowId: `appraisal/${cutYear}/${who.nip}`,
          phase: 'execution',
          skps: [{ version: 1, status: 'approved' }],
          seq: 1,
        },
      ]);
    const list = await call(head, 'GET', `/attendance/units/${unitCode}/tpp/${cutMonth}`);
    expect(list.status).toBe(200);
    const row = (nip: string) => list.json.rows.find((r: { nip: string }) => r.nip === nip);
    expect(row(B.nip)).toMatchObject({
      eligible: true,
      paidPercent: 75,
      reasons: [{ code: 'sanction-cut', percent: 25, caseId: `discipline/${year}/${B.nip}/11-13` }],
    });
    expect(row(C.nip)).toEqual({ nip: C.nip, name: C.name, eligible: true, paidPercent: 100, reasons: [] });
    expect(row(A.nip)).toMatchObject({
      eligible: false,
      paidPercent: 0,
      reasons: [{ code: 'skp-not-approved' }],
    });

    const file = await call('hr', 'GET', `/attendance/units/${unitCode}/tpp/${cutMonth}/export?format=xlsx`);
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
    expect(rows[0]).toEqual(['NIP', 'NAMA', 'LAYAK', 'PERSEN_DIBAYAR', 'ALASAN']);
    expect(rows.find((r) => r[0] === B.nip)).toEqual([
      B.nip,
      B.name,
      'ya',
      '75',
      expect.stringContaining('TPP dipotong 25%'),
    ]);
  });

  it("checks an employee in within the office's radius and refuses a position outside it", async () => {
    const thisYear = yearInWita(Date.now());
    // Every day of this year a working day from midnight, so that the test runs on any day.
    const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' }));
    expect(
      (await call('hr', 'PUT', `/attendance/calendars/${thisYear}`, { hours: allWeek, holidays: [] })).status,
    ).toBe(200);
    const office = { latitude: -10.1632, longitude: 123.5977, radiusMeters: 100, positionRequired: true };
    expect((await call('hr', 'PUT', `/attendance/units/${unitCode}/office`, office)).status).toBe(200);
    const none = await call(E, 'POST', '/attendance/check-in', {});
    expect(none.status).toBe(400);
    expect(none.json.errors[0].path).toBe('body.latitude');
    const far = await call(E, 'POST', '/attendance/check-in', {
      latitude: -10.1642,
      longitude: 123.5977,
      accuracy: 10,
    });
    expect(far.status).toBe(400);
    expect(far.json.detail).toMatch(/111 m from the office, at most 100 m/);
    const onlyLatitude = await call(E, 'POST', '/attendance/check-in', { latitude: -10.1642 });
    expect(onlyLatitude.status).toBe(400);
    const ok = await call(E, 'POST', '/attendance/check-in', {
      latitude: -10.1635,
      longitude: 123.5977,
      accuracy: 10,
    });
    expect(ok.status).toBe(200);
    expect(ok.json.alreadyCheckedIn).toBe(false);
    const twice = await call(E, 'POST', '/attendance/check-in', {
      latitude: -10.1635,
      longitude: 123.5977,
      accuracy: 10,
    });
    expect(twice.json).toMatchObject({ alreadyCheckedIn: true, checkIn: ok.json.checkIn });
    const out = await call(E, 'POST', '/attendance/check-out', {});
    expect(out.status).toBe(200);
    expect((await call('hr', 'POST', '/attendance/check-in', {})).status).toBe(403);
  });
});
