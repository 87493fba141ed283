// The predikat of an employee from the two ratings (RULES 2.3), and comparisons by the predikat order,
// so that "at least Baik" is written once and reads the same everywhere.
import {
  appraisalRuleSets,
  defaultAppraisalRuleSetId,
  type AppraisalRules,
  type Predikat,
  type RatingLevel,
  type UnitResult,
} from './rule-sets';

/** The cell of the matrix: row Rating Hasil Kerja, column Rating Perilaku Kerja. */
export function predikat(
  hasilKerja: RatingLevel,
  perilakuKerja: RatingLevel,
  rules: AppraisalRules,
): Predikat {
  return rules.matrix[hasilKerja][perilakuKerja];
}

type Order = Pick<AppraisalRules, 'predikatOrder'>;
const baseOrder: Order = appraisalRuleSets[defaultAppraisalRuleSetId];

/** Negative when `a` is better than `b`, positive when worse, 0 when equal (sorts best first). */
export function comparePredikat(a: Predikat, b: Predikat, rules: Order = baseOrder): number {
  return rules.predikatOrder.indexOf(a) - rules.predikatOrder.indexOf(b);
}

/** `atLeast('sangat-baik', 'baik')` is true; `atLeast('butuh-perbaikan', 'baik')` is false. */
export function atLeast(p: Predikat, minimum: Predikat, rules: Order = baseOrder): boolean {
  return comparePredikat(p, minimum, rules) <= 0;
}

/** Strictly worse than `threshold`. */
export function below(p: Predikat, threshold: Predikat, rules: Order = baseOrder): boolean {
  return !atLeast(p, threshold, rules);
}

/**
 * The head of a unit gets the unit's own result as their Rating Hasil Kerja (RULES 2.3): Istimewa is above
 * expectation, Baik as expected, and Butuh Perbaikan, Kurang and Sangat Kurang below it.
 */
export function unitHeadHasilKerja(result: UnitResult): RatingLevel {
  if (result === 'istimewa') return 'di-atas';
  if (result === 'baik') return 'sesuai';
  return 'di-bawah';
}
