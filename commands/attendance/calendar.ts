// HR's settings of attendance: the working calendar of a year (working days and hours, national holidays
// and cuti bersama) and each unit's office (location, radius, whether the web check-in asks for the
// browser's position). Both are audited; setting the same again is a no-op in effect.
import type { AuditTrail } from '../../db/audit-trail';
import type { Principal } from '../../domain/actor';
import type { CalendarInput, WorkingCalendar } from '../../domain/attendance/calendar';
import { defaultAttendanceRuleSetId } from '../../domain/attendance/rule-sets';
import type { OfficeInput } from '../../domain/attendance/schemas';
import { conflict, notFound } from '../errors';
import type { AttendanceDeps } from './deps';

export function calendarCommands(deps: AttendanceDeps & { audit?: AuditTrail }) {
  const { models } = deps;
  const clock = deps.clock ?? (() => new Date());

  async function calendarOf(year: number): Promise<WorkingCalendar & { ruleSetId: string }> {
    const c = await models.attendanceCalendars.findById(year).lean();
    if (!c) throw conflict(`no working calendar is set for ${year}`);
    return { year, hours: c.hours, holidays: c.holidays, ruleSetId: c.ruleSetId } as WorkingCalendar & {
      ruleSetId: string;
    };
  }

  async function setCalendar(principal: Principal, year: number, input: CalendarInput) {
    const holidaysOfYear = input.holidays.filter((h) => h.date.startsWith(`${year}-`));
    if (holidaysOfYear.length !== input.holidays.length) throw conflict(`every holiday must be in ${year}`);
    const previous = await models.attendanceCalendars.findById(year).lean();
    const set = {
      hours: input.hours,
      holidays: input.holidays,
      ruleSetId: previous?.ruleSetId ?? defaultAttendanceRuleSetId,
      setBy: principal.sub,
    };
    if (previous) await models.attendanceCalendars.updateOne({ _id: year }, { $set: set });
    else await models.attendanceCalendars.create([{ _id: year, ...set }]);
    await deps.audit?.append({
      key: `attendance-calendar/${year}/${clock().toISOString()}`,
      at: clock().toISOString(),
      actor: principal.sub,
      role: principal.role,
      action: 'attendance.calendar.set',
      subject: `attendance-calendar/${year}`,
      reason: `${input.hours.length} working weekdays, ${input.holidays.length} holidays`,
      before: previous ? { hours: previous.hours, holidays: previous.holidays } : null,
      after: { hours: input.hours, holidays: input.holidays },
    });
    return calendarOf(year);
  }

  async function setOffice(principal: Principal, unitCode: string, input: OfficeInput) {
    if (!(await models.orgUnits.exists({ _id: unitCode }))) throw notFound('no such unit');
    const previous = await models.attendanceOffices.findById(unitCode).lean();
    if (previous) await models.attendanceOffices.updateOne({ _id: unitCode }, { $set: input });
    else await models.attendanceOffices.create([{ _id: unitCode, ...input }]);
    await deps.audit?.append({
      key: `attendance-office/${unitCode}/${clock().toISOString()}`,
      at: clock().toISOString(),
      actor: principal.sub,
      role: principal.role,
      action: 'attendance.office.set',
      subject: `attendance-office/${unitCode}`,
      reason: `radius ${input.radiusMeters} m, position ${input.positionRequired ? 'required' : 'not asked'}`,
      after: input,
    });
    return { unitCode, ...input };
  }

  return { calendarOf, setCalendar, setOffice };
}
