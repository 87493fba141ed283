// Ranking within a formation (RULES.md 1.3-1.5, 1.7): comparators and their equivalent MongoDB sort specs built
// from the same key list, streaming cuts that consume rows the database already sorted (so no ranking is ever
// held in memory), the SKB weighted score and the final integrated score.
//
// Expected document shape (paths used by the sort specs and read by the comparators):
//   { skd: { twk, tiu, tkp, total }, final: { score }, education: { gpa }, birthDate: 'YYYY-MM-DD',
//     competency: { technical, managerial, interview, total } }
import {
  competencyParts,
  skdMaxTotal,
  type Checked,
  type CompetencyPart,
  type CpnsRuleSet,
  type PppkRuleSet,
  type SkbComponentKind,
} from './rule-sets';
import { rowProblems, type SkdScores } from './skd';

export type Comparator<R> = (a: R, b: R) => number;
export type MongoSortSpec = Record<string, 1 | -1>;

/** One ranking key: a document path and its direction (-1 higher first, 1 lower first). */
export interface SortKey {
  path: string;
  order: 1 | -1;
}

/** The value a ranking key reads from a row. */
export function valueAt(row: unknown, path: string): number | string {
  const value = path
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], row);
  if (typeof value !== 'number' && typeof value !== 'string')
    throw new TypeError(`a ranked row has no ${path}`);
  return value;
}

/** The first key on which two rows differ (what put one before the other), or undefined when equal on all. */
export function firstDifference(keys: SortKey[], a: unknown, b: unknown): SortKey | undefined {
  return keys.find(({ path }) => valueAt(a, path) !== valueAt(b, path));
}

/** Negative when `a` ranks before `b`, 0 when they are equal on every key. */
function comparatorOf<R>(keys: SortKey[]): Comparator<R> {
  const getters = keys.map(({ path, order }) => ({ get: (row: R) => valueAt(row, path), order }));
  return (a, b) => {
    for (const { get, order } of getters) {
      const x = get(a);
      const y = get(b);
      if (x < y) return -order;
      if (x > y) return order;
    }
    return 0;
  };
}

/** The same order for the database, with `_id` last so that a cursor's order is stable between runs. */
function sortSpecOf(keys: SortKey[]): MongoSortSpec {
  return { ...Object.fromEntries(keys.map((k) => [k.path, k.order])), _id: 1 };
}

// ---- (1) SKD ranking ----

export interface SkdRanked {
  skd: SkdScores & { total: number };
}

/** SKD total, then the rule set's sub-test order: the keys of the SKB cut. */
export function skdKeys(ruleSet: CpnsRuleSet): SortKey[] {
  return [
    { path: 'skd.total', order: -1 },
    ...ruleSet.skd.tieBreak.map((s) => ({ path: `skd.${s}`, order: -1 as const })),
  ];
}

/** SKD total, then the rule set's sub-test order (TKP, TIU, TWK in 2024), higher first. */
export function skdComparator(ruleSet: CpnsRuleSet): Comparator<SkdRanked> {
  return comparatorOf(skdKeys(ruleSet));
}

/** e.g. `{ 'skd.total': -1, 'skd.tkp': -1, 'skd.tiu': -1, 'skd.twk': -1, _id: 1 }`. */
export function skdSortSpec(ruleSet: CpnsRuleSet): MongoSortSpec {
  return sortSpecOf(skdKeys(ruleSet));
}

// ---- (2) Streaming cuts: rows arrive best-first; rank is the 1-based position in the stream ----

function assertVacancies(vacancies: number): void {
  if (!Number.isInteger(vacancies) || vacancies < 1)
    throw new RangeError(`vacancies must be a positive whole number, got ${vacancies}`);
}

function createCut<R>(limit: number, compare: Comparator<R> | undefined, tiesAtLimitPass: boolean) {
  let rank = 0;
  let previous: { row: R; inside: boolean } | undefined;
  return (row: R): { rank: number; inside: boolean } => {
    const order = previous && compare ? compare(previous.row, row) : undefined;
    if (order !== undefined && order > 0)
      throw new Error(`rows must be offered best-first: row ${rank + 1} ranks above row ${rank}`);
    rank += 1;
    const inside = rank <= limit || (tiesAtLimitPass && previous?.inside === true && order === 0);
    previous = { row, inside };
    return { rank, inside };
  };
}

/**
 * The cut to SKB within one formation. Offer the applicants who passed SKD, sorted by `skdSortSpec`: the
 * first multiplier × vacancies advance, then everyone still equal on every key with the last one inside.
 */
