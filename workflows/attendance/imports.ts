// The long-running parts of attendance that walk many records, each one activity over a cursor or over
// batches (so no history grows with the staff or the records): a fingerprint import applied chunk by chunk
// and then counted, and a count of a year as of a date (daily, or when HR asks), which opens the cases.
import type { CountInput } from '../../activities/attendance/count';
import { batchActs } from '../lib/activities';

export async function attendanceImport(input: { batchId: string; count: CountInput }) {
  const applied = await batchActs.applyAttendanceImport({ batchId: input.batchId });
  const counted = await batchActs.countAttendance(input.count);
  return { applied, counted };
}

export async function attendanceCount(input: CountInput) {
  return batchActs.countAttendance(input);
}
