// The inputs of the recruitment API and workflows, one zod schema each: the TypeScript type, the validation
// and the messages an HR officer reads. Unknown fields are refused. Score ranges and SKB weights depend on
// the cycle's rule set, so they are checked by skd.ts / ranking.ts against it, not here.
import { z } from 'zod';
import { languageSchema } from '../language';
import { boundedText, codeSchema, listLimits, personNameSchema, textLimits } from '../text';
import { durationMs, durationWithin, instantSchema } from '../time';
import {
  cpnsOverridesSchema,
  currentRuleSets,
  formationTypes,
  pppkOverridesSchema,
  registrationMaxLength,
  reminderWindowPairs,
  resolveRuleSet,
  skbComponentKinds,
  windowBounds,
  type CpnsRuleOverrides,
  type PppkRuleOverrides,
  type RecruitmentWindows,
} from './rule-sets';
import { nikProblems } from './nik';
import { announcementStages } from './stages';

const text = (what: string, max: number = textLimits.title) => boundedText(what, max);
const reason = text('reason', textLimits.reason);
const applicationId = text('applicationId', textLimits.id);
const score = z.number({ error: 'a score must be a number' });
const rows = <T extends z.ZodType>(row: T, what = 'row') =>
  z
    .array(row)
    .min(1, { error: `give at least one ${what}` })
    .max(listLimits.rows, { error: `give at most ${listLimits.rows} ${what}s at once` });

/** A formation code: it names a formation in URLs and counts, so it is as strict as a cycle code. */
export const formationCodeSchema = codeSchema(
  /^[A-Z0-9][A-Z0-9-]{0,39}$/,
  'a formation code is 1 to 40 capital letters, digits or hyphens, e.g. PRANATA-KOMPUTER',
);
/** An SKB component code keys each row's scores; lower case is allowed (CAT, cat), prototype keys are not. */
export const componentCodeSchema = codeSchema(
  /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/,
  'a component code is 1 to 40 letters, digits or hyphens, e.g. CAT',
);

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
  code: formationCodeSchema,
  title: text('formation title'),
  unit: text('unit'),
  type: z.enum(formationTypes, { error: `type must be one of ${formationTypes.join(', ')}` }).default('umum'),
  vacancies: z
    .number()
    .int()
    .positive({ error: 'vacancies must be a whole number above 0' })
    .max(100_000, { error: 'vacancies must be at most 100000' }),
});

const scheduleSchema = z.strictObject({
  registrationOpensAt: instantSchema,
  registrationClosesAt: instantSchema,
  appealWindow: durationWithin(windowBounds.appealWindow).optional(),
  appealAnswerWindow: durationWithin(windowBounds.appealAnswerWindow).optional(),
  documentWindow: durationWithin(windowBounds.documentWindow).optional(),
});
type Schedule = z.infer<typeof scheduleSchema>;
const scheduleWindows = ['appealWindow', 'appealAnswerWindow', 'documentWindow'] as const;

const cycleFields = {
  code: z
    .string()
    .regex(/^[A-Z0-9-]{3,40}$/, { error: 'code must be 3 to 40 capital letters, digits or hyphens' }),
  title: text('title'),
  formations: z
    .array(formationSchema)
    .min(1, { error: 'a cycle needs at least one formation' })
    .max(listLimits.formations, { error: `a cycle has at most ${listLimits.formations} formations` }),
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
    const registrationMs = Date.parse(registrationClosesAt) - Date.parse(registrationOpensAt);
    if (registrationMs <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule', 'registrationClosesAt'],
        message: 'registration must close after it opens',
      });
    } else if (
      registrationMs > durationMs(registrationMaxLength.max) &&
      // An instant outside the planning years is already named; its length is not named again.
      [registrationOpensAt, registrationClosesAt].every((t) => instantSchema.safeParse(t).success)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['schedule', 'registrationClosesAt'],
        message: `registration may last at most ${registrationMaxLength.max} (${registrationMaxLength.why}); close it earlier`,
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
  })
  // The rule set as a whole only once every value in it is valid, so that a bad window is named once.
  .superRefine(
    (cycle, ctx) => {
      if (reminderProblems(cycle, ctx)) return;
      const resolved = resolveRuleSet(cycle.kind, cycleRuleOverrides(cycle));
      if (!resolved.ok)
        for (const message of resolved.reasons) ctx.addIssue({ code: 'custom', path: ['rules'], message });
    },
    { when: (payload) => payload.issues.length === 0 },
  )
  .describe('A recruitment cycle (CPNS or PPPK) with its formations, schedule and rule overrides')
  // A valid body in the OpenAPI document: what the rules above accept (the fuzz run sends it too).
  .meta({
    example: {
      code: 'CPNS-2027',
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang 2027',
      formations: [
        {
          code: 'PRANATA-KOMPUTER',
          title: 'Pranata Komputer Ahli Pertama',
          unit: 'DISKOMINFO',
          type: 'umum',
          vacancies: 2,
        },
      ],
      schedule: {
        registrationOpensAt: '2027-03-01T08:00:00+08:00',
        registrationClosesAt: '2027-03-21T23:59:00+08:00',
      },
    },
  });
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

