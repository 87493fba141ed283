// Competency development planned from the appraisal (RULES 3.2, 2.5): an annual predikat below Baik (an
// improvement period, domain/appraisal/follow-up.ts) opens a development plan item for the next year,
// which the employee, the superior and HR see (a unit's training needs, the sum of its items, are
// counted by the database: commands/training/plans.ts). Pure.
import type { Predikat } from '../appraisal/rule-sets';
import { below } from '../appraisal/predikat';
import type { TrainingRules } from './rule-sets';

/** What the appraisal read model holds of one employee's finalised year. */
export interface AppraisalOutcome {
  year: number;
  nip: string;
  unitCode: string;
  predikat: Predikat | null;
  /** The appraisal's follow-up (annualFollowUp): its improvement plan, when one was started. */
  improvement?: { needed: boolean; endsAt?: string } | null;
}

export interface PlanItem {
  /** `<planYear>/<nip>/appraisal-<year>`: one per employee and appraisal year, so a rerun changes nothing. */
  id: string;
  year: number;
  nip: string;
  unitCode: string;
  source: { kind: 'appraisal'; year: number; predikat: Predikat };
  jp: number;
  reason: 'improvement-plan' | 'below-expectation';
}

export const planItemId = (planYear: number, nip: string, appraisalYear: number) =>
  `${planYear}/${nip}/appraisal-${appraisalYear}`;

/** The plan item an appraisal outcome opens for the next year, or null when it opens none. */
export function planItemFrom(o: AppraisalOutcome, rules: TrainingRules): PlanItem | null {
  if (!o.predikat) return null;
  const improvement = !!o.improvement?.needed;
  if (!improvement && !below(o.predikat, rules.planBelow)) return null;
  const year = o.year + 1;
  return {
    id: planItemId(year, o.nip, o.year),
    year,
    nip: o.nip,
    unitCode: o.unitCode,
    source: { kind: 'appraisal', year: o.year, predikat: o.predikat },
    jp: rules.planJp,
    reason: improvement ? 'improvement-plan' : 'below-expectation',
  };
}
