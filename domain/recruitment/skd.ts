// SKD (basic competency exam) of one applicant: is the result row valid, and did it meet the passing grade
// of the applicant's formation type (RULES.md 1.2). Reasons are written for an HR officer: 'TIU 75 < 80'.
import {
  skdSubtests,
  type CpnsRuleSet,
  type FormationType,
  type ScoreRange,
  type SkdPassingKey,
  type SkdSubtest,
} from './rule-sets';

export type SkdScores = Record<SkdSubtest, number>;

export const skdLabels: Record<SkdPassingKey, string> = {
  twk: 'TWK',
  tiu: 'TIU',
  tkp: 'TKP',
  total: 'Total SKD',
};

/** Why one CAT score is not a possible result of its part; empty when it is. */
function scoreProblems(label: string, value: number, range: ScoreRange): string[] {
  if (!Number.isFinite(value)) return [`${label} is not a number`];
  const problems: string[] = [];
  if (value < range.min) problems.push(`${label} ${value} is below the lowest possible score ${range.min}`);
  if (value > range.max) problems.push(`${label} ${value} is above the highest possible score ${range.max}`);
  if (!Number.isInteger(value / range.multipleOf)) {
    const step = range.multipleOf === 1 ? 'a whole number' : `a multiple of ${range.multipleOf}`;
    problems.push(`${label} ${value} is not ${step}`);
  }
  return problems;
}

/** Problems per part of one CAT result row (SKD sub-tests, PPPK parts); an empty object means valid. */
export function rowProblems<K extends string>(
  parts: readonly K[],
  scores: Record<K, number>,
  ranges: Record<K, ScoreRange>,
  labels: Record<K, string>,
): Partial<Record<K, string[]>> {
  const problems: Partial<Record<K, string[]>> = {};
  for (const part of parts) {
    const found = scoreProblems(labels[part], scores[part], ranges[part]);
    if (found.length > 0) problems[part] = found;
  }
  return problems;
}

/** Problems per sub-test of one SKD row; an empty object means the row is valid. */
export function validateSkdScores(
  scores: SkdScores,
  ruleSet: CpnsRuleSet,
): Partial<Record<SkdSubtest, string[]>> {
  return rowProblems(skdSubtests, scores, ruleSet.skd.subtests, skdLabels);
}

export function skdTotal(scores: SkdScores): number {
  return skdSubtests.reduce((sum, s) => sum + scores[s], 0);
}

export interface SkdOutcome {
  passed: boolean;
  total: number;
  /** Each passing grade the row missed, e.g. 'TIU 75 < 80'; empty when passed. */
  reasons: string[];
}

/**
 * Pass or fail against the passing grade of the formation type: formasi umum needs every sub-test, special
 * formations the total plus their TIU minimum. Throws on an invalid row: validate rows before ranking them.
 */
export function skdOutcome(
  scores: SkdScores,
  formationType: FormationType,
  ruleSet: CpnsRuleSet,
): SkdOutcome {
  const problems = Object.values(validateSkdScores(scores, ruleSet)).flat();
  if (problems.length > 0) throw new RangeError(`invalid SKD result: ${problems.join('; ')}`);
  const total = skdTotal(scores);
  const values: Record<SkdPassingKey, number> = { ...scores, total };
  const reasons = (Object.entries(ruleSet.skd.passing[formationType]) as [SkdPassingKey, number][])
    .filter(([key, min]) => values[key] < min)
    .map(([key, min]) => `${skdLabels[key]} ${values[key]} < ${min}`);
  return { passed: reasons.length === 0, total, reasons };
}
