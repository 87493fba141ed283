// The counting rules of PP 94/2021 as pure functions: the days that count (unexcused working days plus
// accumulated lateness and early leaving converted at the rule set's rate), the band a count falls in,
// the longest run of unexcused working days (weekends and holidays are not working days, so they neither
// break nor lengthen a run), which case a count opens, and the TPP cut in force in a month.
import type { AttendanceRuleSet, DisciplineBand } from './rule-sets';

export interface YearCount {
  /** Working days so far with no presence and no approved excuse (tanpa keterangan). */
  unexcusedDays: number;
  lateMinutes: number;
  earlyMinutes: number;
  /** The longest run of consecutive unexcused working days. */
  longestRun: number;
}

/** Lateness and early leaving together, as whole days (the rest carries no day). */
export function lateDays(c: Pick<YearCount, 'lateMinutes' | 'earlyMinutes'>, rules: AttendanceRuleSet) {
  return Math.floor((c.lateMinutes + c.earlyMinutes) / rules.minutesPerDay);
}

/** The days PP 94/2021 counts: unexcused days plus converted lateness and early leaving. */
export function disciplineDays(c: YearCount, rules: AttendanceRuleSet): number {
  return c.unexcusedDays + lateDays(c, rules);
}

/** The band `days` falls in, or undefined below the first (fewer than 3 days). */
export function bandOf(days: number, rules: AttendanceRuleSet): DisciplineBand | undefined {
  return rules.bands.find((b) => days >= b.min && (b.max === null || days <= b.max));
}

/**
 * The longest run of unexcused working days: `workingDays` in order, `covered` the ones with presence
 * or an approved excuse. Non-working days are not in the list, so a run goes on across them.
 */
export function longestUnexcusedRun(workingDays: readonly string[], covered: (date: string) => boolean) {
  let best = 0;
  let run = 0;
  for (const d of workingDays) {
    run = covered(d) ? 0 : run + 1;
    if (run > best) best = run;
  }
  return best;
}

/**
 * The case a count calls for: the band of its days, or the consecutive-days rule when the longest run
 * reaches it (that band is the heaviest, so it wins). Undefined below every band.
 */
export function caseBandFor(
  c: YearCount,
  rules: AttendanceRuleSet,
): { code: string; days: number } | undefined {
  const days = disciplineDays(c, rules);
  if (c.longestRun >= rules.consecutiveDays.days) return { code: rules.consecutiveDays.band, days };
  const band = bandOf(days, rules);
  return band ? { code: band.code, days } : undefined;
}

/** The heaviness of a band code, to tell whether a new count reaches past the cases already open. */
export function bandRank(code: string, rules: AttendanceRuleSet): number {
  if (code === rules.consecutiveDays.band) return rules.bands.length;
  return rules.bands.findIndex((b) => b.code === code);
}

/** `YYYY-MM` plus `n` months. */
export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The months a TPP cut decided in `decidedMonth` is in force: from the next month, for `months` [C: the
 * decision letter names its start; the month after the decision is the usual practice]. */
export function tppCutMonths(decidedMonth: string, months: number): { from: string; to: string } {
  return { from: addMonths(decidedMonth, 1), to: addMonths(decidedMonth, months) };
}

export interface SanctionInForce {
  caseId: string;
  percent: number;
  from: string;
  to: string;
}

/** The cut of the TPP in `month` (the largest of the sanctions in force; they do not add up), and which. */
export function tppCutIn(month: string, sanctions: readonly SanctionInForce[]) {
  const inForce = sanctions.filter((s) => s.from <= month && month <= s.to);
  const top = inForce.sort((a, b) => b.percent - a.percent)[0];
  return top ? { percent: top.percent, caseId: top.caseId, from: top.from, to: top.to } : null;
}
