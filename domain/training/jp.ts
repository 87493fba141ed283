// The arithmetic of the yearly 20 JP (RULES 3.2): minutes to JP, the sum of a year's verified records
// across kinds (classical and non-classical both count), the shortfall against the minimum, and whether
// the mid-year reminder is due for someone. Pure: "now" and the year's instants are parameters.
import { trainingKinds, type TrainingKind, type TrainingRules } from './rule-sets';

/** JP from minutes of learning, in whole hundredths (90 minutes = 2 JP; 100 minutes = 2.22 JP). */
export function minutesToJp(minutes: number, rules: TrainingRules): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be ≥ 0: ${minutes}`);
  return Math.floor((minutes / rules.jpMinutes) * 100) / 100;
}

export interface JpEntry {
  kind: TrainingKind;
  jp: number;
  status: 'pending' | 'verified' | 'rejected';
}

export interface JpTotal {
  /** Verified JP of the year. */
  total: number;
  classical: number;
  nonClassical: number;
  byKind: Partial<Record<TrainingKind, number>>;
  /** Entered but not yet verified (does not count until it is). */
  pending: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The year's JP: verified records count, of any kind; pending ones are shown apart, rejected ones not. */
export function jpTotal(entries: readonly JpEntry[]): JpTotal {
  const byKind: Partial<Record<TrainingKind, number>> = {};
  let classical = 0;
  let nonClassical = 0;
  let pending = 0;
  for (const e of entries) {
    if (e.status === 'pending') pending += e.jp;
    if (e.status !== 'verified') continue;
    byKind[e.kind] = round2((byKind[e.kind] ?? 0) + e.jp);
    if (trainingKinds[e.kind].classical) classical += e.jp;
    else nonClassical += e.jp;
  }
  return {
    total: round2(classical + nonClassical),
    classical: round2(classical),
    nonClassical: round2(nonClassical),
    byKind,
    pending: round2(pending),
  };
}

/** How many JP are still missing from the yearly minimum (0 when met). */
export function shortfall(totalJp: number, rules: TrainingRules): number {
  return round2(Math.max(0, rules.yearlyJp - totalJp));
}

/** The JP one should have by mid-year to be on track. */
export const midYearTarget = (rules: TrainingRules) => round2(rules.yearlyJp * rules.midYearShare);

/**
 * Whether someone gets the mid-year reminder: from the mid-year instant on, while the year runs, with
 * fewer verified JP than the mid-year target.
 */
export function midYearReminderDue(
  input: { now: number; midYearAt: number; yearEndsAt: number; totalJp: number },
  rules: TrainingRules,
): boolean {
  const { now, midYearAt, yearEndsAt, totalJp } = input;
  return now >= midYearAt && now < yearEndsAt && totalJp < midYearTarget(rules);
}

/** An instant of `year` at 00:00 WITA of `mmdd` (WITA is UTC+8 all year: no daylight saving). */
export function witaDayStart(year: number, mmdd: string): string {
  const [m, d] = mmdd.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1, d) - 8 * 3600_000).toISOString();
}

/** The instants of a training year: its start, mid-year, its end, and when its entries close. */
export function yearCalendar(year: number, rules: TrainingRules) {
  return {
    startsAt: witaDayStart(year, '01-01'),
    midYearAt: witaDayStart(year, rules.midYear),
    endsAt: witaDayStart(year + 1, '01-01'),
    entriesCloseAt: witaDayStart(year + 1, rules.entriesCloseNextYear),
  };
}