export function createSkbCut(vacancies: number, ruleSet: CpnsRuleSet) {
  assertVacancies(vacancies);
  const next = createCut(ruleSet.skbCutMultiplier * vacancies, skdComparator(ruleSet), true);
  return {
    offer(row: SkdRanked): { rank: number; advances: boolean } {
      const { rank, inside } = next(row);
      return { rank, advances: inside };
    },
  };
}

/** The SKB cut over an array (sorted here), for small formations and tests. */
export function skbCut<R extends SkdRanked>(rows: R[], vacancies: number, ruleSet: CpnsRuleSet) {
  const cut = createSkbCut(vacancies, ruleSet);
  return [...rows].sort(skdComparator(ruleSet)).map((row) => ({ row, ...cut.offer(row) }));
}

/**
 * The final cut within one formation (CPNS or PPPK): the first `vacancies` pass (P/L); the rest do not pass
 * and keep their rank for optimalisasi. With `compare`, rows offered out of order are refused.
 */
export function createFinalCut<R>(vacancies: number, compare?: Comparator<R>) {
  assertVacancies(vacancies);
  const next = createCut(vacancies, compare, false);
  return {
    offer(row: R): { rank: number; passed: boolean } {
      const { rank, inside } = next(row);
      return { rank, passed: inside };
    },
  };
}

// ---- (3) SKB weighted score ----

export interface SkbComponent {
  code: string;
  name: string;
  kind: SkbComponentKind;
  weight: number;
}

const kindWords: Record<SkbComponentKind, string> = {
  cat: 'CAT',
  psychological: 'psychological test',
  practical: 'practical test',
  interview: 'interview',
  other: 'other',
};

/** A sum of weights as people write it (0.4, not 0.30000000000000004 + 0.1). */
const show = (n: number) => String(Number(n.toPrecision(12)));

function skbWeightProblems(components: SkbComponent[], ruleSet: CpnsRuleSet): string[] {
  const { minCatWeight, maxExtraWeight, forbiddenComponentKinds } = ruleSet.skb;
  const tolerance = ruleSet.weightTolerance;
  if (components.length === 0) return ['SKB needs at least one component'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of components) {
    if (seen.has(c.code)) problems.push(`component code ${c.code} is used more than once`);
    seen.add(c.code);
    if (!(c.weight > 0)) problems.push(`${c.name}: weight ${c.weight} must be above 0`);
    if (forbiddenComponentKinds.includes(c.kind)) {
      problems.push(`${c.name}: a regional agency may not use an SKB component of kind ${kindWords[c.kind]}`);
    }
  }
  const sum = (list: SkbComponent[]) => list.reduce((s, c) => s + c.weight, 0);
  const cat = sum(components.filter((c) => c.kind === 'cat'));
  const extra = sum(components.filter((c) => c.kind !== 'cat'));
  if (cat < minCatWeight - tolerance)
    problems.push(`the CAT part weighs ${show(cat)}, below the minimum ${minCatWeight}`);
  if (extra > maxExtraWeight + tolerance) {
    problems.push(`the extra components weigh ${show(extra)} together, above the maximum ${maxExtraWeight}`);
  }
  if (Math.abs(cat + extra - 1) > tolerance)
    problems.push(`the weights add up to ${show(cat + extra)}, not 1`);
  return problems;
}

/**
 * Checks a cycle's SKB components once against the rule set; when they are valid, returns the function that
 * scores one applicant's row (component code → score) as the weighted sum.
 */
export function skbScorer(
  components: SkbComponent[],
  ruleSet: CpnsRuleSet,
): Checked<(scores: Record<string, number>) => Checked<number>> {
  const problems = skbWeightProblems(components, ruleSet);
  if (problems.length > 0) return { ok: false, reasons: problems };
  const { min, max } = ruleSet.skb.componentScore;
  const codes = new Set(components.map((c) => c.code));
  return {
    ok: true,
    value: (scores) => {
      const reasons = components.flatMap((c) => {
        // Own properties only: a code such as `toString` must not read Object.prototype.
        const v = Object.hasOwn(scores, c.code) ? scores[c.code] : undefined;
        if (v === undefined) return [`${c.name}: score missing`];
        return Number.isFinite(v) && v >= min && v <= max
          ? []
          : [`${c.name}: score ${v} is outside ${min}..${max}`];
      });
      reasons.push(
        ...Object.keys(scores)
          .filter((code) => !codes.has(code))
          .map((code) => `score for unknown component ${code}`),
      );
      if (reasons.length > 0) return { ok: false, reasons };
      const weighted = components.reduce((s, c) => s + c.weight * scores[c.code]!, 0);
      return { ok: true, value: roundTo(weighted, ruleSet.skb.decimals) };
    },
  };
}

