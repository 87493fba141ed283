// The performance-appraisal rules (PermenPANRB 6/2022, SE MenPANRB 3/2023) as one versioned data object.
// Every number, window and matrix of RULES.md section 2 lives here and nowhere else; a year records the
// rule set id and its overrides, and resolveAppraisalRules() says what an override changed.
import { z } from 'zod';
import { durationWithin, type DurationBounds } from '../time';
import { functionalGrades, positionLevels, type FunctionalGrade, type PositionLevel } from '../org/schemas';

/** The two ratings (Hasil Kerja, Perilaku Kerja) each take one of these levels: Di Atas / Sesuai / Di Bawah Ekspektasi. */
export const ratingLevels = ['di-atas', 'sesuai', 'di-bawah'] as const;
export type RatingLevel = (typeof ratingLevels)[number];
export const ratingLevelSchema = z.enum(ratingLevels);

export const ratingLevelNames: Record<RatingLevel, string> = {
  'di-atas': 'Di Atas Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  'di-bawah': 'Di Bawah Ekspektasi',
};

/** The predikat of an employee, best first. */
export const predikatValues = [
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang-misconduct',
  'sangat-kurang',
] as const;
export type Predikat = (typeof predikatValues)[number];
export const predikatSchema = z.enum(predikatValues);

export const predikatNames: Record<Predikat, string> = {
  'sangat-baik': 'Sangat Baik',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  'kurang-misconduct': 'Kurang/Misconduct',
  'sangat-kurang': 'Sangat Kurang',
};

/** The result of an organisational unit for a period, set before its staff are rated (SE MenPANRB 3/2023). */
export const unitResults = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;
export type UnitResult = (typeof unitResults)[number];
export const unitResultSchema = z.enum(unitResults);

export const unitResultNames: Record<UnitResult, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang',
  'sangat-kurang': 'Sangat Kurang',
};

export const periodicities = ['quarterly', 'monthly'] as const;
export type Periodicity = (typeof periodicities)[number];
export const periodicitySchema = z.enum(periodicities);

/**
 * One bound on a unit's distribution of predikat, counted in people (see calibration.ts for the rounding):
 * - `max-share`: at most `share` of the staff have one of `predikat`;
 * - `min-share`: at least `share` of the staff have one of `predikat`;
 * - `min-count`: at least `count` people have one of `predikat`;
 * - `none`: nobody has one of `predikat`;
 * - `rest-only`: everyone whose predikat is named by no other constraint of the same unit result has one of
 *   `predikat` (RULES.md's "the rest ...").
 */
const predikatListSchema = z.array(predikatSchema).nonempty().max(predikatValues.length);
export const calibrationConstraintSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('max-share'), predikat: predikatListSchema, share: z.number().min(0).max(1) })
    .strict(),
  z
    .object({ kind: z.literal('min-share'), predikat: predikatListSchema, share: z.number().min(0).max(1) })
    .strict(),
  z
    .object({
      kind: z.literal('min-count'),
      predikat: predikatListSchema,
      count: z.int().min(0).max(100_000),
    })
    .strict(),
  z.object({ kind: z.literal('none'), predikat: predikatListSchema }).strict(),
  z.object({ kind: z.literal('rest-only'), predikat: predikatListSchema }).strict(),
]);
export type CalibrationConstraint = z.infer<typeof calibrationConstraintSchema>;

/** A day of the year at a time of day, read in WITA. */
const dayOfYearSchema = z
  .object({
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(31),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM' }),
  })
  .strict();
export type DayOfYear = z.infer<typeof dayOfYearSchema>;

export interface AppraisalRules {
  id: string;
  /** Best first: Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang. */
  predikatOrder: readonly Predikat[];
  /** `matrix[hasilKerja][perilakuKerja]`, rows Rating Hasil Kerja, columns Rating Perilaku Kerja (RULES 2.3). */
  matrix: Record<RatingLevel, Record<RatingLevel, Predikat>>;
  /** For each unit result, the bounds on its staff's predikat (RULES 2.4). */
  calibration: Record<UnitResult, CalibrationConstraint[]>;
  creditPoints: {
    /** Percent of the yearly coefficient earned, by predikat. */
    percentage: Record<Predikat, number>;
    /** Yearly coefficient by functional grade. */
    coefficient: Record<FunctionalGrade, number>;
    /** Credit points are rounded to this many decimals. */
    decimals: number;
  };
  schedule: {
    periodicity: Periodicity;
    /** The SKP is set by this day of the appraisal year. */
    skpDue: DayOfYear;
    /** The appraiser rates a period within this ISO duration after the period ends. */
    periodRatingWindow: string;
    /** The annual rating is due this day, `yearsAfter` years after the appraisal year. */
    annualDue: DayOfYear & { yearsAfter: number };
    objectionWindow: string;
    reminderBefore: string;
    escalationAfter: string;
  };
  followUp: {
    /** An annual predikat below this one starts an improvement period of `improvementMonths`. */
    improvementBelow: Predikat;
    improvementMonths: number;
    /** Promotion in rank needs at least this predikat in each of the last `promotionYears` years. */
    promotionAtLeast: Predikat;
    promotionYears: number;
  };
  /** Levels that may appraise (RULES 2.1: the direct superior, at least pengawas). */
  appraiserLevels: PositionLevel[];
}

