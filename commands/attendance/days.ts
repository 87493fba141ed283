// The days of attendance: the employee's own web check-in and check-out (the time is the server's, in
// WITA; the position checked against the unit's office when the unit asks for it; a second check-in keeps
// the first, a later check-out replaces an earlier one), today's attendance of a unit (its head and HR),
// and an employee's month (themselves, their supervisors, HR) with the year's count so far.
import type { Principal } from '../../domain/actor';
import {
  earlyMinutes,
  hoursOf,
  lateMinutes,
  witaDateTime,
  workingDays,
} from '../../domain/attendance/calendar';
import { checkPosition } from '../../domain/attendance/position';
import { attendanceRuleSet } from '../../domain/attendance/rule-sets';
import type { AttendanceStatus, CheckInInput } from '../../domain/attendance/schemas';
import { recordId } from '../../activities/attendance/shared';
import { badRequest, conflict, forbidden } from '../errors';
import { employeeOrThrow, requireSelfOrAbove, requireUnitHeadOrHr } from './access';
import { calendarCommands } from './calendar';
import type { AttendanceDeps } from './deps';

const positionMessages = {
  'position-missing': 'this unit asks for your position at check-in: allow the browser to share it',
  'too-inaccurate': 'the position is not accurate enough',
  'too-far': 'the position is outside the office radius',
} as const;

export interface DayView {
  date: string;
  status: AttendanceStatus | null;
  checkIn: string | null;
  checkOut: string | null;
  lateMinutes: number;
  earlyMinutes: number;
  source: string | null;
}

