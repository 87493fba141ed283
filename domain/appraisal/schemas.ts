// The inputs of the appraisal process, one zod schema each: the API validates requests with them, the
// workflows take the same types (z.infer), and the API layer registers them in the OpenAPI document.
import { z } from 'zod';
import { unitCodeSchema } from '../org/schemas';
import { boundedText, listLimits, textLimits } from '../text';
import { durationWithin, instantSchema } from '../time';
import {
  compressedPeriods,
  defaultYearSchedule,
  periodCodeSchema,
  periodsOfYear,
  type AppraisalPeriod,
  type YearSchedule,
} from './periods';
import {
  appraisalRuleOverridesSchema,
  appraisalRuleSets,
  defaultAppraisalRuleSetId,
  periodicitySchema,
  predikatSchema,
  ratingLevelSchema,
  resolveAppraisalRules,
  scheduleBounds,
  unitResultSchema,
  type AppraisalRuleOverrides,
  type AppraisalRules,
  type AppraisalRuleSetId,
  type Periodicity,
  type RuleChange,
} from './rule-sets';

const text = boundedText('text', textLimits.reason);

export const appraisalYearInputSchema = z
  .object({
    year: z.int().min(2020).max(2100),
    ruleSetId: z.enum(Object.keys(appraisalRuleSets) as [AppraisalRuleSetId]).optional(),
    ruleOverrides: appraisalRuleOverridesSchema.optional(),
    periodicity: periodicitySchema.optional().describe("default: the rule set's (quarterly)"),
    deadlines: z
      .object({
        skpDueAt: instantSchema,
        periodRatingWindow: durationWithin(scheduleBounds.periodRatingWindow).describe(
          'after the end of each period',
        ),
        annualDueAt: instantSchema,
        objectionWindow: durationWithin(scheduleBounds.objectionWindow).describe(
          'after the employee receives the annual result',
        ),
      })
      .partial()
      .strict()
      .optional()
      .describe('each one defaults to the rule set: see defaultYearSchedule'),
    reminderBefore: durationWithin(scheduleBounds.reminderBefore)
      .optional()
      .describe('remind the assignee this long before a task is due'),
    escalationAfter: durationWithin(scheduleBounds.escalationAfter)
      .optional()
      .describe("tell the assignee's supervisor this long after"),
    units: z
      .array(unitCodeSchema)
      .nonempty()
      .max(listLimits.units)
      .optional()
      .describe('limit the year to these units (default: all)'),
    compressedCalendar: z
      .object({ startsAt: instantSchema, periodLength: durationWithin(scheduleBounds.periodLength) })
      .strict()
      .optional()
      .describe(
        "demonstrations and tests only: the year's periods laid end to end from startsAt, each periodLength long",
      ),
  })
  .strict()
  .superRefine((v, ctx) => {
    const { skpDueAt, annualDueAt } = v.deadlines ?? {};
    if (skpDueAt && annualDueAt && Date.parse(skpDueAt) >= Date.parse(annualDueAt)) {
      ctx.addIssue({ code: 'custom', path: ['deadlines', 'annualDueAt'], message: 'must be after skpDueAt' });
    }
    const repeated = v.units?.filter((u, i) => v.units!.indexOf(u) !== i) ?? [];
    if (repeated.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['units'], message: `repeated unit ${repeated.join(', ')}` });
    }
  });
export type AppraisalYearInput = z.infer<typeof appraisalYearInputSchema>;

/** An appraisal year with every default filled in, as the year workflow records it. */
export interface AppraisalYearConfig {
  year: number;
  ruleSetId: AppraisalRuleSetId;
  ruleOverrides: AppraisalRuleOverrides;
  periodicity: Periodicity;
  deadlines: YearSchedule;
  reminderBefore: string;
  escalationAfter: string;
  /** null: every unit. */
  units: string[] | null;
  /** The rating periods: the calendar's quarters or months, or a compressed calendar's. */
  periods: AppraisalPeriod[];
}

/** Fills the defaults of a parsed year input from its (overridden) rule set. */
export function resolveAppraisalYear(input: AppraisalYearInput): {
  config: AppraisalYearConfig;
  rules: AppraisalRules;
  ruleChanges: RuleChange[];
} {
  const ruleSetId = input.ruleSetId ?? defaultAppraisalRuleSetId;
  const { rules, overrides, changes } = resolveAppraisalRules(input.ruleOverrides, ruleSetId);
  const periodicity = input.periodicity ?? rules.schedule.periodicity;
  const config: AppraisalYearConfig = {
    year: input.year,
    ruleSetId,
    ruleOverrides: overrides,
    periodicity,
    deadlines: { ...defaultYearSchedule(input.year, rules), ...definedOnly(input.deadlines ?? {}) },
    reminderBefore: input.reminderBefore ?? rules.schedule.reminderBefore,
    escalationAfter: input.escalationAfter ?? rules.schedule.escalationAfter,
    units: input.units ?? null,
    periods: input.compressedCalendar
      ? compressedPeriods(
          periodicity,
          input.compressedCalendar.startsAt,
          input.compressedCalendar.periodLength,
        )
      : periodsOfYear(input.year, periodicity),
  };
  return { config, rules, ruleChanges: changes };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The SKP: the results the employee plans (rencana hasil kerja), each with an indicator and a target. */
export const skpDraftSchema = z
  .object({
    results: z
      .array(z.object({ description: text, indicator: text, target: text }).strict())
      .nonempty({ message: 'an SKP has at least one planned result' })
      .max(listLimits.skpResults, { message: `an SKP has at most ${listLimits.skpResults} planned results` }),
  })
  .strict();
export type SkpDraft = z.infer<typeof skpDraftSchema>;

/** The appraiser approves the SKP or returns it to the employee with a note saying what to change. */
export const skpApprovalSchema = z
  .object({ approved: z.boolean(), note: text.optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.approved && !v.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'a note is required when the SKP is returned',
      });
    }
  });
export type SkpApproval = z.infer<typeof skpApprovalSchema>;

/** A periodic or annual rating; the predikat follows from the matrix, it is not entered. */
export const ratingSchema = z
  .object({ hasilKerja: ratingLevelSchema, perilakuKerja: ratingLevelSchema, note: text.optional() })
  .strict();
export type Rating = z.infer<typeof ratingSchema>;

/** A coaching or feedback note recorded against the SKP. */
export const feedbackSchema = z.object({ note: text }).strict();
export type Feedback = z.infer<typeof feedbackSchema>;

/** The employee's objection (keberatan) to the annual result. */
export const objectionSchema = z.object({ reason: text }).strict();
export type Objection = z.infer<typeof objectionSchema>;

/** The employee accepts the annual result (no objection): an optional note, e.g. "setuju". */
export const acceptanceSchema = z.object({ note: text.optional() }).strict();
export type Acceptance = z.infer<typeof acceptanceSchema>;

/** The appraiser's superior decides the objection: the final predikat (changed or kept) and why. */
export const objectionDecisionSchema = z.object({ predikat: predikatSchema, reason: text }).strict();
export type ObjectionDecision = z.infer<typeof objectionDecisionSchema>;

/** A unit's own result for a period (or the year), set before its staff are rated. */
export const unitResultInputSchema = z
  .object({ period: z.union([periodCodeSchema, z.literal('annual')]), result: unitResultSchema })
  .strict();
export type UnitResultInput = z.infer<typeof unitResultInputSchema>;

/** HR moves a deadline (an audited event). */
export const deadlineExtensionSchema = z.object({ dueAt: instantSchema, reason: text }).strict();
export type DeadlineExtension = z.infer<typeof deadlineExtensionSchema>;