const permenpanrb_6_2022: AppraisalRules = {
  id: 'permenpanrb-6-2022',
  predikatOrder: predikatValues,
  matrix: {
    'di-atas': { 'di-bawah': 'kurang-misconduct', sesuai: 'baik', 'di-atas': 'sangat-baik' },
    sesuai: { 'di-bawah': 'kurang-misconduct', sesuai: 'baik', 'di-atas': 'baik' },
    'di-bawah': { 'di-bawah': 'sangat-kurang', sesuai: 'butuh-perbaikan', 'di-atas': 'butuh-perbaikan' },
  },
  // RULES 2.4 row by row. The "rest" clauses are kept as `rest-only` constraints to mirror the text. Read as
  // written, each row's rest set together with the predikat its other clauses name covers every predikat, so
  // none of them forbids anything beyond the explicit bounds (e.g. unit Baik: Baik ≤ 70%, ≥ 1 Butuh Perbaikan
  // or Kurang/Misconduct, more of those are allowed, the others are Sangat Baik or Sangat Kurang). The only
  // predikat a row excludes outright is Sangat Baik under unit Sangat Kurang ("no Sangat Baik").
  calibration: {
    istimewa: [{ kind: 'max-share', predikat: ['sangat-baik'], share: 0.7 }],
    baik: [
      { kind: 'max-share', predikat: ['baik'], share: 0.7 },
      { kind: 'min-count', predikat: ['butuh-perbaikan', 'kurang-misconduct'], count: 1 },
      { kind: 'rest-only', predikat: ['sangat-baik', 'sangat-kurang'] },
    ],
    'butuh-perbaikan': [
      { kind: 'min-share', predikat: ['butuh-perbaikan'], share: 0.6 },
      { kind: 'max-share', predikat: ['sangat-baik'], share: 0.1 },
      { kind: 'rest-only', predikat: ['baik', 'kurang-misconduct', 'sangat-kurang'] },
    ],
    kurang: [
      { kind: 'min-share', predikat: ['kurang-misconduct'], share: 0.6 },
      { kind: 'min-share', predikat: ['butuh-perbaikan'], share: 0.1 },
      { kind: 'max-share', predikat: ['sangat-baik'], share: 0.1 },
      { kind: 'rest-only', predikat: ['baik', 'sangat-kurang'] },
    ],
    'sangat-kurang': [
      { kind: 'min-share', predikat: ['sangat-kurang'], share: 0.6 },
      { kind: 'min-share', predikat: ['kurang-misconduct', 'butuh-perbaikan'], share: 0.1 },
      { kind: 'none', predikat: ['sangat-baik'] },
      { kind: 'rest-only', predikat: ['baik'] },
    ],
  },
  creditPoints: {
    percentage: {
      'sangat-baik': 150,
      baik: 100,
      'butuh-perbaikan': 75,
      'kurang-misconduct': 50,
      'sangat-kurang': 25,
    },
    coefficient: {
      'ahli-pertama': 12.5,
      'ahli-muda': 25,
      'ahli-madya': 37.5,
      'ahli-utama': 50,
      pemula: 3.75,
      terampil: 5,
      mahir: 12.5,
      penyelia: 25,
    },
    decimals: 3,
  },
  schedule: {
    periodicity: 'quarterly',
    skpDue: { month: 1, day: 31, time: '23:59' },
    periodRatingWindow: 'P14D', // [C] convention: RULES.md gives no window for periodic ratings
    annualDue: { yearsAfter: 1, month: 1, day: 31, time: '23:59' },
    objectionWindow: 'P14D',
    reminderBefore: 'P3D',
    escalationAfter: 'P3D',
  },
  followUp: { improvementBelow: 'baik', improvementMonths: 6, promotionAtLeast: 'baik', promotionYears: 2 },
  appraiserLevels: ['jpt', 'administrator', 'pengawas'],
};

