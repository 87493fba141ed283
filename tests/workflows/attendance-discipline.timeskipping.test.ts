// Attendance's processes on the time-skipping server, with real activities on FerretDB and real email
// through the SMTP capture: a count that finds 3 unexcused days opens a disciplinary case for the direct
// superior, who misses the summons deadline (reminder, escalation to their own superior, then to HR) and
// then summons, examines and decides (the band's sanction only, audited with its reason); an excused
// absence approved (its working days written as sick leave) and one refused.
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { auditHistory } from '../../db/audit-chain';
import { addDays, defaultHours, workingDays } from '../../domain/attendance/calendar';
import { disciplineWorkflowId } from '../../domain/workflow-ids';
import type { Actor } from '../../domain/actor';
import { attendanceCount } from '../../workflows/attendance/imports';
import { excusedAbsence } from '../../workflows/attendance/excused-absence';
import { attendanceProcessState, completeTask } from '../../workflows/attendance/messages';
import { testFields } from '../support/crypto';
import { testSettings } from '../support/activities';
import { eventually } from '../support/eventually';
import { maybeStoreHistory } from '../support/histories';
import { workflowHarness } from '../support/harness';
import { mailTo } from '../support/servers';
import { DAY, sleepUntil } from './appraisal-support/drive';
import { seedOrg, type TestOrg } from './appraisal-support/org';

jest.setTimeout(300_000);
const h = workflowHarness('time-skipping', 'attendance-ts');
const actor = (nip: string): Actor => ({ sub: `u-${nip}`, role: 'supervisor', nip });

async function openTask(handle: WorkflowHandle, type: string) {
  const s = await eventually(
    () => handle.query(attendanceProcessState),
    (x) => x.openTasks.some((t) => t.type === type),
  );
  const t = s.openTasks.find((x) => x.type === type);
  if (!t) throw new Error(`no open ${type}: ${JSON.stringify(s)}`);
  return t;
}
/** The reason a workflow gave for refusing an Update. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => (e instanceof WorkflowUpdateFailedError ? String(e.cause?.message) : String(e)),
  );
const complete = async (handle: WorkflowHandle, type: string, who: string, payload: unknown) => {
  const t = await openTask(handle, type);
  return handle.executeUpdate(completeTask, { args: [{ taskId: t.taskId, actor: actor(who), payload }] });
};

/** The test server's year, with a calendar of Kota Kupang's week and one holiday on 2 January. */
async function seedCalendar() {
  const year = new Date(await h.env.currentTimeMs()).getUTCFullYear();
  await h.db.models.attendanceCalendars.deleteMany({ _id: year });
  await h.db.models.attendanceCalendars.create([
    {
      _id: year,
      hours: defaultHours,
      holidays: [{ date: `${year}-01-02`, kind: 'cuti-bersama', name: 'Cuti bersama Tahun Baru' }],
      ruleSetId: 'pp-94-2021',
      setBy: 'hr',
    },
  ]);
  return year;
}

/** Present on every working day through `asOf` but the `absent` ones. */
async function seedDays(org: TestOrg, nip: string, year: number, asOf: string, absent: string[]) {
  const days = workingDays(
    { year, hours: defaultHours, holidays: [{ date: `${year}-01-02`, kind: 'cuti-bersama', name: 'x' }] },
    asOf,
  );
  await h.db.models.attendanceRecords.insertMany(
    days
      .filter((d) => !absent.includes(d))
      .map((date) => ({
        _id: `${date}/${nip}`,
        nip,
        unitCode: org.unitCode,
        date,
        year,
        month: date.slice(0, 7),
        status: 'hadir',
        checkIn: '07:30',
        checkOut: '16:00',
        lateMinutes: 0,
        earlyMinutes: 0,
        source: 'import',
      })),
  );
  return days;
}

