// Credit points (angka kredit, AK) that a functional position earns from its predikat (RULES 2.5):
// annual AK = percentage × yearly coefficient; periodic AK = months / 12 × percentage × coefficient.
import type { FunctionalGrade } from '../org/schemas';
import type { AppraisalRules, Predikat } from './rule-sets';

const MONTHS_PER_YEAR = 12;
const PERCENT = 100;

/** Annual AK, e.g. Sangat Baik as Ahli Muda: 150% × 25 = 37.5. */
export function annualCreditPoints(
  predikat: Predikat,
  grade: FunctionalGrade,
  rules: AppraisalRules,
): number {
  return periodicCreditPoints(predikat, grade, MONTHS_PER_YEAR, rules);
}

/** AK for a period of `months` (1..12), e.g. a quarter rated Baik as Ahli Pertama: 3/12 × 100% × 12.5 = 3.125. */
export function periodicCreditPoints(
  predikat: Predikat,
  grade: FunctionalGrade,
  months: number,
  rules: AppraisalRules,
): number {
  if (!Number.isInteger(months) || months < 1 || months > MONTHS_PER_YEAR) {
    throw new RangeError(`months must be a whole number from 1 to ${MONTHS_PER_YEAR}, got ${months}`);
  }
  const { percentage, coefficient, decimals } = rules.creditPoints;
  // Multiply first, divide once: keeps exact values exact (3 × 150 × 12.5 / 1200 = 4.6875).
  const exact = (months * percentage[predikat] * coefficient[grade]) / (MONTHS_PER_YEAR * PERCENT);
  return roundTo(exact, decimals);
}

/** Half away from zero at `decimals`, through the decimal string so that 1.0005 rounds to 1.001. */
function roundTo(value: number, decimals: number): number {
  const shift = (x: number, by: number) => {
    const [mantissa, exponent = '0'] = String(x).split('e');
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  return shift(Math.round(shift(value, decimals)), -decimals);
}