/**
 * A reminder must come before the end of its window. The issue names the field the client sent (a
 * shortened `schedule.documentWindow` under the default reminder names the window, not `rules`) and says
 * what to change. True when there was one.
 */
function reminderProblems(
  cycle: { kind: 'CPNS' | 'PPPK'; schedule: Schedule; rules?: CpnsRuleOverrides | PppkRuleOverrides },
  ctx: z.RefinementCtx,
): boolean {
  const given = cycle.rules?.windows ?? {};
  const effective: RecruitmentWindows = { ...currentRuleSets[cycle.kind].windows };
  for (const [k, v] of Object.entries(given) as [keyof RecruitmentWindows, string | undefined][])
    if (v !== undefined) effective[k] = v;
  for (const w of scheduleWindows) if (cycle.schedule[w] !== undefined) effective[w] = cycle.schedule[w];
  let found = false;
  for (const [reminder, window] of reminderWindowPairs) {
    if (durationMs(effective[reminder]) < durationMs(effective[window])) continue;
    found = true;
    const inSchedule =
      (scheduleWindows as readonly string[]).includes(window) &&
      cycle.schedule[window as (typeof scheduleWindows)[number]] !== undefined;
    const windowPath = inSchedule ? ['schedule', window] : ['rules', 'windows', window];
    const reminderGiven = given[reminder] !== undefined;
    ctx.addIssue({
      code: 'custom',
      path: reminderGiven ? ['rules', 'windows', reminder] : windowPath,
      message: reminderGiven
        ? `${reminder} (${effective[reminder]}) must be shorter than ${window} (${effective[window]}); shorten the reminder`
        : `${window} (${effective[window]}) must be longer than its reminder ${reminder} (${effective[reminder]}, the rule set's default); lengthen the window or set a shorter rules.windows.${reminder}`,
    });
  }
  return found;
}

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
    name: personNameSchema,
    email: z
      .string()
      .max(254, { error: 'email must be at most 254 characters' })
      .pipe(z.email({ error: 'email must be a valid email address' })),
    birthDate: z.iso.date({ error: 'birthDate must be a real date written YYYY-MM-DD' }),
    education: educationSchema,
    formationCode: formationCodeSchema,
    language: languageSchema,
  })
  .superRefine((a, ctx) => {
    // Zod runs this even when a field failed: compare the two only when each is well formed.
    if (!/^\d{16}$/.test(a.nik) || Number.isNaN(Date.parse(a.birthDate))) return;
    for (const message of nikProblems(a.nik, a.birthDate))
      ctx.addIssue({ code: 'custom', path: ['nik'], message });
  })
  .describe('An application to one formation of a cycle')
  .meta({
    example: {
      nik: '5371041705960001',
      name: 'Maria Fernandez',
      email: 'maria.fernandez@example.com',
      birthDate: '1996-05-17',
      education: { level: 'S1', major: 'Ilmu Komputer', gpa: 3.4 },
      formationCode: 'PRANATA-KOMPUTER',
      language: 'id',
    },
  });
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
  .strictObject({ decisions: rows(screeningDecisionSchema, 'decision') })
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
          code: text('session code', textLimits.short),
          place: text('place', textLimits.short),
          startsAt: instantSchema,
          applicationIds: rows(applicationId, 'applicant'),
        }),
      )
      .min(1, { error: 'give at least one session' })
      .max(listLimits.sessions, { error: `give at most ${listLimits.sessions} sessions at once` }),
  })
  .superRefine((s, ctx) => {
    unique(ctx, 'session code', each('sessions', s.sessions, 'code'));
    const seats = s.sessions.flatMap((x, i) =>
      x.applicationIds.map((id, j): [string, PropertyKey[]] => [id, ['sessions', i, 'applicationIds', j]]),
    );
    unique(ctx, 'application', seats);
  });
export type SkdSessionsInput = z.infer<typeof skdSessionsSchema>;

export const skdResultRowSchema = z.strictObject({ applicationId, twk: score, tiu: score, tkp: score });
export const skdResultsSchema = z
  .strictObject({ rows: rows(skdResultRowSchema) })
  .superRefine((r, ctx) => unique(ctx, 'application', each('rows', r.rows, 'applicationId')));
export type SkdResultsInput = z.infer<typeof skdResultsSchema>;

