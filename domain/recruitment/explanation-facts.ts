// The numbers that decided each stage's outcome, gathered where they are known (the fan-out of SKD results,
// the ranking activities) from the rows and the rule set. An explanation (explanations.ts) is then a pure
// function of these facts alone: it needs no rule set, no database, and no other candidate's personal data
// (a tie names the other candidate's rank and score, never their birth date).
import type { FinalOutcome } from './outcomes';
import {
  competencyKeys,
  competencyTotal,
  createSkbCut,
  finalKeys,
  firstDifference,
  roundTo,
  skdComparator,
  skdKeys,
  valueAt,
  type CompetencyRanked,
  type CompetencyScores,
  type FinalRanked,
  type SkdRanked,
  type SortKey,
} from './ranking';
import {
  competencyMaxTotal,
  skdMaxTotal,
  skdSubtests,
  type CompetencyPart,
  type CpnsRuleSet,
  type CycleKind,
  type FormationType,
  type PppkRuleSet,
  type SkdPassingKey,
  type SkdSubtest,
} from './rule-sets';
import { skdTotal, type SkdScores } from './skd';

export type SkdRow = SkdScores & { total: number };

// ---- SKD ----

export interface SkdFacts {
  formationType: FormationType;
  scores: SkdScores;
  total: number;
  /** The formation type's passing grades (the rule set's `skd.passing`): the total first, then by sub-test. */
  passing: { key: SkdPassingKey; min: number }[];
}

/** The candidate had no SKD score when SKD was announced. */
export interface SkdAbsence {
  absent: true;
}

export function skdFacts(scores: SkdScores, formationType: FormationType, ruleSet: CpnsRuleSet): SkdFacts {
  const grades = ruleSet.skd.passing[formationType];
  const passing = (['total', ...skdSubtests] as const).flatMap((key) =>
    grades[key] === undefined ? [] : [{ key, min: grades[key] }],
  );
  return { formationType, scores: { ...scores }, total: skdTotal(scores), passing };
}

// ---- Ties: what put one of two candidates equal on the score before the other ----

/** A level of a ranking after its score: SKD total and sub-tests, IPK, age, PPPK parts. */
export type RankLevel = 'skdTotal' | SkdSubtest | 'gpa' | 'age' | CompetencyPart;

const levelOfPath: Record<string, RankLevel> = {
  'skd.total': 'skdTotal',
  ...Object.fromEntries(skdSubtests.map((s) => [`skd.${s}`, s])),
  'education.gpa': 'gpa',
  birthDate: 'age',
  'competency.technical': 'technical',
  'competency.managerial': 'managerial',
  'competency.interview': 'interview',
};
const levelOf = (key: SortKey): RankLevel => {
  const level = levelOfPath[key.path];
  if (!level) throw new Error(`no explanation for the ranking key ${key.path}`);
  return level;
};

export interface Tie {
  /** The other candidate's rank. */
  rank: number;
  /** The levels after the score on which both are equal, in the ranking's order. */
  equalOn: RankLevel[];
  /** The level that decided; `order` when equal on every level (the database's last key, the application id). */
  decidedBy: RankLevel | 'order';
  /**
   * The values at the deciding level. Scores are public (the ranking shows them), so both are given; of the
   * GPA only the candidate's own, and of age neither: another candidate's GPA or birth date is not theirs to read.
   */
  mine?: number;
  theirs?: number;
}

/** How `mine` and `theirs` (equal on the first key, the score) were told apart; undefined if the score did. */
function tieOf(keys: SortKey[], mine: unknown, theirs: unknown, theirRank: number): Tie | undefined {
  const [score, ...levels] = keys;
  if (valueAt(mine, score!.path) !== valueAt(theirs, score!.path)) return undefined;
  const decisive = firstDifference(levels, mine, theirs);
  const at = decisive ? levels.indexOf(decisive) : levels.length;
  const tie: Tie = {
    rank: theirRank,
    equalOn: levels.slice(0, at).map(levelOf),
    decidedBy: decisive ? levelOf(decisive) : 'order',
  };
  const level = decisive && levelOf(decisive);
  if (decisive && level !== 'age') {
    tie.mine = valueAt(mine, decisive.path) as number;
    if (level !== 'gpa') tie.theirs = valueAt(theirs, decisive.path) as number;
  }
  return tie;
}

// ---- The cut to SKB ----

