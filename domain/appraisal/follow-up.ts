// What an annual predikat drives (RULES 2.5): promotion eligibility, an improvement period for a result
// below expectation, and credit points for functional positions. Pure: the start of an improvement
// period is passed in.
import type { FunctionalGrade, PositionLevel } from '../org/schemas';
import { annualCreditPoints } from './credit-points';
import { addCalendarMonths } from './periods';
import { atLeast, below } from './predikat';
import { predikatNames, type AppraisalRules, type Predikat } from './rule-sets';

export interface YearPredikat {
  year: number;
  /** null when the annual predikat of that year is not known (e.g. not yet in sdm-flow). */
  predikat: Predikat | null;
}

export type PromotionEligibility =
  | { status: 'eligible'; eligible: true; years: YearPredikat[] }
  | { status: 'not-eligible'; eligible: false; years: YearPredikat[]; reason: string }
  | { status: 'unknown'; eligible: false; years: YearPredikat[]; missingYears: number[]; reason: string };

/**
 * Promotion in rank needs at least Baik as annual predikat in `year` and each earlier year the rule set asks
 * for (2 years: this one and the previous). A year below the bar makes the employee not eligible even when
 * another year is unknown; otherwise an unknown year makes the answer 'unknown', never a silent yes or no.
 */
export function promotionEligibility(
  year: number,
  annualPredikat: Partial<Record<number, Predikat>>,
  rules: AppraisalRules,
): PromotionEligibility {
  const { promotionAtLeast, promotionYears } = rules.followUp;
  const years = Array.from({ length: promotionYears }, (_, i) => ({
    year: year - i,
    predikat: annualPredikat[year - i] ?? null,
  }));
  const failing = years.filter((y) => y.predikat && !atLeast(y.predikat, promotionAtLeast, rules));
  if (failing.length > 0) {
    const which = failing.map((y) => `${y.year}: ${predikatNames[y.predikat!]}`).join(', ');
    return {
      status: 'not-eligible',
      eligible: false,
      years,
      reason: `below ${predikatNames[promotionAtLeast]} in ${which}`,
    };
  }
  const missingYears = years.filter((y) => y.predikat === null).map((y) => y.year);
  if (missingYears.length > 0) {
    const reason = `annual predikat unknown for ${missingYears.join(', ')}`;
    return { status: 'unknown', eligible: false, years, missingYears, reason };
  }
  return { status: 'eligible', eligible: true, years };
}

export type ImprovementPlan =
  { needed: false } | { needed: true; predikat: Predikat; months: number; startsAt: string; endsAt: string };

/** A predikat below Baik starts an improvement period of 6 months from `startsAt` (an ISO instant). */
export function improvementPlan(annual: Predikat, startsAt: string, rules: AppraisalRules): ImprovementPlan {
  const { improvementBelow, improvementMonths } = rules.followUp;
  if (!below(annual, improvementBelow, rules)) return { needed: false };
  if (Number.isNaN(Date.parse(startsAt))) throw new RangeError(`startsAt is not an ISO instant: ${startsAt}`);
  return {
    needed: true,
    predikat: annual,
    months: improvementMonths,
    startsAt,
    endsAt: addCalendarMonths(startsAt, improvementMonths),
  };
}

export interface Position {
  level: PositionLevel;
  functionalGrade?: FunctionalGrade | null;
}

/** Annual credit points of a functional position; null for any other position, which earns none. */
export function creditPointsFor(position: Position, annual: Predikat, rules: AppraisalRules): number | null {
  if (position.level !== 'fungsional' || !position.functionalGrade) return null;
  return annualCreditPoints(annual, position.functionalGrade, rules);
}

/** Everything an annual predikat drives, in one call for the end of an employee's appraisal year. */
export function annualFollowUp(
  input: {
    year: number;
    predikat: Predikat;
    /** Annual predikat of earlier years, by year. */
    history: Partial<Record<number, Predikat>>;
    position: Position;
    /** When an improvement period would start (usually when the annual result is final). */
    decidedAt: string;
  },
  rules: AppraisalRules,
): { promotion: PromotionEligibility; improvement: ImprovementPlan; creditPoints: number | null } {
  const { year, predikat, history, position, decidedAt } = input;
  return {
    promotion: promotionEligibility(year, { ...history, [year]: predikat }, rules),
    improvement: improvementPlan(predikat, decidedAt, rules),
    creditPoints: creditPointsFor(position, predikat, rules),
  };
}