export const appraisalRuleSets = { 'permenpanrb-6-2022': permenpanrb_6_2022 } as const;
export type AppraisalRuleSetId = keyof typeof appraisalRuleSets;
export const defaultAppraisalRuleSetId: AppraisalRuleSetId = 'permenpanrb-6-2022';

// Compressed calendars (demonstrations, tests) shrink every window to seconds, so the floor is a second;
// the ceilings keep each deadline inside the appraisal cycle and every timer within what a Date can hold.
/** The shortest and longest each schedule duration may be set to, with the reason. */
export const scheduleBounds = {
  periodRatingWindow: { min: 'PT1S', max: 'P92D', why: '14 days by convention; at most a quarter' },
  objectionWindow: { min: 'PT1S', max: 'P30D', why: 'the rules give 14 days; at most a month' },
  reminderBefore: { min: 'PT1S', max: 'P30D', why: 'from a second, for compressed tests, to a month' },
  escalationAfter: { min: 'PT1S', max: 'P30D', why: 'from a second, for compressed tests, to a month' },
  /** A compressed calendar's period: a real quarter at most. */
  periodLength: { min: 'PT1S', max: 'P92D', why: 'a compressed period is at most a real quarter' },
} as const satisfies Record<string, DurationBounds>;

/** What HR may override for one appraisal year: any value except the id and the predikat order. */
export const appraisalRuleOverridesSchema = z
  .object({
    matrix: z.partialRecord(ratingLevelSchema, z.partialRecord(ratingLevelSchema, predikatSchema)),
    calibration: z.partialRecord(unitResultSchema, z.array(calibrationConstraintSchema).max(20)),
    creditPoints: z
      .object({
        percentage: z.partialRecord(predikatSchema, z.number().positive()),
        coefficient: z.partialRecord(z.enum(functionalGrades), z.number().positive()),
        decimals: z.int().min(0).max(6),
      })
      .partial()
      .strict(),
    schedule: z
      .object({
        periodicity: periodicitySchema,
        skpDue: dayOfYearSchema,
        periodRatingWindow: durationWithin(scheduleBounds.periodRatingWindow),
        annualDue: dayOfYearSchema.extend({ yearsAfter: z.int().min(0).max(2) }),
        objectionWindow: durationWithin(scheduleBounds.objectionWindow),
        reminderBefore: durationWithin(scheduleBounds.reminderBefore),
        escalationAfter: durationWithin(scheduleBounds.escalationAfter),
      })
      .partial()
      .strict(),
    followUp: z
      .object({
        improvementBelow: predikatSchema,
        improvementMonths: z.int().positive().max(24),
        promotionAtLeast: predikatSchema,
        promotionYears: z.int().positive().max(10),
      })
      .partial()
      .strict(),
    appraiserLevels: z.array(z.enum(positionLevels)).nonempty().max(positionLevels.length),
  })
  .partial()
  .strict()
  .describe('per-year overrides of the appraisal rule set; every change is reported and audited');
export type AppraisalRuleOverrides = z.infer<typeof appraisalRuleOverridesSchema>;

/** One value an override changed, by its dotted path in the rule set (e.g. `creditPoints.decimals`). */
export interface RuleChange {
  path: string;
  from: unknown;
  to: unknown;
}

/**
 * The effective rules of a year: the rule set with the overrides applied (objects merge key by key, lists
 * are replaced whole), and the values that actually changed. Throws a ZodError for an invalid override.
 */
export function resolveAppraisalRules(
  overrides: unknown = {},
  ruleSetId: AppraisalRuleSetId = defaultAppraisalRuleSetId,
): { rules: AppraisalRules; overrides: AppraisalRuleOverrides; changes: RuleChange[] } {
  const parsed = appraisalRuleOverridesSchema.parse(overrides);
  const rules = clone(appraisalRuleSets[ruleSetId]) as AppraisalRules;
  const changes: RuleChange[] = [];
  apply(rules as unknown as Record<string, unknown>, parsed, '', changes);
  return { rules, overrides: parsed, changes };
}

function apply(
  target: Record<string, unknown>,
  override: object,
  prefix: string,
  changes: RuleChange[],
): void {
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const path = prefix + key;
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current)) {
      apply(current, value, `${path}.`, changes);
    } else if (!sameData(current, value)) {
      changes.push({ path, from: current, to: value });
      target[key] = clone(value);
    }
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameData(a[k], b[k]));
  }
  return a === b;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