/** What one formation's cut came to: computed once per formation, before any candidate is told. */
export interface SkbCutLine {
  /** The formation's candidates who passed SKD, all of whom are ranked. */
  candidates: number;
  vacancies: number;
  multiplier: number;
  /** multiplier × vacancies. */
  cutSize: number;
  /** How many go on: the cut size, more when candidates tie at the line, all when fewer passed. */
  advancing: number;
  /** The candidate at the line (rank `cutSize`), when more than the cut size passed. */
  line?: SkdRow;
  /** Where the group equal to the line on every key starts, when that group goes past the cut size. */
  lineTieFrom?: number;
  /** The first candidate who does not go on. */
  firstOut?: SkdRow;
}

const skdRowOf = (row: SkdRanked): SkdRow => ({
  twk: row.skd.twk,
  tiu: row.skd.tiu,
  tkp: row.skd.tkp,
  total: row.skd.total,
});

/**
 * Reads one formation's passers best-first (as the cut does) up to the first who does not go on, and gives
 * the cut's line. `offer` answers false once nothing after the row offered can change the line.
 */
export function createSkbCutLine(vacancies: number, ruleSet: CpnsRuleSet) {
  const cut = createSkbCut(vacancies, ruleSet);
  const compare = skdComparator(ruleSet);
  const cutSize = ruleSet.skbCutMultiplier * vacancies;
  let advancing = 0;
  let runStart = 1;
  let previous: SkdRanked | undefined;
  let line: SkdRanked | undefined;
  let lineTieFrom: number | undefined;
  let firstOut: SkdRanked | undefined;
  return {
    offer(row: SkdRanked): boolean {
      const { rank, advances } = cut.offer(row);
      if (previous && compare(previous, row) !== 0) runStart = rank;
      previous = row;
      if (!advances) {
        firstOut = row;
        return false;
      }
      advancing = rank;
      if (rank === cutSize) line = row;
      if (rank > cutSize) lineTieFrom = runStart;
      return true;
    },
    result(candidates: number): SkbCutLine {
      return {
        candidates,
        vacancies,
        multiplier: ruleSet.skbCutMultiplier,
        cutSize,
        advancing,
        ...(line && { line: skdRowOf(line) }),
        ...(lineTieFrom !== undefined && { lineTieFrom }),
        ...(firstOut && { firstOut: skdRowOf(firstOut) }),
      };
    },
  };
}

export interface SkbCutFacts {
  formationTitle: string;
  rank: number;
  advanced: boolean;
  total: number;
  candidates: number;
  vacancies: number;
  multiplier: number;
  cutSize: number;
  advancing: number;
  /** The group tied with the line on every key that goes on past the cut size, and those keys. */
  tiedAtLine?: { from: number; on: RankLevel[] };
  /**
   * The candidate on the other side of the line: the last to go on (for one who does not), or the first not
   * to (for one who goes on, only when a tie-break level rather than the total told them apart).
   */
  across?: { rank: number; total: number; tie?: Tie };
}

/** One candidate's view of the cut: their rank and total, the line, and what decided at the line. */
export function skbCutFacts(
  row: SkdRanked,
  result: { rank: number; advances: boolean },
  line: SkbCutLine,
  formationTitle: string,
  ruleSet: CpnsRuleSet,
): SkbCutFacts {
  const keys = skdKeys(ruleSet);
  const facts: SkbCutFacts = {
    formationTitle,
    rank: result.rank,
    advanced: result.advances,
    total: row.skd.total,
    candidates: line.candidates,
    vacancies: line.vacancies,
    multiplier: line.multiplier,
    cutSize: line.cutSize,
    advancing: line.advancing,
  };
  if (line.lineTieFrom !== undefined) facts.tiedAtLine = { from: line.lineTieFrom, on: keys.map(levelOf) };
  const other = (scores: SkdRow) => ({ skd: scores });
  if (!result.advances && line.line) {
    const lastIn = line.advancing;
    const tie = tieOf(keys, row, other(line.line), lastIn);
    facts.across = { rank: lastIn, total: line.line.total, ...(tie && { tie }) };
  } else if (result.advances && line.firstOut) {
    const firstOut = line.advancing + 1;
    const tie = tieOf(keys, row, other(line.firstOut), firstOut);
    if (tie) facts.across = { rank: firstOut, total: line.firstOut.total, tie };
  }
  return facts;
}

// ---- The final ranking (CPNS) and the competency ranking (PPPK) ----

