// The recruitment rules as versioned data (shared/domain/RULES.md section 1). Every number the CPNS and PPPK
// rules use lives here and nowhere else; a cycle records the rule set id it runs under and the overrides HR
// set for it, and resolveRuleSet() turns the two into the effective, validated rule set.
import { z } from 'zod';
import { durationMs, durationWithin, type DurationBounds } from '../time';
import type { AgeLimits } from './age';
import {
  documentKinds,
  documentMaxBytesCeiling,
  documentMaxBytesFloor,
  documents2024,
  type DocumentRules,
} from './documents';

export const cycleKinds = ['CPNS', 'PPPK'] as const;
export type CycleKind = (typeof cycleKinds)[number];

export const formationTypes = [
  'umum',
  'cumlaude',
  'diaspora',
  'disabilitas',
  'putra-putri-papua',
  'daerah-tertinggal',
] as const;
export type FormationType = (typeof formationTypes)[number];

export const skdSubtests = ['twk', 'tiu', 'tkp'] as const;
export type SkdSubtest = (typeof skdSubtests)[number];

/** What an SKD passing grade can bound: one sub-test or the total. */
export type SkdPassingKey = SkdSubtest | 'total';

export const skbComponentKinds = ['cat', 'psychological', 'practical', 'interview', 'other'] as const;
export type SkbComponentKind = (typeof skbComponentKinds)[number];

/** PPPK competency test parts; `managerial` is the managerial + socio-cultural part. */
export const competencyParts = ['technical', 'managerial', 'interview'] as const;
export type CompetencyPart = (typeof competencyParts)[number];

/** The valid scores of one CAT part: min..max, in steps of `multipleOf`. */
export interface ScoreRange {
  questions: number;
  min: number;
  max: number;
  multipleOf: number;
}

/** Levels of the final CPNS tie-break; `skdSubtests` expands to `skd.tieBreak`, `age` means older first. */
export const finalTieBreakLevels = ['skdTotal', 'skdSubtests', 'gpa', 'age'] as const;
export type FinalTieBreakLevel = (typeof finalTieBreakLevels)[number];

export const pppkTieBreakLevels = [...competencyParts, 'age'] as const;
export type PppkTieBreakLevel = (typeof pppkTieBreakLevels)[number];

export interface RecruitmentWindows {
  /**
   * How long an applicant has to open the confirmation link sent to their address (never past the close
   * of registration); an application not confirmed by then expires and counts nowhere.
   */
  confirmationWindow: string;
  /** How long a candidate's personal link keeps working after the cycle has closed. */
  linkValidAfterClose: string;
  appealWindow: string;
  appealAnswerWindow: string;
  appealAnswerReminderBefore: string;
  documentWindow: string;
  documentReminderBefore: string;
  /** How long HR has to verify submitted documents, and when it is reminded before that. */
  documentVerificationWindow: string;
  documentVerificationReminderBefore: string;
}

export interface CpnsRuleSet {
  id: string;
  kind: 'CPNS';
  skd: {
    subtests: Record<SkdSubtest, ScoreRange>;
    /** Per formation type, the minimum of each bounded key; a key absent is not bounded. */
    passing: Record<FormationType, Partial<Record<SkdPassingKey, number>>>;
    /** Sub-test order breaking ties, at the SKB cut and (as `skdSubtests`) in the final ranking. */
    tieBreak: SkdSubtest[];
  };
  /** The top `skbCutMultiplier × vacancies` of a formation advance to SKB. */
  skbCutMultiplier: number;
  skb: {
    minCatWeight: number;
    maxExtraWeight: number;
    /** Component kinds a regional agency (pemerintah daerah) may not use. */
    forbiddenComponentKinds: SkbComponentKind[];
    componentScore: { min: number; max: number };
    decimals: number;
  };
  final: {
    skdWeight: number;
    skbWeight: number;
    /** SKD total is normalised to 0..skdScale before weighting: total / max total × skdScale. */
    skdScale: number;
    decimals: number;
    tieBreak: FinalTieBreakLevel[];
  };
  /** Tolerance when weights are compared to their bounds and to 1 (floating point sums). */
  weightTolerance: number;
  windows: RecruitmentWindows;
  withdrawalBanBudgetYears: number;
  /** Ages admitted, in whole years on the day registration closes. */
  age: AgeLimits;
  /** The documents each passer uploads (domain/recruitment/documents.ts). */
  documents: DocumentRules;
}

