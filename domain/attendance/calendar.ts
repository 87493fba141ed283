// The working calendar of a year, as HR sets it: which weekdays are working days and their hours (WITA),
// and the national holidays and cuti bersama that are not. Pure: dates are `YYYY-MM-DD` strings of the
// WITA calendar, times `HH:MM` in WITA; lateness and early leaving are computed against these hours.
import { z } from 'zod';
import { boundedText } from '../text';

export const dateSchema = z
  .string()
  .regex(/^(20\d\d|2100)-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD from 2000 to 2100' })
  .refine((d) => isRealDate(d), { error: 'must be a real calendar date' });
export const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM (24 hours)' });

/** 1 = Monday … 7 = Sunday (ISO weekday). */
const weekdaySchema = z.number().int().min(1).max(7);

export const workingHoursSchema = z
  .strictObject({ weekday: weekdaySchema, start: timeSchema, end: timeSchema })
  .refine((h) => h.start < h.end, { error: 'start must be before end', path: ['end'] });

export const holidaySchema = z.strictObject({
  date: dateSchema,
  kind: z.enum(['libur-nasional', 'cuti-bersama']),
  name: boundedText('name', 200),
});

export const calendarInputSchema = z
  .strictObject({
    hours: z.array(workingHoursSchema).min(1).max(7),
    holidays: z.array(holidaySchema).max(100).default([]),
  })
  .refine((c) => new Set(c.hours.map((h) => h.weekday)).size === c.hours.length, {
    error: 'each weekday at most once',
    path: ['hours'],
  });
export type CalendarInput = z.infer<typeof calendarInputSchema>;
export interface WorkingCalendar extends CalendarInput {
  year: number;
}

/** Kota Kupang's usual week: Monday–Thursday 07:30–16:00, Friday 07:30–16:30 (five days). [C] */
export const defaultHours: CalendarInput['hours'] = [
  { weekday: 1, start: '07:30', end: '16:00' },
  { weekday: 2, start: '07:30', end: '16:00' },
  { weekday: 3, start: '07:30', end: '16:00' },
  { weekday: 4, start: '07:30', end: '16:00' },
  { weekday: 5, start: '07:30', end: '16:30' },
];

export function isRealDate(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The hours of a working day, or undefined when the date is not one (weekend, holiday, cuti bersama). */
export function hoursOf(cal: WorkingCalendar, date: string): { start: string; end: string } | undefined {
  if (cal.holidays.some((h) => h.date === date)) return undefined;
  return cal.hours.find((h) => h.weekday === weekdayOf(date));
}

export const isWorkingDay = (cal: WorkingCalendar, date: string) => hoursOf(cal, date) !== undefined;

/** Every working day of the calendar's year from 1 January through `until` (inclusive), in order. */
export function workingDays(cal: WorkingCalendar, until = `${cal.year}-12-31`): string[] {
  const out: string[] = [];
  const holidays = new Set(cal.holidays.map((h) => h.date));
  const weekdays = new Set(cal.hours.map((h) => h.weekday));
  for (let d = `${cal.year}-01-01`; d <= until && d.startsWith(`${cal.year}`); d = addDays(d, 1))
    if (!holidays.has(d) && weekdays.has(weekdayOf(d))) out.push(d);
  return out;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes late at a check-in at `time` (HH:MM WITA) on a day with these hours (0 when on time). */
export function lateMinutes(hours: { start: string }, time: string): number {
  return Math.max(0, minutesOf(time) - minutesOf(hours.start));
}

/** Minutes left early at a check-out at `time` (0 when at or after the end of the day). */
export function earlyMinutes(hours: { end: string }, time: string): number {
  return Math.max(0, minutesOf(hours.end) - minutesOf(time));
}

/** An instant as the WITA date and time a person reads on the office clock. */
export function witaDateTime(instant: Date | number): { date: string; time: string } {
  const s = new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString();
  return { date: s.slice(0, 10), time: s.slice(11, 16) };
}

/** The instant of a WITA date and time. */
export function witaInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}