export const skbComponentSchema = z.strictObject({
  code: componentCodeSchema,
  name: text('component name'),
  kind: z.enum(skbComponentKinds, { error: `kind must be one of ${skbComponentKinds.join(', ')}` }),
  weight: z.number({ error: 'weight must be a number' }),
});
export const skbResultRowSchema = z.strictObject({
  applicationId,
  scores: z.record(componentCodeSchema, score).refine((s) => Object.keys(s).length <= listLimits.components, {
    error: `give at most ${listLimits.components} component scores`,
  }),
});
const skbComponentsSchema = z
  .array(skbComponentSchema)
  .min(1, { error: 'give at least one component' })
  .max(listLimits.components, { error: `give at most ${listLimits.components} components` })
  .superRefine((c, ctx) =>
    unique(
      ctx,
      'component code',
      c.map((x, i) => [x.code, [i, 'code']]),
    ),
  );
export const skbResultsSchema = z
  .strictObject({ components: skbComponentsSchema, rows: rows(skbResultRowSchema) })
  .superRefine((r, ctx) => unique(ctx, 'application', each('rows', r.rows, 'applicationId')));
export type SkbResultsInput = z.infer<typeof skbResultsSchema>;

export const competencyResultRowSchema = z.strictObject({
  applicationId,
  technical: score,
  managerial: score,
  interview: score,
});
export const competencyResultsSchema = z
  .strictObject({ rows: rows(competencyResultRowSchema) })
  .superRefine((r, ctx) => unique(ctx, 'application', each('rows', r.rows, 'applicationId')));
export type CompetencyResultsInput = z.infer<typeof competencyResultsSchema>;

// ---- Bulk uploads, row by row ----

/**
 * What the bulk routes validate before their command: the list itself (bounded) and whatever is not a row;
 * each row is then parsed on its own (`parseUploadRows`), so that one 400 names the type errors of some
 * rows together with the rule errors (scores out of range, unknown applications) of the others.
 */
const uploadRows = rows(z.unknown());
export const bulkScreeningUploadSchema = z.strictObject({ decisions: uploadRows });
export const skdResultsUploadSchema = z.strictObject({ rows: uploadRows });
export const skbResultsUploadSchema = z.strictObject({ components: skbComponentsSchema, rows: uploadRows });
export const competencyResultsUploadSchema = z.strictObject({ rows: uploadRows });

export interface RowIssue {
  /** Index of the row in its list, from 0. */
  index: number;
  /** The field in the row, empty for the row itself. */
  path: string[];
  message: string;
}

/** Parses each row with its schema; the rows that parse (with their index), and every issue of the rest and
 * every repeated application id. */
export function parseUploadRows<T extends { applicationId: string }>(
  raw: readonly unknown[],
  rowSchema: z.ZodType<T>,
): { rows: { index: number; row: T }[]; issues: RowIssue[] } {
  const parsed: { index: number; row: T }[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const r = rowSchema.safeParse(value);
    if (!r.success) {
      for (const i of r.error.issues) {
        const path = i.path.map(String);
        if (i.code === 'unrecognized_keys')
          issues.push(...i.keys.map((k) => ({ index, path: [...path, k], message: 'unknown field' })));
        else issues.push({ index, path, message: i.message });
      }
      return;
    }
    if (seen.has(r.data.applicationId)) {
      issues.push({
        index,
        path: ['applicationId'],
        message: `application ${r.data.applicationId} appears more than once`,
      });
      return;
    }
    seen.add(r.data.applicationId);
    parsed.push({ index, row: r.data });
  });
  return { rows: parsed, issues };
}

// ---- Documents and withdrawal ----

export const documentsSubmissionSchema = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        kind: text('document kind', textLimits.short),
        reference: text('document reference', textLimits.reference),
      }),
    )
    .min(1, { error: 'give at least one document' })
    .max(listLimits.documents, { error: `give at most ${listLimits.documents} documents` }),
});
export type DocumentsSubmissionInput = z.infer<typeof documentsSubmissionSchema>;

export const documentsVerificationSchema = z
  .strictObject({
    accepted: z.boolean({ error: 'accepted must be true or false' }),
    reason: z
      .string()
      .trim()
      .max(textLimits.reason, { error: `reason must be at most ${textLimits.reason} characters` })
      .optional(),
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
/** Why the links are renewed (a link that leaked, a lost email): kept in the audit trail. */
export const linkRenewalSchema = z.strictObject({ reason });

/**
 * "Send my link again" (/candidate/recover): the NIK, birth date and email address the candidate applied
 * with, checked as applying checks them.
 */
export const linkRecoverySchema = z.strictObject({
  nik: applicationSchema.shape.nik,
  birthDate: applicationSchema.shape.birthDate,
  email: applicationSchema.shape.email,
});
export type LinkRecoveryInput = z.infer<typeof linkRecoverySchema>;