export interface PppkRuleSet {
  id: string;
  kind: 'PPPK';
  /** No passing grade: the best `vacancies` of a formation by total pass. */
  competency: { parts: Record<CompetencyPart, ScoreRange>; tieBreak: PppkTieBreakLevel[] };
  windows: RecruitmentWindows;
  withdrawalBanBudgetYears: number;
  /** Ages admitted, in whole years on the day registration closes. */
  age: AgeLimits;
  /** The documents each passer uploads (domain/recruitment/documents.ts). */
  documents: DocumentRules;
}

export type RecruitmentRuleSet = CpnsRuleSet | PppkRuleSet;

const windows2024: RecruitmentWindows = {
  // Convention [C]: a day, long enough for a slow mailbox, short enough that a NIK applied for with an
  // address its owner does not hold is freed again soon.
  confirmationWindow: 'P1D',
  // Issue 9: a candidate can still read their result and download their data for a month after the end.
  linkValidAfterClose: 'P30D',
  appealWindow: 'P3D',
  appealAnswerWindow: 'P7D',
  appealAnswerReminderBefore: 'P1D',
  documentWindow: 'P30D',
  documentReminderBefore: 'P3D',
  // Convention, not regulation [C]: a week, like the answer to an appeal, inside the month of the NIP proposal.
  documentVerificationWindow: 'P7D',
  documentVerificationReminderBefore: 'P1D',
};

// Tests and demonstrations compress every window to seconds, so the floor is a second; the ceilings keep a
// cycle within its budget year and every timer within what Temporal and a Date can hold.
const withinAMonth = 'from a second, for compressed tests, to a month';
/** The shortest and longest each window may be set to, with the reason. */
export const windowBounds: Record<keyof RecruitmentWindows, DurationBounds> = {
  confirmationWindow: { min: 'PT1S', max: 'P7D', why: `a day by convention; from a second to a week` },
  linkValidAfterClose: { min: 'PT1S', max: 'P365D', why: 'a month by default; from a second to a year' },
  appealWindow: { min: 'PT1S', max: 'P30D', why: `the rules give 3 days; ${withinAMonth}` },
  appealAnswerWindow: { min: 'PT1S', max: 'P30D', why: `the rules give 7 days; ${withinAMonth}` },
  appealAnswerReminderBefore: { min: 'PT1S', max: 'P30D', why: withinAMonth },
  documentWindow: { min: 'PT1S', max: 'P90D', why: 'the rules give 30 days; from a second to 90 days' },
  documentReminderBefore: { min: 'PT1S', max: 'P90D', why: 'from a second to 90 days' },
  documentVerificationWindow: { min: 'PT1S', max: 'P30D', why: `a week by convention; ${withinAMonth}` },
  documentVerificationReminderBefore: { min: 'PT1S', max: 'P30D', why: withinAMonth },
};

/** Registration lasts at most this long (a cycle's whole selection runs within its budget year). */
export const registrationMaxLength: DurationBounds = {
  min: 'PT1S',
  max: 'P180D',
  why: 'registration runs for weeks; a cycle is selected within its budget year',
};

