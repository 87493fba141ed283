// What the attendance activities share: their dependencies, and the one way a record of a day is written
// (inserted, or on a duplicate `_id` updated by `_id` alone, which FerretDB answers without a scan).
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import type { AuditTrail } from '../../db/audit-trail';
import type { Logger } from '../../runtime/logger';

export interface AttendanceActivityDeps {
  models: Models;
  logger: Logger;
  client: Client;
  settings: { publicUrl: string; hrEmail: string; hrHeadEmail: string };
  clock: () => Date;
  audit: AuditTrail;
}

export interface DayRecord {
  _id: string;
  nip: string;
  unitCode: string;
  date: string;
  year: number;
  month: string;
  status: string;
  checkIn: string | null;
  checkOut: string | null;
  lateMinutes: number;
  earlyMinutes: number;
  source: string;
  ref: string | null;
  distanceMeters?: number | null;
}

export const recordId = (date: string, nip: string) => `${date}/${nip}`;

/**
 * Writes day records in one round trip when they are new; those already there are merged one by one by
 * `merge(existing, incoming)` (which may keep the existing one: it returns null).
 */
export async function writeDays(
  models: Models,
  docs: DayRecord[],
  merge: (existing: DayRecord, incoming: DayRecord) => Partial<DayRecord> | null,
): Promise<{ inserted: number; updated: number }> {
  if (docs.length === 0) return { inserted: 0, updated: 0 };
  let duplicates: number[] = [];
  try {
    await models.attendanceRecords.insertMany(docs, { ordered: false, lean: true });
  } catch (err) {
    const e = err as {
      writeErrors?: { index?: number; code?: number; err?: { index?: number; code?: number } }[];
      code?: number;
    };
    const writeErrors = e.writeErrors ?? [];
    if (writeErrors.length === 0 && e.code !== 11000) throw err;
    const bad = writeErrors.filter((w) => (w.code ?? w.err?.code) !== 11000);
    if (bad.length) throw err;
    duplicates = writeErrors.map((w) => (w.index ?? w.err?.index)!);
    // FerretDB may report a duplicate without the failing index: then every row is looked at.
    if (duplicates.some((i) => i === undefined) || (writeErrors.length === 0 && e.code === 11000))
      duplicates = docs.map((_, i) => i);
  }
  let updated = 0;
  for (const i of duplicates) {
    const incoming = docs[i]!;
    const existing = (await models.attendanceRecords.findById(incoming._id).lean()) as DayRecord | null;
    if (!existing) {
      await models.attendanceRecords.create([incoming]);
      continue;
    }
    const set = merge(existing, incoming);
    if (!set) continue;
    await models.attendanceRecords.updateOne({ _id: incoming._id }, { $set: set });
    updated++;
  }
  return { inserted: docs.length - duplicates.length, updated };
}
