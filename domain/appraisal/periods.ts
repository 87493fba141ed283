// The calendar of an appraisal year in WITA: its rating periods (quarters or months), when each period's
// rating is due, and the default deadlines a year gets from its rule set. Instants are ISO 8601 strings
// with the WITA offset (+08:00; WITA has no daylight saving time).
import { z } from 'zod';
import { addDuration } from '../time';
import type { AppraisalRules, DayOfYear, Periodicity } from './rule-sets';

const periodCodesOf = {
  quarterly: ['Q1', 'Q2', 'Q3', 'Q4'],
  monthly: ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'],
} as const satisfies Record<Periodicity, readonly string[]>;
export const periodCodes = [...periodCodesOf.quarterly, ...periodCodesOf.monthly] as const;
export type PeriodCode = (typeof periodCodes)[number];
export const periodCodeSchema = z.enum(periodCodes);

export interface AppraisalPeriod {
  period: PeriodCode;
  /** First instant of the period, e.g. 2026-01-01T00:00:00+08:00. */
  startsAt: string;
  /** First instant after the period (exclusive end), e.g. 2026-04-01T00:00:00+08:00 for Q1. */
  endsAt: string;
}

const WITA_OFFSET = '+08:00';
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
const MONTHS_PER_YEAR = 12;

/** Calendar months in one period: 3 for a quarter, 1 for a month. */
export function monthsPerPeriod(periodicity: Periodicity): number {
  return MONTHS_PER_YEAR / periodCodesOf[periodicity].length;
}

/** The periods of `year`, in order: Q1..Q4 or M01..M12. */
export function periodsOfYear(year: number, periodicity: Periodicity): AppraisalPeriod[] {
  const length = monthsPerPeriod(periodicity);
  return periodCodesOf[periodicity].map((period, i) => ({
    period,
    startsAt: witaInstant(year, i * length + 1, 1),
    endsAt: witaInstant(year, (i + 1) * length + 1, 1),
  }));
}

/**
 * The periods of a compressed calendar, for demonstrations and tests on a real clock: the year's periods
 * laid end to end from `startsAt`, each `periodLength` (an ISO duration) long.
 */
export function compressedPeriods(
  periodicity: Periodicity,
  startsAt: string,
  periodLength: string,
): AppraisalPeriod[] {
  const start = Date.parse(startsAt);
  const length = addDuration(0, periodLength).getTime();
  return periodCodesOf[periodicity].map((period, i) => ({
    period,
    startsAt: toWitaIso(start + i * length),
    endsAt: toWitaIso(start + (i + 1) * length),
  }));
}

/** When the appraiser's rating of `period` is due: `periodRatingWindow` (ISO duration) after its end. */
export function ratingDueAt(period: AppraisalPeriod, periodRatingWindow: string): string {
  return toWitaIso(addDuration(period.endsAt, periodRatingWindow));
}

export interface YearSchedule {
  skpDueAt: string;
  periodRatingWindow: string;
  annualDueAt: string;
  objectionWindow: string;
}

/** The deadlines of `year` when HR sets none: SKP by 31 January, annual rating by 31 January of year + 1. */
export function defaultYearSchedule(year: number, rules: AppraisalRules): YearSchedule {
  const { skpDue, annualDue, periodRatingWindow, objectionWindow } = rules.schedule;
  return {
    skpDueAt: dayOfYearInstant(year, skpDue),
    periodRatingWindow,
    annualDueAt: dayOfYearInstant(year + annualDue.yearsAfter, annualDue),
    objectionWindow,
  };
}

/**
 * `instant` plus whole calendar months in WITA, keeping the time of day; a day past the end of the target
 * month becomes its last day (31 August + 6 months is 28 or 29 February).
 */
export function addCalendarMonths(instant: string | Date, months: number): string {
  const wall = new Date(new Date(instant).getTime() + WITA_OFFSET_MS); // WITA wall clock read through UTC fields
  const target = wall.getUTCMonth() + months;
  const year = wall.getUTCFullYear() + Math.floor(target / MONTHS_PER_YEAR);
  const month = ((target % MONTHS_PER_YEAR) + MONTHS_PER_YEAR) % MONTHS_PER_YEAR;
  const day = Math.min(wall.getUTCDate(), daysInMonth(year, month + 1));
  const timeOfDay = wall.getTime() - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  return toWitaIso(Date.UTC(year, month, day) + timeOfDay - WITA_OFFSET_MS);
}

/** An instant as ISO 8601 in WITA, e.g. 2026-04-15T00:00:00+08:00 (milliseconds only when not zero). */
export function toWitaIso(instant: string | Date | number): string {
  const wall = new Date(new Date(instant).getTime() + WITA_OFFSET_MS).toISOString();
  return wall.replace(/(\.000)?Z$/, WITA_OFFSET);
}

/** Midnight (or `time`) WITA on a calendar day; month 13 is January of the next year. */
function witaInstant(year: number, month: number, day: number, time = '00:00'): string {
  const [hours, minutes] = time.split(':').map(Number);
  return toWitaIso(Date.UTC(year, month - 1, day, hours, minutes) - WITA_OFFSET_MS);
}

/** A rule-set day such as 31 January 23:59, clamped to the month's last day (29 February in other years is the 28th). */
function dayOfYearInstant(year: number, d: DayOfYear): string {
  return witaInstant(year, d.month, Math.min(d.day, daysInMonth(year, d.month)), d.time);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
