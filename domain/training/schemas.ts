// The inputs of competency development as zod schemas, shared by the API, the commands and the
// workflows: an employee's record of development, HR's programmes, enrolment and completion, the
// verification of a record, and the opening of a training year. Every string bounded, every date a
// calendar date within reach, the JP within the rule set's bound.
import { z } from 'zod';
import { boundedText, codeSchema, listLimits, textLimits } from '../text';
import { nipSchema, unitCodeSchema } from '../org/schemas';
import { instantSchema } from '../time';
import { jp2020, trainingKindSchema } from './rule-sets';

export const yearSchema = z.coerce.number().int().min(2020).max(2100);

/** A calendar date (YYYY-MM-DD) that exists, between 2000 and 2100. */
export const calendarDateSchema = z
  .string()
  .regex(/^(20\d\d|2100)-\d\d-\d\d$/, {
    error: 'must be a date YYYY-MM-DD between 2000 and 2100',
    abort: true,
  })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    {
      error: 'is not a calendar date',
      abort: true,
    },
  );

const jpSchema = z
  .number()
  .positive({ error: 'must be more than 0' })
  .max(jp2020.maxJpPerRecord, { error: `must be at most ${jp2020.maxJpPerRecord}` })
  .refine((n) => Math.round(n * 100) === n * 100, { error: 'at most two decimals' });

/** One record of development as the employee (or HR for them) enters it: JP, or minutes turned into JP. */
export const trainingRecordInputSchema = z
  .object({
    nip: nipSchema.optional().describe('Whose record (HR only; an employee enters their own)'),
    kind: trainingKindSchema,
    title: boundedText('title', textLimits.title),
    provider: boundedText('provider', textLimits.name),
    startDate: calendarDateSchema,
    endDate: calendarDateSchema,
    jp: jpSchema.optional(),
    minutes: z
      .number()
      .int()
      .positive()
      .max(jp2020.maxJpPerRecord * 60)
      .optional(),
  })
  .strict()
  .refine((r) => r.endDate >= r.startDate, { path: ['endDate'], error: 'must not be before startDate' })
  .refine((r) => r.startDate.slice(0, 4) === r.endDate.slice(0, 4), {
    path: ['endDate'],
    error: 'a record lies in one calendar year (split one across years)',
  })
  .refine((r) => (r.jp === undefined) !== (r.minutes === undefined), {
    path: ['jp'],
    error: 'give either jp or minutes',
  });
export type TrainingRecordInput = z.infer<typeof trainingRecordInputSchema>;

/** The superior's (or HR's) verification of a record: the task payload. */
export const verificationSchema = z
  .object({ approved: z.boolean(), note: z.string().trim().max(textLimits.reason).optional() })
  .strict()
  .refine((v) => v.approved || !!v.note, { path: ['note'], error: 'say why the record is rejected' });
export type Verification = z.infer<typeof verificationSchema>;

export const programmeCodeSchema = codeSchema(
  /^[A-Z0-9][A-Z0-9-]{1,39}$/,
  'must be 2–40 capital letters, digits or dashes',
);

/** A programme HR offers: dates, JP, seats. */
export const programmeInputSchema = z
  .object({
    code: programmeCodeSchema,
    title: boundedText('title', textLimits.title),
    provider: boundedText('provider', textLimits.name),
    kind: trainingKindSchema,
    startDate: calendarDateSchema,
    endDate: calendarDateSchema,
    jp: jpSchema,
    seats: z.number().int().min(1).max(1000),
  })
  .strict()
  .refine((r) => r.endDate >= r.startDate, { path: ['endDate'], error: 'must not be before startDate' })
  .refine((r) => r.startDate.slice(0, 4) === r.endDate.slice(0, 4), {
    path: ['endDate'],
    error: 'a programme lies in one calendar year',
  });
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

export const enrolmentInputSchema = z
  .object({ nip: nipSchema.optional().describe('Whom to enrol (HR only; an employee enrols themselves)') })
  .strict();

export const completionInputSchema = z
  .object({ nips: z.array(nipSchema).min(1).max(1000) })
  .strict()
  .refine((c) => new Set(c.nips).size === c.nips.length, { path: ['nips'], error: 'a NIP appears twice' });

/** HR opens a training year; a test compresses its calendar with explicit instants. */
export const trainingYearInputSchema = z
  .object({
    year: yearSchema,
    ruleSetId: z.literal(jp2020.id).default(jp2020.id),
    midYearAt: instantSchema.optional(),
    endsAt: instantSchema.optional(),
    units: z.array(unitCodeSchema).min(1).max(listLimits.units).optional(),
  })
  .strict();
export type TrainingYearInput = z.infer<typeof trainingYearInputSchema>;

/** A training year as its workflow runs it: every instant resolved. */
export interface TrainingYearConfig {
  year: number;
  ruleSetId: string;
  midYearAt: string;
  endsAt: string;
  units?: string[];
}