/** KepmenPANRB 320/2024 and 321/2024. */
export const cpns2024: CpnsRuleSet = {
  id: 'cpns-2024',
  kind: 'CPNS',
  skd: {
    subtests: {
      twk: { questions: 30, min: 0, max: 150, multipleOf: 5 },
      tiu: { questions: 35, min: 0, max: 175, multipleOf: 5 },
      // 1..5 points per answer gives 45..225 when every question is answered, but BKN's CAT scores a blank
      // TKP answer 0 and RULES.md bounds every sub-test by 0..max, so a real result can be below 45.
      // Refusing it would block an official result; set min to 45 to treat blanks as invalid input instead.
      tkp: { questions: 45, min: 0, max: 225, multipleOf: 1 },
    },
    passing: {
      umum: { twk: 65, tiu: 80, tkp: 166 },
      cumlaude: { total: 311, tiu: 85 },
      diaspora: { total: 311, tiu: 85 },
      disabilitas: { total: 286, tiu: 60 },
      'putra-putri-papua': { total: 286, tiu: 60 },
      'daerah-tertinggal': { total: 286, tiu: 60 },
    },
    tieBreak: ['tkp', 'tiu', 'twk'],
  },
  skbCutMultiplier: 3,
  skb: {
    minCatWeight: 0.5,
    maxExtraWeight: 0.4,
    forbiddenComponentKinds: ['interview'],
    componentScore: { min: 0, max: 100 },
    decimals: 3,
  },
  final: {
    skdWeight: 0.4,
    skbWeight: 0.6,
    skdScale: 100,
    decimals: 3,
    tieBreak: ['skdTotal', 'skdSubtests', 'gpa', 'age'],
  },
  weightTolerance: 1e-9,
  windows: windows2024,
  withdrawalBanBudgetYears: 2,
  // The national rule [A]: 18 to 35 years on the closing date; some formations (dokter spesialis, for
  // one) admit up to 40, which a cycle sets as an override.
  age: { min: 18, max: 35 },
  documents: documents2024,
};

/** PPPK 2024: one CAT of 145 questions, max 670, no passing grade. */
export const pppk2024: PppkRuleSet = {
  id: 'pppk-2024',
  kind: 'PPPK',
  competency: {
    parts: {
      technical: { questions: 90, min: 0, max: 450, multipleOf: 5 },
      // 1..4 points per answer; a blank answer scores 0 as in TKP above, so the floor is 0, not 45 or 10.
      managerial: { questions: 45, min: 0, max: 180, multipleOf: 1 },
      interview: { questions: 10, min: 0, max: 40, multipleOf: 1 },
    },
    tieBreak: ['technical', 'managerial', 'interview', 'age'],
  },
  windows: windows2024,
  withdrawalBanBudgetYears: 2,
  // [B] one secondary source: at least 20 and at most 56 years on the closing date.
  age: { min: 20, max: 56 },
  documents: documents2024,
};

export const ruleSetsById: Record<string, RecruitmentRuleSet> = {
  'cpns-2024': cpns2024,
  'pppk-2024': pppk2024,
};
export const currentRuleSets = { CPNS: cpns2024, PPPK: pppk2024 } as const;

/** Highest SKD total (550 in 2024): the sum of the sub-test maxima. */
export function skdMaxTotal(ruleSet: CpnsRuleSet): number {
  return skdSubtests.reduce((sum, s) => sum + ruleSet.skd.subtests[s].max, 0);
}

/** Highest PPPK competency total (670 in 2024). */
export function competencyMaxTotal(ruleSet: PppkRuleSet): number {
  return competencyParts.reduce((sum, p) => sum + ruleSet.competency.parts[p].max, 0);
}

