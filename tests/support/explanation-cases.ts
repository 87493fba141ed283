// The facts of each stage's outcome for tests, gathered as the SKD fan-out and the ranking activities
// gather them (domain/recruitment/explanation-facts.ts), from rows with real numbers of the 2024 rule
// sets: the explanations' unit tests and the status page's tests share them.
import {
  absentFinalFacts,
  cpnsFinalFacts,
  createSkbCutLine,
  pppkFinalFacts,
  skbCutFacts,
  withNeighbours,
  type FinalFacts,
  type Placed,
  type SkbCutFacts,
} from '../../domain/recruitment/explanation-facts';
import {
  competencyComparator,
  createFinalCut,
  createSkbCut,
  finalComparator,
  finalScore,
  skdComparator,
  type CompetencyRanked,
  type FinalRanked,
  type SkdRanked,
} from '../../domain/recruitment/ranking';
import { cpns2024, pppk2024, type CpnsRuleSet } from '../../domain/recruitment/rule-sets';

export const formation = 'Pranata Komputer Ahli Pertama';

// ---- The cut to SKB ----

export const skdRow = (twk: number, tiu: number, tkp: number): SkdRanked => ({
  skd: { twk, tiu, tkp, total: twk + tiu + tkp },
});

/** As the ranking activity does: the line from a first read, then each candidate's facts in rank order. */
export function cutOf(rows: SkdRanked[], vacancies: number, rules: CpnsRuleSet = cpns2024): SkbCutFacts[] {
  const sorted = [...rows].sort(skdComparator(rules));
  const line = createSkbCutLine(vacancies, rules);
  for (const row of sorted) if (!line.offer(row)) break;
  const result = line.result(sorted.length);
  const cut = createSkbCut(vacancies, rules);
  return sorted.map((row) => skbCutFacts(row, cut.offer(row), result, formation, rules));
}

/** 41 passers for 3 vacancies: 8 clear of the line, three equal on every key at 9th, then the rest. */
export function pranataKomputer(): SkdRanked[] {
  const rows = Array.from({ length: 8 }, (_, i) => skdRow(120, 140 - 5 * i, 200));
  rows.push(skdRow(100, 100, 150), skdRow(100, 100, 150), skdRow(100, 100, 150));
  rows.push(skdRow(105, 100, 145)); // total 350 as the line, TKP 145 under 150
  for (let i = 0; i < 29; i++) rows.push(skdRow(90, 90, 120 - i));
  return rows;
}

// ---- The final ranking ----

export function finalist(
  [twk, tiu, tkp]: [number, number, number],
  skb: number,
  gpa = 3.5,
  birthDate = '1996-01-01',
  rules = cpns2024,
): FinalRanked & { skb: { score: number } } {
  const total = twk + tiu + tkp;
  return {
    skd: { twk, tiu, tkp, total },
    skb: { score: skb },
    final: { score: finalScore(total, skb, rules) },
    education: { gpa },
    birthDate,
  };
}

/** As the ranking activity does: sorted, cut at the vacancies, each candidate with their neighbours. */
export async function finalOf<R>(
  rows: R[],
  vacancies: number,
  compare: (a: R, b: R) => number,
  factsOf: (p: Placed<R>, f: { title: string; vacancies: number; candidates: number }) => FinalFacts,
  absent = 0,
): Promise<FinalFacts[]> {
  const sorted = [...rows].sort(compare);
  const cut = createFinalCut(vacancies, compare);
  const f = { title: formation, vacancies, candidates: rows.length + absent };
  const out: FinalFacts[] = [];
  const placed = sorted.map((row) => ({ row, ...cut.offer(row) }));
  for await (const { item, above, below } of withNeighbours(placed)) {
    const near = (n: typeof above) => n && { row: n.row, rank: n.rank };
    out.push(factsOf({ ...item, above: near(above), below: near(below) }, f));
  }
  for (let i = 1; i <= absent; i++) out.push(absentFinalFacts('CPNS', rows.length + i, f));
  return out;
}
export const cpnsFinal = (
  rows: ReturnType<typeof finalist>[],
  vacancies: number,
  rules = cpns2024,
  absent = 0,
) => finalOf(rows, vacancies, finalComparator(rules), (p, f) => cpnsFinalFacts(p, f, rules), absent);

// ---- PPPK ----

export const pppkRow = (
  technical: number,
  managerial: number,
  interview: number,
  birthDate = '1990-01-01',
): CompetencyRanked => ({
  competency: { technical, managerial, interview, total: technical + managerial + interview },
  birthDate,
});
export const pppkFinal = (rows: CompetencyRanked[], vacancies: number) =>
  finalOf(rows, vacancies, competencyComparator(pppk2024), (p, f) => pppkFinalFacts(p, f, pppk2024));