interface Standing {
  formationTitle: string;
  /** Every finalist of the formation, those without a score included. */
  candidates: number;
  vacancies: number;
  rank: number;
  outcome: FinalOutcome;
}

export interface CpnsFinalFacts extends Standing {
  kind: 'CPNS';
  score: number;
  skdTotal: number;
  skdMax: number;
  skdScale: number;
  /** SKD total / max × scale, rounded as the final score is. */
  skdScaled: number;
  skb: number;
  skdWeight: number;
  skbWeight: number;
  /** With the candidate just above and the one just below, when equal on the final score. */
  ties: Tie[];
}

export interface PppkFinalFacts extends Standing {
  kind: 'PPPK';
  score: number;
  parts: CompetencyScores;
  max: number;
  ties: Tie[];
}

/** A finalist who did not sit the last test (SKB, or the PPPK competency test): ranked after the scored. */
export interface AbsentFinalFacts extends Standing {
  kind: CycleKind;
  absent: true;
}

export type FinalFacts = CpnsFinalFacts | PppkFinalFacts | AbsentFinalFacts;

/** A ranked row with its rank, and its neighbours in the ranking. */
export interface Placed<R> {
  row: R;
  rank: number;
  passed: boolean;
  above?: { row: R; rank: number };
  below?: { row: R; rank: number };
}
interface Formation {
  title: string;
  vacancies: number;
  candidates: number;
}

function standing(p: Placed<unknown>, f: Formation): Standing {
  return {
    formationTitle: f.title,
    candidates: f.candidates,
    vacancies: f.vacancies,
    rank: p.rank,
    outcome: p.passed ? 'passed' : 'optimalisasi',
  };
}

function tiesOf<R>(keys: SortKey[], p: Placed<R>): Tie[] {
  return [p.above, p.below].flatMap((n) => (n ? (tieOf(keys, p.row, n.row, n.rank) ?? []) : []));
}

export function cpnsFinalFacts(
  p: Placed<FinalRanked & { skb: { score: number } }>,
  f: Formation,
  ruleSet: CpnsRuleSet,
): CpnsFinalFacts {
  const skdMax = skdMaxTotal(ruleSet);
  const { skdWeight, skbWeight, skdScale, decimals } = ruleSet.final;
  return {
    kind: 'CPNS',
    ...standing(p, f),
    score: p.row.final.score,
    skdTotal: p.row.skd.total,
    skdMax,
    skdScale,
    skdScaled: roundTo((p.row.skd.total / skdMax) * skdScale, decimals),
    skb: p.row.skb.score,
    skdWeight,
    skbWeight,
    ties: tiesOf(finalKeys(ruleSet), p),
  };
}

export function pppkFinalFacts(
  p: Placed<CompetencyRanked>,
  f: Formation,
  ruleSet: PppkRuleSet,
): PppkFinalFacts {
  const { technical, managerial, interview } = p.row.competency;
  const parts = { technical, managerial, interview };
  return {
    kind: 'PPPK',
    ...standing(p, f),
    score: competencyTotal(parts),
    parts,
    max: competencyMaxTotal(ruleSet),
    ties: tiesOf(competencyKeys(ruleSet), p),
  };
}

export function absentFinalFacts(kind: CycleKind, rank: number, f: Formation): AbsentFinalFacts {
  return {
    kind,
    absent: true,
    formationTitle: f.title,
    candidates: f.candidates,
    vacancies: f.vacancies,
    rank,
    outcome: 'not-passed',
  };
}

/** Each item of a best-first stream with the items just before and after it (one item is held back). */
export async function* withNeighbours<T>(
  items: AsyncIterable<T> | Iterable<T>,
): AsyncGenerator<{ item: T; above?: T; below?: T }> {
  let above: T | undefined;
  let held: { item: T } | undefined;
  for await (const item of items) {
    if (held) {
      yield { item: held.item, above, below: item };
      above = held.item;
    }
    held = { item };
  }
  if (held) yield { item: held.item, above };
}

// ---- What an application keeps ----

/** The facts behind each result told to the candidate, by stage, as the application's record keeps them. */
export interface ExplanationFacts {
  skd?: SkdFacts | SkdAbsence;
  skbCut?: SkbCutFacts;
  final?: FinalFacts;
}
export type ExplainedStage = keyof ExplanationFacts;
/** One stage's facts, as the workflow records them. */
export type ExplanationRecord = {
  [S in ExplainedStage]: { stage: S; facts: NonNullable<ExplanationFacts[S]> };
}[ExplainedStage];
