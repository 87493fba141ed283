// Time as data: ISO 8601 durations and instants, rendered in WITA (Kota Kupang). No clock here:
// callers pass "now" in, so workflows can use Temporal's deterministic time and tests any time.
import { z } from 'zod';
import type { Language } from './language';

export const WITA = 'Asia/Makassar';

/** The calendar year in WITA at an instant (1 January starts at 00:00 WITA, 16:00 UTC the day before). */
export function yearInWita(instant: Date | number): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: WITA }).format(instant));
}

/** The calendar date in WITA at an instant, as YYYY-MM-DD. */
export function dateInWita(instant: Date | number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: WITA }).format(instant);
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds of an ISO 8601 duration made of weeks, days, hours, minutes and seconds (`P3D`, `PT5S`,
 * `P1DT12H`). Years and months are refused because their length depends on the calendar.
 */
export function durationMs(iso: string): number {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T'))
    throw new Error(`not an ISO 8601 duration of weeks/days/time: ${iso}`);
  const [, w, d, h, min, s] = m;
  const n = (v: string | undefined) => (v ? Number(v) : 0);
  return ((((n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(min)) * 60 + n(s)) * 1000;
}

const DURATION_MAX_LENGTH = 40;
const durationMessage =
  'must be a positive ISO 8601 duration such as P3D or PT5S (weeks, days, hours, minutes, seconds)';

/** A positive duration of weeks/days/time; `durationWithin` adds the bounds a rule gives it. */
/** Milliseconds of a valid duration, else undefined (the schema reports it once, not each check). */
function validMs(iso: string): number | undefined {
  if (iso.length > DURATION_MAX_LENGTH) return undefined;
  try {
    return durationMs(iso);
  } catch {
    return undefined;
  }
}

/** A positive duration of weeks/days/time; `durationWithin` adds the bounds a rule gives it. */
export const durationSchema = z
  .string()
  .refine((v) => (validMs(v) ?? 0) > 0, { error: durationMessage })
  // What the refinement accepts, shown in the OpenAPI document (clients and the fuzz run read it there).
  .meta({
    pattern: '^P([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?$',
    maxLength: DURATION_MAX_LENGTH,
    example: 'P3D',
  });

/** The shortest and longest a duration may be, and why (the message tells HR what to change). */
export interface DurationBounds {
  min: string;
  max: string;
  why: string;
}

/** A duration within its bounds: a timer must fit Temporal and a Date, and a window must make sense. */
export function durationWithin(b: DurationBounds) {
  return durationSchema.refine(
    (v) => {
      const ms = validMs(v);
      return !ms || (ms >= durationMs(b.min) && ms <= durationMs(b.max));
    },
    { error: `must be between ${b.min} and ${b.max} (${b.why})` },
  );
}

/** Instants this system may plan with: a date outside these years is a typing error, not a deadline. */
export const INSTANT_YEARS = { min: 2000, max: 2100 } as const;

/** An instant written as ISO 8601 with an explicit offset or Z, e.g. 2026-01-31T23:59:00+08:00. */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 instant with offset' })
  .refine(
    (v) => {
      const year = new Date(v).getUTCFullYear();
      return Number.isNaN(year) || (year >= INSTANT_YEARS.min && year <= INSTANT_YEARS.max);
    },
    { error: `must be an instant in the years ${INSTANT_YEARS.min} to ${INSTANT_YEARS.max}` },
  );

/** "Senin, 5 Januari 2026 pukul 09.00 WITA" / "Monday, 5 January 2026 at 09:00 WITA". */
export function formatInstant(instant: string | Date | number, lang: Language): string {
  const date = new Date(instant);
  const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: WITA,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${fmt.format(date)} WITA`;
}

/** Adds an ISO duration to an instant. */
export function addDuration(instant: string | Date | number, iso: string): Date {
  return new Date(new Date(instant).getTime() + durationMs(iso));
}

/** "2 hari 3 jam" / "2 days 3 hours": how long until a deadline, to the two largest units. */
export function formatTimeLeft(ms: number, lang: Language): string {
  const units = [
    { ms: 86_400_000, id: 'hari', en: ['day', 'days'] },
    { ms: 3_600_000, id: 'jam', en: ['hour', 'hours'] },
    { ms: 60_000, id: 'menit', en: ['minute', 'minutes'] },
  ] as const;
  const parts: string[] = [];
  let rest = Math.max(0, ms);
  for (const u of units) {
    const n = Math.floor(rest / u.ms);
    rest -= n * u.ms;
    if (n > 0 || parts.length > 0)
      parts.push(lang === 'id' ? `${n} ${u.id}` : `${n} ${u.en[n === 1 ? 0 : 1]}`);
    if (parts.length === 2) break;
  }
  const shown = parts.filter((p) => !p.startsWith('0 '));
  if (shown.length === 0) return lang === 'id' ? 'kurang dari 1 menit' : 'less than a minute';
  return shown.join(' ');
}
