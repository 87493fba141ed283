// Every attendance use case, for the API and (next) the pages: check-in and check-out, the calendar and
// offices, imports and counts, excused absences, disciplinary cases, the TPP list and the monitoring.
import type { AuditTrail } from '../../db/audit-trail';
import { calendarCommands } from './calendar';
import { caseCommands } from './cases';
import { dayCommands } from './days';
import type { AttendanceDeps } from './deps';
import { excuseCommands } from './excuses';
import { importCommands } from './imports';
import { tppCommands } from './tpp';

export function attendanceCommands(deps: AttendanceDeps & { audit: AuditTrail }) {
  return {
    ...calendarCommands(deps),
    ...dayCommands(deps),
    ...importCommands(deps),
    ...excuseCommands(deps),
    ...caseCommands(deps),
    ...tppCommands(deps),
  };
}
export type AttendanceCommands = ReturnType<typeof attendanceCommands>;
