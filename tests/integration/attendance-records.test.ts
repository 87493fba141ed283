// Day records written on FerretDB the way imports and approvals write them: new ones in one insertMany,
// those already there merged one by one by `_id` (a fingerprint import does not replace an approved sick
// leave's status, only gives it the times; an approval turns an unexcused day into the excused kind).
import { createAttendanceImportActivities } from '../../activities/attendance/imports';
import { writeDays, type DayRecord } from '../../activities/attendance/shared';
import type { Database } from '../../db/connection';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { testDatabase } from '../support/servers';

let db: Database;
beforeAll(async () => {
  db = await testDatabase('attendance-records');
});
afterAll(() => db.close());

const NIP = '198701012015031002';
const day = (date: string, more: Partial<DayRecord> = {}): DayRecord => ({
  _id: `${date}/${NIP}`,
  nip: NIP,
  unitCode: 'DISDIK',
  date,
  year: 2026,
  month: date.slice(0, 7),
  status: 'hadir',
  checkIn: '07:20',
  checkOut: '16:10',
  lateMinutes: 0,
  earlyMinutes: 0,
  source: 'import',
  ref: null,
  ...more,
});

describe('day records', () => {
  it('inserts new days at once and merges the ones already there', async () => {
    await writeDays(
      db.models,
      [day('2026-03-02', { status: 'sakit', checkIn: null, checkOut: null, source: 'excused' })],
      () => null,
    );
    const r = await writeDays(db.models, [day('2026-03-02'), day('2026-03-03')], (existing, incoming) =>
      existing.status === 'sakit' ? { checkIn: incoming.checkIn } : null,
    );
    expect(r).toEqual({ inserted: 1, updated: 1 });
    const rows = await db.models.attendanceRecords.find({ nip: NIP }).sort({ date: 1 }).lean();
    expect(rows.map((x) => [x.date, x.status, x.checkIn])).toEqual([
      ['2026-03-02', 'sakit', '07:20'],
      ['2026-03-03', 'hadir', '07:20'],
    ]);
  });

  it("applies an import batch chunk by chunk, keeping an excused day's status, and removes the chunks", async () => {
    const batchId = 'DISDIK-bench0000000000000000000';
    await db.models.attendanceImportChunks.create([
      { _id: `${batchId}/0`, batchId, rows: [day('2026-03-02', { checkIn: '07:45', lateMinutes: 15 })] },
      {
        _id: `${batchId}/1`,
        batchId,
        rows: [day('2026-03-04'), day('2026-03-03', { checkIn: '08:00', lateMinutes: 30 })],
      },
    ]);
    await db.models.attendanceImports.create([
      {
        _id: batchId,
        unitCode: 'DISDIK',
        year: 2026,
        rows: 3,
        chunks: 2,
        from: '2026-03-02',
        to: '2026-03-04',
        format: 'csv',
        uploadedBy: 'hr',
        status: 'staged',
      },
    ]);
    const { applyAttendanceImport } = createAttendanceImportActivities({ models: db.models });
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR', () => undefined) });
    await expect(env.run(applyAttendanceImport, { batchId })).resolves.toEqual({
      rows: 3,
      inserted: 1,
      updated: 2,
    });
    const rows = await db.models.attendanceRecords.find({ nip: NIP }).sort({ date: 1 }).lean();
    expect(rows.map((x) => [x.date, x.status, x.checkIn, x.lateMinutes])).toEqual([
      ['2026-03-02', 'sakit', '07:45', 15],
      ['2026-03-03', 'hadir', '08:00', 30],
      ['2026-03-04', 'hadir', '07:20', 0],
    ]);
    expect(await db.models.attendanceImportChunks.countDocuments({ batchId })).toBe(0);
    expect(await db.models.attendanceImports.findById(batchId).lean()).toMatchObject({
      status: 'applied',
      applied: 3,
    });
  });
});