/** A result that is either a value or the reasons it was refused, in words an HR officer understands. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reasons: string[] };

// ---- Per-cycle overrides: a deep partial of the tunable numbers. Score ranges are fixed by the rule set. ----

const MAX_DECIMALS = 6;
const weight = z
  .number()
  .min(0, { error: 'a weight is between 0 and 1' })
  .max(1, { error: 'a weight is between 0 and 1' });
const decimals = z.number().int().min(0).max(MAX_DECIMALS);
const grade = z.number().int().nonnegative().max(1000);
const years = z.number().int().min(0).max(100);
const ageOverridesSchema = z.strictObject({ min: years, max: years }).partial();
/** A cycle may change a document's limit or whether it is required; its kinds and formats stay. */
const documentsOverridesSchema = z.partialRecord(
  z.enum(documentKinds),
  z
    .strictObject({
      maxBytes: z
        .number()
        .int()
        .min(documentMaxBytesFloor)
        .max(documentMaxBytesCeiling, {
          error: `a document's limit is at most ${documentMaxBytesCeiling} bytes`,
        }),
      required: z.boolean(),
    })
    .partial(),
);

function permutationOf<T extends string>(values: readonly T[]) {
  return z
    .array(z.enum(values))
    .max(values.length, { error: `must list ${values.join(', ')} once each` })
    .refine((a) => a.length === values.length && new Set(a).size === values.length, {
      error: `must list ${values.join(', ')} once each`,
    });
}

const windowsOverridesSchema = z
  .strictObject({
    confirmationWindow: durationWithin(windowBounds.confirmationWindow),
    linkValidAfterClose: durationWithin(windowBounds.linkValidAfterClose),
    appealWindow: durationWithin(windowBounds.appealWindow),
    appealAnswerWindow: durationWithin(windowBounds.appealAnswerWindow),
    appealAnswerReminderBefore: durationWithin(windowBounds.appealAnswerReminderBefore),
    documentWindow: durationWithin(windowBounds.documentWindow),
    documentReminderBefore: durationWithin(windowBounds.documentReminderBefore),
    documentVerificationWindow: durationWithin(windowBounds.documentVerificationWindow),
    documentVerificationReminderBefore: durationWithin(windowBounds.documentVerificationReminderBefore),
  })
  .partial();

export const cpnsOverridesSchema = z
  .strictObject({
    skd: z
      .strictObject({
        passing: z.partialRecord(
          z.enum(formationTypes),
          z.strictObject({ twk: grade, tiu: grade, tkp: grade, total: grade }).partial(),
        ),
        tieBreak: permutationOf(skdSubtests),
      })
      .partial(),
    skbCutMultiplier: z.number().int().positive().max(10),
    skb: z
      .strictObject({
        minCatWeight: weight,
        maxExtraWeight: weight,
        forbiddenComponentKinds: z.array(z.enum(skbComponentKinds)).max(skbComponentKinds.length),
        decimals,
      })
      .partial(),
    final: z
      .strictObject({
        skdWeight: weight,
        skbWeight: weight,
        decimals,
        tieBreak: permutationOf(finalTieBreakLevels),
      })
      .partial(),
    windows: windowsOverridesSchema,
    withdrawalBanBudgetYears: z.number().int().nonnegative().max(10),
    age: ageOverridesSchema,
    documents: documentsOverridesSchema,
  })
  .partial()
  .describe('Per-cycle overrides of the CPNS rule set; anything left out keeps its default.');
export type CpnsRuleOverrides = z.infer<typeof cpnsOverridesSchema>;

export const pppkOverridesSchema = z
  .strictObject({
    competency: z.strictObject({ tieBreak: permutationOf(pppkTieBreakLevels) }).partial(),
    windows: windowsOverridesSchema,
    withdrawalBanBudgetYears: z.number().int().nonnegative().max(10),
    age: ageOverridesSchema,
    documents: documentsOverridesSchema,
  })
  .partial()
  .describe('Per-cycle overrides of the PPPK rule set; anything left out keeps its default.');
export type PppkRuleOverrides = z.infer<typeof pppkOverridesSchema>;

/** One overridden value, for the audit trail. `from` is undefined when the default had no such bound. */
export interface RuleOverride {
  path: string;
  from: unknown;
  to: unknown;
}

export interface ResolvedRuleSet<R> {
  ruleSet: R;
  overridden: RuleOverride[];
}