// ---- (4) Final integrated score ----

const SIGNIFICANT_DIGITS = 15; // what a double holds; trims 1000.4999999999999 back to 1000.5 before rounding

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(Number((value * f).toPrecision(SIGNIFICANT_DIGITS))) / f;
}

/** skdWeight × (SKD total / max total × scale) + skbWeight × SKB, rounded per the rule set. */
export function finalScore(skdTotal: number, skb: number, ruleSet: CpnsRuleSet): number {
  const maxTotal = skdMaxTotal(ruleSet);
  const { min, max } = ruleSet.skb.componentScore;
  if (!(skdTotal >= 0 && skdTotal <= maxTotal))
    throw new RangeError(`SKD total ${skdTotal} is outside 0..${maxTotal}`);
  if (!(skb >= min && skb <= max)) throw new RangeError(`SKB ${skb} is outside ${min}..${max}`);
  const { skdWeight, skbWeight, skdScale, decimals } = ruleSet.final;
  return roundTo(skdWeight * ((skdTotal / maxTotal) * skdScale) + skbWeight * skb, decimals);
}

// ---- (5) Final ranking ----

export interface FinalRanked extends SkdRanked {
  final: { score: number };
  education: { gpa: number };
  /** 'YYYY-MM-DD': earlier sorts first, so the older applicant wins the last tie. */
  birthDate: string;
}

const older: SortKey = { path: 'birthDate', order: 1 };

/** Final score, then the final tie-break levels expanded to keys. */
export function finalKeys(ruleSet: CpnsRuleSet): SortKey[] {
  const levels: Record<(typeof ruleSet.final.tieBreak)[number], SortKey[]> = {
    skdTotal: [{ path: 'skd.total', order: -1 }],
    skdSubtests: ruleSet.skd.tieBreak.map((s) => ({ path: `skd.${s}`, order: -1 })),
    gpa: [{ path: 'education.gpa', order: -1 }],
    age: [older],
  };
  return [{ path: 'final.score', order: -1 }, ...ruleSet.final.tieBreak.flatMap((level) => levels[level])];
}

/** Final score, then SKD total, TKP/TIU/TWK, higher GPA, older applicant (as the rule set orders them). */
export function finalComparator(ruleSet: CpnsRuleSet): Comparator<FinalRanked> {
  return comparatorOf(finalKeys(ruleSet));
}

export function finalSortSpec(ruleSet: CpnsRuleSet): MongoSortSpec {
  return sortSpecOf(finalKeys(ruleSet));
}

// ---- (6) PPPK competency test: no passing grade, rank by total within the formation ----

export type CompetencyScores = Record<CompetencyPart, number>;

export const competencyLabels: Record<CompetencyPart, string> = {
  technical: 'Technical',
  managerial: 'Managerial and socio-cultural',
  interview: 'Interview',
};

export function validateCompetencyScores(
  scores: CompetencyScores,
  ruleSet: PppkRuleSet,
): Partial<Record<CompetencyPart, string[]>> {
  return rowProblems(competencyParts, scores, ruleSet.competency.parts, competencyLabels);
}

export function competencyTotal(scores: CompetencyScores): number {
  return competencyParts.reduce((sum, p) => sum + scores[p], 0);
}

export interface CompetencyRanked {
  competency: CompetencyScores & { total: number };
  birthDate: string;
}

/** PPPK total, then its tie-break levels. */
export function competencyKeys(ruleSet: PppkRuleSet): SortKey[] {
  const level = (l: PppkRuleSet['competency']['tieBreak'][number]): SortKey =>
    l === 'age' ? older : { path: `competency.${l}`, order: -1 };
  return [{ path: 'competency.total', order: -1 }, ...ruleSet.competency.tieBreak.map(level)];
}

/** Total, then technical, managerial + socio-cultural, interview, older applicant (as the rule set orders them). */
export function competencyComparator(ruleSet: PppkRuleSet): Comparator<CompetencyRanked> {
  return comparatorOf(competencyKeys(ruleSet));
}

export function competencySortSpec(ruleSet: PppkRuleSet): MongoSortSpec {
  return sortSpecOf(competencyKeys(ruleSet));
}
