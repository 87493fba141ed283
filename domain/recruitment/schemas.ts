// The inputs of the recruitment API and workflows, one zod schema each: the TypeScript type, the validation
// and the messages an HR officer reads. Unknown fields are refused. Score ranges and SKB weights depend on
// the cycle's rule set, so they are checked by skd.ts / ranking.ts against it, not here.
import { z } from 'zod';
import { languageSchema } from '../language';
import { durationSchema, instantSchema } from '../time';
import {
  cpnsOverridesSchema,
  formationTypes,
  pppkOverridesSchema,
  resolveRuleSet,
  skbComponentKinds,
  type CpnsRuleOverrides,
  type PppkRuleOverrides,
} from './rule-sets';
import { nikProblems } from './nik';
import { announcementStages } from './stages';

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` });
const reason = text('reason');
const applicationId = text('applicationId');
const score = z.number({ error: 'a score must be a number' });

/** Adds an issue at the path of every value seen before, e.g. a formation code used twice. */
function unique(ctx: z.RefinementCtx, what: string, entries: [value: string, path: PropertyKey[]][]) {
  const seen = new Set<string>();
  for (const [value, path] of entries) {
    if (seen.has(value))
      ctx.addIssue({ code: 'custom', path, message: `${what} ${value} appears more than once` });
    seen.add(value);
  }
}

/** The entries of `unique` for one field of every item of a list. */
const each = <T>(at: string, items: T[], field: keyof T & string): [string, PropertyKey[]][] =>
  items.map((item, i) => [String(item[field]), [at, i, field]]);

// ---- Cycle ----

export const formationSchema = z.strictObject({
  code: text('formation code'),
  title: text('formation title'),
  unit: text('unit'),
  type: z.enum(formationTypes, { error: `type must be one of ${formationTypes.join(', ')}` }).default('umum'),
  vacancies: z.number().int().positive({ error: 'vacancies must be a whole number above 0' }),
});

const scheduleSchema = z.strictObject({
  registrationOpensAt: instantSchema,
  registrationClosesAt: instantSchema,
  appealWindow: durationSchema.optional(),
  appealAnswerWindow: durationSchema.optional(),
  documentWindow: durationSchema.optional(),
});
type Schedule = z.infer<typeof scheduleSchema>;
const scheduleWindows = ['appealWindow', 'appealAnswerWindow', 'documentWindow'] as const;

const cycleFields = {
  code: z
    .string()
    .regex(/^[A-Z0-9-]{3,40}$/, { error: 'code must be 3 to 40 capital letters, digits or hyphens' }),
  title: text('title'),
  formations: z.array(formationSchema).min(1, { error: 'a cycle needs at least one formation' }),
  schedule: scheduleSchema,
  budgetYear: z
    .number()
    .int()
    .min(2000, { error: 'budgetYear must be a year from 2000 to 2100' })
    .max(2100, { error: 'budgetYear must be a year from 2000 to 2100' })
    .optional()
    .describe(
      'The budget year (tahun anggaran) of the selection; default: the year registration opens, in WITA',
    ),
};

export const createCycleSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ ...cycleFields, kind: z.literal('CPNS'), rules: cpnsOverridesSchema.optional() }),
      z.strictObject({ ...cycleFields, kind: z.literal('PPPK'), rules: pppkOverridesSchema.optional() }),
    ],
    { error: 'kind must be CPNS or PPPK' },
  )
  .superRefine((cycle, ctx) => {
    unique(ctx, 'formation code', each('formations', cycle.formations, 'code'));
    const { registrationOpensAt, registrationClosesAt } = cycle.schedule;
    if (Date.parse(registrationClosesAt) <= Date.parse(registrationOpensAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule', 'registrationClosesAt'],
        message: 'registration must close after it opens',
      });
    }
    for (const w of scheduleWindows) {
      if (cycle.schedule[w] !== undefined && cycle.rules?.windows?.[w] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', 'windows', w],
          message: `${w} is already set in schedule; set it once`,
        });
      }
    }
    const resolved = resolveRuleSet(cycle.kind, cycleRuleOverrides(cycle));
    if (!resolved.ok)
      for (const message of resolved.reasons) ctx.addIssue({ code: 'custom', path: ['rules'], message });
  })
  .describe('A recruitment cycle (CPNS or PPPK) with its formations, schedule and rule overrides');
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

/** The overrides a cycle runs under: its `rules` with the window durations given in `schedule`. */
export function cycleRuleOverrides(cycle: {
  schedule: Schedule;
  rules?: CpnsRuleOverrides | PppkRuleOverrides;
}): CpnsRuleOverrides | PppkRuleOverrides {
  const fromSchedule = Object.fromEntries(
    scheduleWindows.flatMap((w) => (cycle.schedule[w] ? [[w, cycle.schedule[w]]] : [])),
  );
  if (Object.keys(fromSchedule).length === 0) return cycle.rules ?? {};
  return { ...cycle.rules, windows: { ...cycle.rules?.windows, ...fromSchedule } };
}

// ---- Application ----

/**
 * SMA and SMK stand for every secondary school (MA, MAK included); D4 is the applied bachelor (sarjana terapan).
 * GPA (IPK) is on the 0..4 scale from D3 up; for SMA/SMK it is the diploma average on 0..100 (RULES.md 1.5 c).
 */
export const educationLevels = ['SMA', 'SMK', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
const secondary: readonly string[] = ['SMA', 'SMK'];
const GPA_MAX = 4;
const DIPLOMA_AVERAGE_MAX = 100;

export const educationSchema = z
  .strictObject({
    level: z.enum(educationLevels, { error: `level must be one of ${educationLevels.join(', ')}` }),
    major: text('major'),
    gpa: z.number({ error: 'gpa must be a number' }).nonnegative({ error: 'gpa must not be negative' }),
  })
  .superRefine((e, ctx) => {
    const max = secondary.includes(e.level) ? DIPLOMA_AVERAGE_MAX : GPA_MAX;
    if (e.gpa > max)
      ctx.addIssue({ code: 'custom', path: ['gpa'], message: `gpa for ${e.level} must be at most ${max}` });
  });

export const applicationSchema = z
  .strictObject({
    nik: z.string().regex(/^\d{16}$/, { error: 'NIK must be exactly 16 digits' }),
    name: text('name'),
    email: z.email({ error: 'email must be a valid email address' }),
    birthDate: z.iso.date({ error: 'birthDate must be a real date written YYYY-MM-DD' }),
    education: educationSchema,
    formationCode: text('formationCode'),
    language: languageSchema,
  })
  .superRefine((a, ctx) => {
    // Zod runs this even when a field failed: compare the two only when each is well formed.
    if (!/^\d{16}$/.test(a.nik) || Number.isNaN(Date.parse(a.birthDate))) return;
    for (const message of nikProblems(a.nik, a.birthDate))
      ctx.addIssue({ code: 'custom', path: ['nik'], message });
  })
  .describe('An application to one formation of a cycle');
export type ApplicationInput = z.infer<typeof applicationSchema>;

// ---- Screening, announcements, appeals (sanggah) ----

export const screeningDecisionSchema = z.strictObject({
  applicationId,
  decision: z.enum(['MS', 'TMS'], {
    error: 'decision must be MS (memenuhi syarat) or TMS (tidak memenuhi syarat)',
  }),
  reason,
});
export type ScreeningDecisionInput = z.infer<typeof screeningDecisionSchema>;

export const bulkScreeningSchema = z
  .strictObject({
    decisions: z.array(screeningDecisionSchema).min(1, { error: 'give at least one decision' }),
  })
  .superRefine((b, ctx) => unique(ctx, 'application', each('decisions', b.decisions, 'applicationId')));
export type BulkScreeningInput = z.infer<typeof bulkScreeningSchema>;

export const announcementSchema = z.strictObject({
  stage: z.enum(announcementStages, { error: `stage must be one of ${announcementStages.join(', ')}` }),
});
export type AnnouncementInput = z.infer<typeof announcementSchema>;

export const appealSchema = z.strictObject({ reason });
export type AppealInput = z.infer<typeof appealSchema>;

export const appealDecisionSchema = z.strictObject({
  accepted: z.boolean({ error: 'accepted must be true or false' }),
  reason,
});
export type AppealDecisionInput = z.infer<typeof appealDecisionSchema>;

// ---- Exams ----

export const skdSessionsSchema = z
  .strictObject({
    sessions: z
      .array(
        z.strictObject({
          code: text('session code'),
          place: text('place'),
          startsAt: instantSchema,
          applicationIds: z.array(applicationId).min(1, { error: 'a session needs at least one applicant' }),
        }),
      )
      .min(1, { error: 'give at least one session' }),
  })
  .superRefine((s, ctx) => {
    unique(ctx, 'session code', each('sessions', s.sessions, 'code'));
    const seats = s.sessions.flatMap((x, i) =>
      x.applicationIds.map((id, j): [string, PropertyKey[]] => [id, ['sessions', i, 'applicationIds', j]]),
    );
    unique(ctx, 'application', seats);
  });
export type SkdSessionsInput = z.infer<typeof skdSessionsSchema>;

export const skdResultsSchema = z
  .strictObject({
    rows: z
      .array(z.strictObject({ applicationId, twk: score, tiu: score, tkp: score }))
      .min(1, { error: 'give at least one row' }),
  })
  .superRefine((r, ctx) => unique(ctx, 'application', each('rows', r.rows, 'applicationId')));
export type SkdResultsInput = z.infer<typeof skdResultsSchema>;

export const skbResultsSchema = z
  .strictObject({
    components: z
      .array(
        z.strictObject({
          code: text('component code'),
          name: text('component name'),
          kind: z.enum(skbComponentKinds, { error: `kind must be one of ${skbComponentKinds.join(', ')}` }),
          weight: z.number({ error: 'weight must be a number' }),
        }),
      )
      .min(1, { error: 'give at least one component' }),
    rows: z
      .array(z.strictObject({ applicationId, scores: z.record(z.string(), score) }))
      .min(1, { error: 'give at least one row' }),
  })
  .superRefine((r, ctx) => {
    unique(ctx, 'component code', each('components', r.components, 'code'));
    unique(ctx, 'application', each('rows', r.rows, 'applicationId'));
  });
export type SkbResultsInput = z.infer<typeof skbResultsSchema>;

export const competencyResultsSchema = z
  .strictObject({
    rows: z
      .array(z.strictObject({ applicationId, technical: score, managerial: score, interview: score }))
      .min(1, { error: 'give at least one row' }),
  })
  .superRefine((r, ctx) => unique(ctx, 'application', each('rows', r.rows, 'applicationId')));
export type CompetencyResultsInput = z.infer<typeof competencyResultsSchema>;

// ---- Documents and withdrawal ----

export const documentsSubmissionSchema = z.strictObject({
  documents: z
    .array(z.strictObject({ kind: text('document kind'), reference: text('document reference') }))
    .min(1, { error: 'give at least one document' }),
});
export type DocumentsSubmissionInput = z.infer<typeof documentsSubmissionSchema>;

export const documentsVerificationSchema = z
  .strictObject({
    accepted: z.boolean({ error: 'accepted must be true or false' }),
    reason: z.string().trim().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.accepted && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'say why the documents are rejected' });
  });
export type DocumentsVerificationInput = z.infer<typeof documentsVerificationSchema>;

/** HR's correction of a candidate's email address that the mail server refused. */
export const addressCorrectionSchema = z.strictObject({
  email: z
    .email({ error: 'email must be a valid email address' })
    // RFC 5321's limits, which a mail server enforces (501) even where the address syntax allows more.
    .refine((e) => e.length <= 254 && e.indexOf('@') <= 64, {
      error: 'email must have at most 64 characters before the @ and 254 in all',
    }),
});
export type AddressCorrectionInput = z.infer<typeof addressCorrectionSchema>;

export const withdrawalSchema = z.strictObject({ reason });
export type WithdrawalInput = z.infer<typeof withdrawalSchema>;
