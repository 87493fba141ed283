// Every attendance activity: the import's application, the count that opens cases, and the records of
// cases and excused absences.
import { createAttendanceCaseActivities } from './cases';
import { createAttendanceCountActivities } from './count';
import { createAttendanceImportActivities } from './imports';
import type { AttendanceActivityDeps } from './shared';

export function createAttendanceActivities(deps: AttendanceActivityDeps) {
  return {
    ...createAttendanceImportActivities(deps),
    ...createAttendanceCountActivities(deps),
    ...createAttendanceCaseActivities(deps),
  };
}
