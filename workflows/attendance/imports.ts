// The long-running parts of attendance that walk many records, each one activity over a cursor or over
// batches (so no history grows with the staff or the records): a fingerprint import applied chunk by chunk
// and then counted, and a count of a year as of a date (daily by a Schedule, or when HR asks), which opens
// the cases.
import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import type { CountInput } from '../../activities/attendance/count';
import { dateInWita } from '../../domain/time';
import { batchActs } from '../lib/activities';

export async function attendanceImport(input: { batchId: string; count: CountInput }) {
  const applied = await batchActs.applyAttendanceImport({ batchId: input.batchId });
  const counted = await batchActs.countAttendance(input.count);
  return { applied, counted };
}

export async function attendanceCount(input: CountInput) {
  return batchActs.countAttendance(input);
}

/**
 * What the daily Temporal Schedule runs (01:00 WITA): counts the whole city as of yesterday, so that days
 * with no record become unexcused and open their cases without waiting for an import. A year without a
 * working calendar is skipped (and says so).
 */
export async function attendanceDailyCount(): Promise<{ asOf: string; counted: boolean }> {
  const asOf = dateInWita(Date.now() - 86_400_000);
  try {
    await batchActs.countAttendance({ year: Number(asOf.slice(0, 4)), asOf });
    return { asOf, counted: true };
  } catch (err) {
    if (
      err instanceof ActivityFailure &&
      err.cause instanceof ApplicationFailure &&
      err.cause.type === 'NoCalendar'
    )
      return { asOf, counted: false };
    throw err;
  }
}
