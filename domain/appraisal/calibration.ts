// Checks a unit's distribution of predikat against the bounds its unit result sets (SE MenPANRB 3/2023,
// RULES 2.4), so that a unit's results cannot be finalised while a bound is broken, and HR learns which
// bound and by how many people.
//
// Shares become whole people as follows, with n the number of staff rated:
// - "at most s%" allows floor(s·n) people (at most 70% of 9 allows 6);
// - "at least s%" needs ceil(s·n) people (at least 60% of 9 needs 6), so "at least 10%" needs at least one
//   person as soon as the unit has staff;
// - a unit with no staff rated has nothing to calibrate and passes.
// Small units may be unable to meet every bound at once (a unit of one under unit result Kurang needs one
// Kurang/Misconduct and one Butuh Perbaikan): each broken bound is reported, and HR decides (an override).
import {
  predikatNames,
  type AppraisalRules,
  type CalibrationConstraint,
  type Predikat,
  type UnitResult,
} from './rule-sets';

export type PredikatCounts = Partial<Record<Predikat, number>>;

export interface CalibrationViolation {
  /** The bound in words, e.g. "at most 70% Sangat Baik". */
  rule: string;
  constraint: CalibrationConstraint;
  /** People who have the predikat the bound counts. */
  actual: number;
  /** People the bound allows (at most) or needs (at least). */
  limit: number;
  /** How many people must move to another predikat for this bound to hold. */
  byPeople: number;
}

export interface CalibrationResult {
  ok: boolean;
  staff: number;
  violations: CalibrationViolation[];
}

export function checkCalibration(
  unitResult: UnitResult,
  staff: PredikatCounts | readonly Predikat[],
  rules: AppraisalRules,
): CalibrationResult {
  const counts = toCounts(staff);
  const n = Object.values(counts).reduce((sum, c) => sum + (c ?? 0), 0);
  if (n === 0) return { ok: true, staff: 0, violations: [] };
  const constraints = rules.calibration[unitResult];
  const violations = constraints.flatMap((c) => {
    const v = evaluate(c, constraints, counts, n);
    return v && v.byPeople > 0 ? [v] : [];
  });
  return { ok: violations.length === 0, staff: n, violations };
}

function evaluate(
  c: CalibrationConstraint,
  all: CalibrationConstraint[],
  counts: PredikatCounts,
  n: number,
): CalibrationViolation {
  const count = (set: readonly Predikat[]) => set.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
  const names = c.predikat.map((p) => predikatNames[p]).join(' or ');
  const actual = count(c.predikat);
  switch (c.kind) {
    case 'max-share': {
      const limit = Math.floor(people(c.share, n));
      return {
        rule: `at most ${percent(c.share)} ${names}`,
        constraint: c,
        actual,
        limit,
        byPeople: actual - limit,
      };
    }
    case 'min-share': {
      const limit = Math.ceil(people(c.share, n));
      return {
        rule: `at least ${percent(c.share)} ${names}`,
        constraint: c,
        actual,
        limit,
        byPeople: limit - actual,
      };
    }
    case 'min-count':
      return {
        rule: `at least ${c.count} ${names}`,
        constraint: c,
        actual,
        limit: c.count,
        byPeople: c.count - actual,
      };
    case 'none':
      return { rule: `no ${names}`, constraint: c, actual, limit: 0, byPeople: actual };
    case 'rest-only': {
      const named = new Set(all.flatMap((other) => other.predikat));
      const outside = (Object.keys(counts) as Predikat[]).filter((p) => !named.has(p));
      const rest = count(outside);
      return { rule: `the rest only ${names}`, constraint: c, actual: rest, limit: 0, byPeople: rest };
    }
  }
}

function toCounts(staff: PredikatCounts | readonly Predikat[]): PredikatCounts {
  if (Array.isArray(staff)) {
    const counts: PredikatCounts = {};
    for (const p of staff as readonly Predikat[]) counts[p] = (counts[p] ?? 0) + 1;
    return counts;
  }
  for (const [p, c] of Object.entries(staff)) {
    if (!Number.isInteger(c) || (c as number) < 0)
      throw new RangeError(`count of ${p} must be a whole number ≥ 0`);
  }
  return staff as PredikatCounts;
}

/** share × n without floating-point dust (0.1 × 30 is 3, not 3.0000000000000004). */
function people(share: number, n: number): number {
  return Math.round(share * n * 1e9) / 1e9;
}

function percent(share: number): string {
  return `${people(share, 100)}%`;
}