export function dayCommands(deps: AttendanceDeps) {
  const { models } = deps;
  const clock = deps.clock ?? (() => new Date());
  const { calendarOf } = calendarCommands(deps);

  async function today(principal: Principal) {
    if (!principal.nip) throw forbidden('only an employee checks in, with their own NIP');
    const e = await employeeOrThrow(models, principal.nip);
    if (e.active === false) throw forbidden('the employee has left');
    const { date, time } = witaDateTime(clock());
    const cal = await calendarOf(Number(date.slice(0, 4)));
    const hours = hoursOf(cal, date);
    if (!hours) throw conflict(`${date} is not a working day`);
    return {
      nip: principal.nip,
      unitCode: e.unitCode,
      date,
      time,
      hours,
      rules: attendanceRuleSet(cal.ruleSetId),
    };
  }

  async function checkIn(principal: Principal, input: CheckInInput) {
    const d = await today(principal);
    const office = await models.attendanceOffices.findById(d.unitCode).lean();
    let distanceMeters: number | null = null;
    if (office?.positionRequired) {
      const position =
        input.latitude !== undefined && input.longitude !== undefined
          ? {
              latitude: input.latitude,
              longitude: input.longitude,
              ...(input.accuracy !== undefined ? { accuracy: input.accuracy } : {}),
            }
          : undefined;
      const check = checkPosition(office, position, d.rules);
      if (!check.ok) {
        const field = check.reason === 'too-inaccurate' ? 'body.accuracy' : 'body.latitude';
        const detail =
          check.reason === 'too-far'
            ? `${positionMessages[check.reason]}: ${check.distanceMeters} m from the office, at most ${office.radiusMeters} m`
            : check.reason === 'too-inaccurate'
              ? `${positionMessages[check.reason]}: at most ${d.rules.position.maxAccuracyMeters} m`
              : positionMessages[check.reason];
        throw badRequest(detail, [{ path: field, message: detail }]);
      }
      distanceMeters = check.distanceMeters;
    }
    const id = recordId(d.date, d.nip);
    const existing = await models.attendanceRecords.findById(id).lean();
    if (existing?.checkIn)
      return {
        date: d.date,
        checkIn: existing.checkIn,
        lateMinutes: existing.lateMinutes,
        alreadyCheckedIn: true,
      };
    const late = lateMinutes(d.hours, d.time);
    if (existing)
      await models.attendanceRecords.updateOne(
        { _id: id },
        {
          $set: {
            checkIn: d.time,
            lateMinutes: late,
            distanceMeters,
            ...(existing.status === 'tanpa-keterangan' ? { status: 'hadir', source: 'web' } : {}),
          },
        },
      );
    else
      await models.attendanceRecords.create([
        {
          _id: id,
          nip: d.nip,
          unitCode: d.unitCode,
          date: d.date,
          year: Number(d.date.slice(0, 4)),
          month: d.date.slice(0, 7),
          status: 'hadir',
          checkIn: d.time,
          lateMinutes: late,
          source: 'web',
          distanceMeters,
        },
      ]);
    return { date: d.date, checkIn: d.time, lateMinutes: late, alreadyCheckedIn: false };
  }

  async function checkOut(principal: Principal, _input: CheckInInput) {
    const d = await today(principal);
    const id = recordId(d.date, d.nip);
    const existing = await models.attendanceRecords.findById(id).lean();
    if (!existing?.checkIn) throw conflict('check in first: there is no check-in today');
    if (existing.checkOut && existing.checkOut >= d.time)
      return { date: d.date, checkOut: existing.checkOut, earlyMinutes: existing.earlyMinutes };
    const early = earlyMinutes(d.hours, d.time);
    await models.attendanceRecords.updateOne(
      { _id: id },
      { $set: { checkOut: d.time, earlyMinutes: early } },
    );
    return { date: d.date, checkOut: d.time, earlyMinutes: early };
  }

  type Stored = {
    status?: string | null;
    checkIn?: string | null;
    checkOut?: string | null;
    lateMinutes?: number;
    earlyMinutes?: number;
    source?: string | null;
  };
  const view = (date: string, r: Stored | null | undefined, absent: boolean): DayView => ({
    date,
    status: (r?.status as AttendanceStatus | undefined) ?? (absent ? 'tanpa-keterangan' : null),
    checkIn: r?.checkIn ?? null,
    checkOut: r?.checkOut ?? null,
    lateMinutes: r?.lateMinutes ?? 0,
    earlyMinutes: r?.earlyMinutes ?? 0,
    source: r?.source ?? null,
  });

  /** A unit's day: every active employee with their record (HR and the unit's head). */
  async function unitDay(principal: Principal, unitCode: string, date?: string) {
    await requireUnitHeadOrHr(models, principal, unitCode);
    const day = date ?? witaDateTime(clock()).date;
    const staff = await models.employees
      .find({ unitCode, active: true }, { name: 1 })
      .sort({ _id: 1 })
      .lean();
    const records = await Promise.all(
      staff.map((e) => models.attendanceRecords.findById(recordId(day, e._id)).lean()),
    );
    const employees = staff.map((e, i) => ({ nip: e._id, name: e.name, ...view(day, records[i], false) }));
    const summary = { employees: staff.length, present: 0, excused: 0, none: 0 };
    for (const e of employees)
      if (e.status === 'hadir') summary.present++;
      else if (e.status && e.status !== 'tanpa-keterangan') summary.excused++;
      else summary.none++;
    return { unitCode, date: day, summary, employees };
  }

  /** An employee's month: each working day, past ones without a record unexcused; and the year's count. */
  async function employeeMonth(principal: Principal, nip: string, month: string) {
    await requireSelfOrAbove(models, principal, nip);
    const e = await employeeOrThrow(models, nip);
    const year = Number(month.slice(0, 4));
    const cal = await calendarOf(year);
    const today = witaDateTime(clock()).date;
    const days = workingDays(cal, lastDayOf(month)).filter((d) => d.startsWith(month));
    const records = await Promise.all(
      days.map((d) => models.attendanceRecords.findById(recordId(d, nip)).lean()),
    );
    const count = await models.attendanceCounts.findById(`${year}/${nip}`).lean();
    return {
      nip,
      name: e.name,
      month,
      days: days.map((d, i) => view(d, records[i], d < today)),
      count: count
        ? {
            asOf: count.asOf,
            unexcusedDays: count.unexcusedDays,
            lateMinutes: count.lateMinutes,
            earlyMinutes: count.earlyMinutes,
            lateDays: count.lateDays,
            disciplineDays: count.disciplineDays,
            longestRun: count.longestRun,
            band: count.band ?? null,
          }
        : null,
    };
  }

  return { checkIn, checkOut, unitDay, employeeMonth };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