/**
 * The effective rule set of a cycle: the current default for its kind with the overrides applied, checked
 * again as a whole (weights still add up to 1, grades within range, reminders inside their windows).
 */
export function resolveRuleSet(kind: 'CPNS', overrides?: unknown): Checked<ResolvedRuleSet<CpnsRuleSet>>;
export function resolveRuleSet(kind: 'PPPK', overrides?: unknown): Checked<ResolvedRuleSet<PppkRuleSet>>;
export function resolveRuleSet(
  kind: CycleKind,
  overrides?: unknown,
): Checked<ResolvedRuleSet<RecruitmentRuleSet>>;
export function resolveRuleSet(
  kind: CycleKind,
  overrides: unknown = {},
): Checked<ResolvedRuleSet<RecruitmentRuleSet>> {
  const base = currentRuleSets[kind];
  const parsed = (kind === 'CPNS' ? cpnsOverridesSchema : pppkOverridesSchema).safeParse(overrides);
  if (!parsed.success) {
    return {
      ok: false,
      reasons: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const ruleSet = merge(base, parsed.data) as RecruitmentRuleSet;
  const reasons = [
    ...windowProblems(ruleSet.windows),
    ...(ruleSet.age.min > ruleSet.age.max
      ? [`age: the minimum ${ruleSet.age.min} is above the maximum ${ruleSet.age.max}`]
      : []),
    ...(ruleSet.kind === 'CPNS' ? cpnsProblems(ruleSet) : []),
  ];
  if (reasons.length > 0) return { ok: false, reasons };
  const overridden = leaves(parsed.data)
    .filter(([, to]) => to !== undefined)
    .map(([path, to]) => ({
      path: path.join('.'),
      from: at(base, path),
      to,
    }));
  return { ok: true, value: { ruleSet, overridden } };
}

function cpnsProblems(rs: CpnsRuleSet): string[] {
  const problems: string[] = [];
  const { skdWeight, skbWeight } = rs.final;
  if (Math.abs(skdWeight + skbWeight - 1) > rs.weightTolerance) {
    problems.push(`final: SKD weight ${skdWeight} and SKB weight ${skbWeight} must add up to 1`);
  }
  const maxTotal = skdMaxTotal(rs);
  for (const type of formationTypes) {
    for (const [key, min] of Object.entries(rs.skd.passing[type]) as [SkdPassingKey, number][]) {
      const max = key === 'total' ? maxTotal : rs.skd.subtests[key].max;
      if (min > max) problems.push(`skd.passing.${type}.${key}: ${min} is above the highest score ${max}`);
    }
  }
  return problems;
}

/** Each reminder and the window it must fall inside. */
export const reminderWindowPairs = [
  ['appealAnswerReminderBefore', 'appealAnswerWindow'],
  ['documentReminderBefore', 'documentWindow'],
  ['documentVerificationReminderBefore', 'documentVerificationWindow'],
] as const;

function windowProblems(w: RecruitmentWindows): string[] {
  return reminderWindowPairs
    .filter(([reminder, window]) => durationMs(w[reminder]) >= durationMs(w[window]))
    .map(
      ([reminder, window]) =>
        `windows.${reminder} (${w[reminder]}) must be shorter than ${window} (${w[window]})`,
    );
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A fresh deep copy of `base` with `override` laid over it; arrays are replaced whole, never merged. */
function merge(base: unknown, override: unknown): unknown {
  if (isTree(base)) {
    const o = isTree(override) ? override : {};
    const keys = new Set([...Object.keys(base), ...Object.keys(o)]);
    return Object.fromEntries([...keys].map((k) => [k, merge(base[k], o[k])]));
  }
  const v = override === undefined ? base : override;
  return Array.isArray(v) ? [...v] : v;
}

function leaves(tree: Tree, path: string[] = []): [string[], unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    isTree(v) ? leaves(v, [...path, k]) : [[[...path, k], v]],
  );
}

function at(tree: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, k) => (isTree(node) ? node[k] : undefined), tree);
}
