// The city's awards (penghargaan) for excellent public service, as a versioned rule set: which annual
// predikat qualifies, how many years in a row, how many nominations a unit may make, and the windows of
// the nomination (unit heads) and the decision (HR's committee). These are Kota Kupang's own policy, not a
// national rule (RULES 2.2 stage 6 says only that awards follow from the appraisal), so every value is a
// default a year may override, and the override is audited. Eligibility is a pure function of the facts.
import { z } from 'zod';
import { durationMs, durationWithin, type DurationBounds } from '../time';
import { predikatNames, predikatSchema, predikatValues, type Predikat } from './rule-sets';

export interface AwardRules {
  id: string;
  version: number;
  criteria: {
    /** The annual predikat that qualify (the final one, after any objection). */
    predikat: Predikat[];
    /** Qualifying predikat in this many consecutive years, ending with the award year. */
    yearsInARow: number;
    /** The most nominations one unit's head may make. */
    quotaPerUnit: number;
  };
  schedule: {
    /** The unit heads nominate within this long after the round opens (the task's due date). */
    nominationWindow: string;
    /** After the due date a late nomination is still taken (the head's superior told) for this long. */
    nominationGrace: string;
    /** HR's committee decides each nomination within this long after it is made. */
    decisionWindow: string;
    reminderBefore: string;
    escalationAfter: string;
  };
}

const kupangAwards2026: AwardRules = {
  id: 'kupang-awards-2026',
  version: 1,
  // [C] the city's draft policy: Sangat Baik this year, one nomination per unit.
  criteria: { predikat: ['sangat-baik'], yearsInARow: 1, quotaPerUnit: 1 },
  schedule: {
    nominationWindow: 'P30D',
    nominationGrace: 'P14D',
    decisionWindow: 'P30D',
    reminderBefore: 'P3D',
    escalationAfter: 'P3D',
  },
};

export const awardRuleSets = { 'kupang-awards-2026': kupangAwards2026 } as const;
export type AwardRuleSetId = keyof typeof awardRuleSets;
export const defaultAwardRuleSetId: AwardRuleSetId = 'kupang-awards-2026';

/**
 * The most nominations a unit may make: a city award is for the few, and the nomination form holds one
 * employee and a reason per nomination (9 fit a page form's 20 fields with its token and unit).
 */
export const MAX_QUOTA_PER_UNIT = 9;

// Compressed rounds (tests, demonstrations) shrink the windows to seconds; the ceilings keep a round
// within a few months, each timer well inside what a Date holds.
export const awardScheduleBounds = {
  nominationWindow: { min: 'PT1S', max: 'P92D', why: 'at most a quarter' },
  nominationGrace: { min: 'PT1S', max: 'P30D', why: 'at most a month after the due date' },
  decisionWindow: { min: 'PT1S', max: 'P92D', why: 'at most a quarter' },
  reminderBefore: { min: 'PT1S', max: 'P30D', why: 'from a second, for compressed tests, to a month' },
  escalationAfter: { min: 'PT1S', max: 'P30D', why: 'from a second, for compressed tests, to a month' },
} as const satisfies Record<string, DurationBounds>;