describe('attendance processes on the time-skipping server', () => {
  it('opens a case at 3 unexcused days; the missed summons is reminded and escalated twice; the sanction is decided and audited', async () => {
    const org = await seedOrg(h.db.models, 'disc', 2);
    const [absentee, present] = org.staff as [TestOrg['staff'][0], TestOrg['staff'][0]];
    const year = await seedCalendar();
    const asOf = `${year}-01-31`;
    const days = await seedDays(org, absentee.nip, year, asOf, []);
    const missed = [days[3]!, days[7]!, days[12]!];
    await h.db.models.attendanceRecords.deleteMany({
      _id: { $in: missed.map((d) => `${d}/${absentee.nip}`) },
    });
    // Everyone else came to work every day.
    for (const e of org.all.filter((x) => x.nip !== absentee.nip)) await seedDays(org, e.nip, year, asOf, []);

    const counted = await h.env.client.workflow.execute(attendanceCount, {
      taskQueue: h.taskQueue,
      workflowId: `attendance-count/${year}/${org.unitCode}/${asOf}`,
      args: [{ year, unitCode: org.unitCode, asOf }],
    });
    expect(counted).toMatchObject({ employees: org.all.length, workingDays: days.length, opened: 1 });
    expect(counted.cases).toEqual([{ nip: absentee.nip, band: '3', days: 3 }]);
    expect(await h.db.models.attendanceCounts.findById(`${year}/${present.nip}`).lean()).toMatchObject({
      unexcusedDays: 0,
      band: null,
    });
    expect(await h.db.models.attendanceCounts.findById(`${year}/${absentee.nip}`).lean()).toMatchObject({
      unexcusedDays: 3,
      longestRun: 1,
      disciplineDays: 3,
      band: '3',
    });
    // Counting again opens nothing new.
    const again = await h.env.client.workflow.execute(attendanceCount, {
      taskQueue: h.taskQueue,
      workflowId: `attendance-count/${year}/${org.unitCode}/${asOf}/again`,
      args: [{ year, unitCode: org.unitCode, asOf }],
    });
    expect(again.opened).toBe(0);

    const handle = h.env.client.workflow.getHandle(disciplineWorkflowId(year, absentee.nip, '3'));
    const summons = await openTask(handle, 'discipline-summons');
    expect(summons).toMatchObject({ assigneeNip: org.kasubbid.nip, reminded: false, escalated: false });
    const due = Date.parse(summons.dueAt);
    const opened = await eventually(
      () => mailTo(org.kasubbid.email),
      (m) => m.length > 0,
    );
    expect(opened.map((m) => m.subject)).toEqual([`Kasus disiplin kehadiran: ${absentee.name}`]);
    expect(opened[0]!.text).toContain('3 hari tidak masuk kerja tanpa keterangan');
    expect(opened[0]!.text).toContain('teguran lisan');

    // The superior does nothing: reminded a day before, escalated to the kabid 2 days after, HR 3 days later.
    await sleepUntil(h.env, due - DAY + 3600_000);
    const reminders = await eventually(
      () => mailTo(org.kasubbid.email),
      (m) => m.length > 1,
    );
    expect(reminders.map((m) => m.subject)).toContain(
      'Pengingat: Memanggil pegawai untuk pemeriksaan disiplin',
    );
    expect(await mailTo(org.kabid.email)).toHaveLength(0);
    await sleepUntil(h.env, due + 2 * DAY + 3600_000);
    const toKabid = await eventually(
      () => mailTo(org.kabid.email),
      (m) => m.length > 0,
    );
    expect(toKabid.map((m) => m.subject)).toEqual([
      'Terlambat: Memanggil pegawai untuk pemeriksaan disiplin',
    ]);
    const hrMail = () =>
      mailTo(testSettings.hrEmail).then((m) => m.filter((x) => x.text.includes(absentee.name)));
    expect(await hrMail()).toHaveLength(0);
    await sleepUntil(h.env, due + 5 * DAY + 3600_000);
    expect((await eventually(hrMail, (m) => m.length > 0)).map((m) => m.subject)).toEqual([
      'Terlambat: Memanggil pegawai untuk pemeriksaan disiplin',
    ]);
    expect(await openTask(handle, 'discipline-summons')).toMatchObject({
      reminded: true,
      escalated: true,
      escalatedToHr: true,
    });

    // Only the assignee acts; then summons, examination and the band's sanction.
    await expect(
      handle.executeUpdate(completeTask, {
        args: [
          {
            taskId: summons.taskId,
            actor: actor(org.kabid.nip),
            payload: { appointmentAt: new Date(due).toISOString(), place: 'Ruang rapat' },
          },
        ],
      }),
    ).rejects.toThrow(WorkflowUpdateFailedError);
    await complete(handle, 'discipline-summons', org.kasubbid.nip, {
      appointmentAt: new Date(due + 7 * DAY).toISOString(),
      place: 'Ruang rapat BKPSDM',
    });
    await complete(handle, 'discipline-examination', org.kasubbid.nip, {
      heldAt: new Date(due + 7 * DAY).toISOString(),
      findings: 'Tidak masuk tanpa keterangan pada tiga hari kerja.',
    });
    const wrong = complete(handle, 'discipline-decision', org.kasubbid.nip, {
      sanction: 'written-warning',
      reason: 'x',
    });
    expect(await refusal(wrong)).toMatch(/calls for oral-warning/);
    await complete(handle, 'discipline-decision', org.kasubbid.nip, {
      sanction: 'oral-warning',
      reason: 'Tiga hari tidak masuk tanpa keterangan (PP 94/2021 pasal 9).',
    });
    await expect(handle.result()).resolves.toEqual({ sanction: 'oral-warning' });
    await maybeStoreHistory(handle, 'attendance-discipline-case');

    const record = await h.db.models.disciplineCases.findById(handle.workflowId).lean();
    expect(record).toMatchObject({
      status: 'decided',
      band: '3',
      days: 3,
      decision: { sanction: 'oral-warning' },
      tppCut: null,
    });
    expect((record!.escalations as { to: string }[]).map((e) => e.to)).toEqual([org.kabid.name, 'BKPSDM']);
    const trail = await eventually(
      () => auditHistory(h.db.models, testFields, handle.workflowId),
      (a) => a.some((x) => x.action === 'attendance.case.decided'),
    );
    expect(trail.map((a) => a.action)).toEqual([
      'attendance.case.opened',
      'attendance.case.escalated',
      'attendance.case.escalated',
      'attendance.case.summoned',
      'attendance.case.examined',
      'attendance.case.decided',
    ]);
    expect(trail.at(-1)).toMatchObject({
      actor: `u-${org.kasubbid.nip}`,
      reason: 'Tiga hari tidak masuk tanpa keterangan (PP 94/2021 pasal 9).',
    });
    const employeeMail = await eventually(
      () => mailTo(absentee.email),
      (m) => m.length >= 4,
    );
    expect(employeeMail.map((m) => m.subject)).toEqual(
      Array(4).fill(`Proses disiplin kehadiran tahun ${year}`),
    );
    expect(employeeMail.map((m) => m.text).join('\n')).toContain('Keputusan: teguran lisan.');
  });

  it('writes an approved sick leave on its working days, and leaves the days of a refused one alone', async () => {
    const org = await seedOrg(h.db.models, 'excuse', 1);
    const employee = org.staff[0]!;
    const year = await seedCalendar();
    const start = (requestId: string, from: string, to: string) =>
      h.env.client.workflow.start(excusedAbsence, {
        taskQueue: h.taskQueue,
        workflowId: `excused-absence/${employee.nip}/${requestId}`,
        args: [
          {
            requestId,
            nip: employee.nip,
            ruleSetId: 'pp-94-2021',
            request: {
              kind: 'sakit',
              from,
              to,
              reason: 'Demam berdarah',
              evidence: { description: 'Surat keterangan dokter', reference: 'SKD/12/2026' },
            },
          },
        ],
      });
    // Friday the 9th to Tuesday the 13th of January: three working days (the weekend skipped).
    const from = `${year}-01-09`;
    const firstFriday = workingDays({ year, hours: defaultHours, holidays: [] }).find(
      (d) => d >= from && new Date(d).getUTCDay() === 5,
    )!;
    const approved = await start(`x_ok${Date.now()}`, firstFriday, addDays(firstFriday, 4));
    await complete(approved, 'excused-absence-approval', org.kasubbid.nip, { approved: true });
    await expect(approved.result()).resolves.toEqual({ status: 'approved', days: 3 });
    await maybeStoreHistory(approved, 'attendance-excused-absence-approved');
    const written = await h.db.models.attendanceRecords.find({ nip: employee.nip }).lean();
    expect(written.map((r) => [r.date, r.status, r.source]).sort()).toEqual(
      [firstFriday, addDays(firstFriday, 3), addDays(firstFriday, 4)].map((d) => [d, 'sakit', 'excused']),
    );

    const refused = await start(`x_no${Date.now()}`, `${year}-02-02`, `${year}-02-03`);
    const noNote = complete(refused, 'excused-absence-approval', org.kasubbid.nip, { approved: false });
    expect(await refusal(noNote)).toMatch(/a refusal needs a note/);
    await complete(refused, 'excused-absence-approval', org.kasubbid.nip, {
      approved: false,
      note: 'Tanpa surat dokter yang sah',
    });
    await expect(refused.result()).resolves.toEqual({ status: 'refused', days: 0 });
    expect(await h.db.models.attendanceRecords.countDocuments({ nip: employee.nip })).toBe(3);
    const mail = await eventually(
      () => mailTo(employee.email),
      (m) => m.length >= 2,
    );
    expect(mail.map((m) => m.subject)).toEqual([
      'Permohonan izin/cuti disetujui',
      'Permohonan izin/cuti ditolak',
    ]);
    expect(mail[1]!.text).toContain('Catatan: Tanpa surat dokter yang sah');
    expect(await h.db.models.excusedAbsences.findById(refused.workflowId.split('/')[2]).lean()).toMatchObject(
      { status: 'refused' },
    );
    expect((await mailTo(org.kasubbid.email)).map((m) => m.subject)).toEqual([
      `Permohonan izin/cuti ${employee.name}`,
      `Permohonan izin/cuti ${employee.name}`,
    ]);
  });
});