/** What HR may override for one year's awards: any criterion and window, never the id or version. */
export const awardRuleOverridesSchema = z
  .object({
    criteria: z
      .object({
        predikat: z.array(predikatSchema).nonempty().max(predikatValues.length),
        yearsInARow: z.int().min(1).max(5),
        quotaPerUnit: z.int().min(1).max(MAX_QUOTA_PER_UNIT),
      })
      .partial()
      .strict(),
    schedule: z
      .object({
        nominationWindow: durationWithin(awardScheduleBounds.nominationWindow),
        nominationGrace: durationWithin(awardScheduleBounds.nominationGrace),
        decisionWindow: durationWithin(awardScheduleBounds.decisionWindow),
        reminderBefore: durationWithin(awardScheduleBounds.reminderBefore),
        escalationAfter: durationWithin(awardScheduleBounds.escalationAfter),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict()
  .superRefine((v, ctx) => {
    const p = v.criteria?.predikat;
    if (p && new Set(p).size !== p.length)
      ctx.addIssue({ code: 'custom', path: ['criteria', 'predikat'], message: 'a predikat is repeated' });
  })
  .describe("per-year overrides of the awards rule set (the city's policy); every change is audited");
export type AwardRuleOverrides = z.infer<typeof awardRuleOverridesSchema>;

export interface AwardRuleChange {
  path: string;
  from: unknown;
  to: unknown;
}

/** The rules of one year's awards: the rule set with the overrides applied, and what they changed. */
export function resolveAwardRules(
  overrides: unknown = {},
  ruleSetId: AwardRuleSetId = defaultAwardRuleSetId,
): { rules: AwardRules; changes: AwardRuleChange[] } {
  const parsed = awardRuleOverridesSchema.parse(overrides);
  const base = awardRuleSets[ruleSetId];
  const changes: AwardRuleChange[] = [];
  const merge = <T extends object>(section: 'criteria' | 'schedule', from: T, over: Partial<T> = {}): T => {
    const out = { ...from };
    for (const key of Object.keys(over) as (keyof T)[]) {
      const to = over[key];
      if (to === undefined || JSON.stringify(to) === JSON.stringify(from[key])) continue;
      changes.push({ path: `${section}.${String(key)}`, from: from[key], to });
      out[key] = to as T[keyof T];
    }
    return out;
  };
  const rules: AwardRules = {
    id: base.id,
    version: base.version,
    criteria: merge('criteria', base.criteria, parsed.criteria),
    schedule: merge('schedule', base.schedule, parsed.schedule),
  };
  return { rules, changes };
}

/** Why an employee is not eligible, or null when they are. */
export type Ineligibility = 'predikat' | 'years-in-a-row' | 'sanction' | 'left';

export interface AwardCandidateFacts {
  nip: string;
  /** The final annual predikat of the award year (null: not rated). */
  predikat: Predikat | null;
  /** The final predikat of the years before, nearest first (index 0 is the year before); null: none. */
  earlier: (Predikat | null)[];
  /** The employee left during the year (their appraisal ended without a result). */
  left: boolean;
}

/**
 * Whether one employee may be nominated: a qualifying predikat this year and in each of the
 * `yearsInARow - 1` years before, still in service, and no disciplinary sanction in force.
 *
 * `sanctionsInForce` holds the NIPs with a sanction in force under the attendance rules (PP 94/2021,
 * RULES 3.1). Attendance is not built yet, so callers pass an empty set; once it exists, its sanctions
 * read model fills it and nothing here changes.
 */
export function awardIneligibility(
  rules: AwardRules,
  facts: AwardCandidateFacts,
  sanctionsInForce: ReadonlySet<string>,
): Ineligibility | null {
  const qualifies = (p: Predikat | null) => p !== null && rules.criteria.predikat.includes(p);
  if (facts.left) return 'left';
  if (!qualifies(facts.predikat)) return 'predikat';
  for (let i = 0; i < rules.criteria.yearsInARow - 1; i++)
    if (!qualifies(facts.earlier[i] ?? null)) return 'years-in-a-row';
  if (sanctionsInForce.has(facts.nip)) return 'sanction';
  return null;
}

/** How many earlier years' predikat eligibility needs (0 when one year is enough). */
export const earlierYearsNeeded = (rules: AwardRules) => rules.criteria.yearsInARow - 1;

/**
 * The unit's eligible list: every employee of the unit who is eligible, in the order given (by NIP).
 * Pure, for the activity that walks the year's results one unit's records at a time.
 */
export function eligibleList(
  rules: AwardRules,
  candidates: readonly AwardCandidateFacts[],
  sanctionsInForce: ReadonlySet<string>,
): string[] {
  return candidates.filter((c) => awardIneligibility(rules, c, sanctionsInForce) === null).map((c) => c.nip);
}

/** A nomination of one employee, with the unit head's reason. */
export const awardNominationSchema = z
  .object({
    nip: z.string().regex(/^\d{18}$/, { message: 'must be exactly 18 digits' }),
    reason: z
      .string()
      .trim()
      .min(1, { error: 'reason must not be empty' })
      .max(2000, { error: 'reason must be at most 2000 characters' }),
  })
  .strict();

/** The unit head's nominations (none is a valid answer: nobody from the unit this year). */
export const awardNominationsSchema = z
  .object({ nominations: z.array(awardNominationSchema).max(MAX_QUOTA_PER_UNIT) })
  .strict();
export type AwardNominations = z.infer<typeof awardNominationsSchema>;

/** HR's committee decides a nomination: awarded or not, and why. */
export const awardDecisionSchema = z
  .object({
    awarded: z.boolean(),
    reason: z
      .string()
      .trim()
      .min(1, { error: 'reason must not be empty' })
      .max(2000, { error: 'reason must be at most 2000 characters' }),
  })
  .strict();
export type AwardDecision = z.infer<typeof awardDecisionSchema>;

/**
 * Why a unit's nominations are refused, or null: more than the quota, someone nominated twice, someone
 * not on the unit's eligible list (not yet nominated), or the nominating head themselves.
 */
export function nominationProblem(
  rules: AwardRules,
  eligible: ReadonlySet<string>,
  nominations: AwardNominations['nominations'],
  nominatorNip: string | null,
): { path: string; message: string } | null {
  if (nominations.length > rules.criteria.quotaPerUnit)
    return {
      path: 'nominations',
      message: `at most ${rules.criteria.quotaPerUnit} nomination(s) per unit (the quota)`,
    };
  const seen = new Set<string>();
  for (const [i, n] of nominations.entries()) {
    if (seen.has(n.nip)) return { path: `nominations.${i}.nip`, message: 'nominated twice' };
    seen.add(n.nip);
    if (n.nip === nominatorNip)
      return { path: `nominations.${i}.nip`, message: 'a unit head may not nominate themselves' };
    if (!eligible.has(n.nip))
      return { path: `nominations.${i}.nip`, message: "not on the unit's eligible list" };
  }
  return null;
}

/** The milliseconds of the round's windows, for the workflow's timers. */
export function awardWindowsMs(rules: AwardRules) {
  const s = rules.schedule;
  return {
    nomination: durationMs(s.nominationWindow),
    grace: durationMs(s.nominationGrace),
    decision: durationMs(s.decisionWindow),
    remindBefore: durationMs(s.reminderBefore),
    escalateAfter: durationMs(s.escalationAfter),
  };
}

/** "Sangat Baik" / "Sangat Baik atau Baik": the qualifying predikat as the pages and emails name them. */
export function qualifyingPredikat(rules: AwardRules, lang: 'id' | 'en'): string {
  return rules.criteria.predikat.map((p) => predikatNames[p]).join(lang === 'id' ? ' atau ' : ' or ');
}
