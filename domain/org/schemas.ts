// The organisation as HR imports it in bulk (units and employees, e.g. from a spreadsheet), row by row.
// Whole-import checks (duplicates, unknown references, reporting-line cycles) are in reporting-line.ts.
import { z } from 'zod';
import { boundedText, codeSchema, personNameSchema, textLimits } from '../text';

/** Position levels of PNS; only `jpt` (heads of agencies) may have no supervisor: the Wali Kota appraises them. */
export const positionLevels = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const;
export type PositionLevel = (typeof positionLevels)[number];

/** Grades of functional positions (jabatan fungsional): the expert (ahli) and skill (keterampilan) ladders. */
export const functionalGrades = [
  'ahli-pertama',
  'ahli-muda',
  'ahli-madya',
  'ahli-utama',
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
] as const;
export type FunctionalGrade = (typeof functionalGrades)[number];

/** NIP: the 18-digit civil servant number (birth date, appointment month, sex, sequence). Personal data. */
export const nipSchema = z.string().regex(/^\d{18}$/, { message: 'must be exactly 18 digits' });

export const unitCodeSchema = codeSchema(
  /^[A-Z0-9][A-Z0-9-]{0,31}$/,
  'must be 1-32 capital letters, digits or dashes, e.g. KEC-ALAK',
);

const unitNameSchema = boundedText('name', textLimits.name);

/** A top-level agency (dinas, badan, kecamatan) has no parent: it answers to the Wali Kota. */
export const unitImportSchema = z
  .object({
    code: unitCodeSchema,
    name: unitNameSchema,
    parentCode: unitCodeSchema.nullish(),
    headNip: nipSchema.nullish(),
  })
  .strict();
export type UnitImport = z.infer<typeof unitImportSchema>;

export const employeeImportSchema = z
  .object({
    nip: nipSchema,
    name: personNameSchema,
    email: z.string().max(254).pipe(z.email()),
    unitCode: unitCodeSchema,
    position: boundedText('position', textLimits.title).describe(
      'the position title, e.g. Kepala Seksi Mutasi',
    ),
    level: z.enum(positionLevels),
    functionalGrade: z.enum(functionalGrades).optional(),
    supervisorNip: nipSchema.nullish(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.level === 'fungsional' && !e.functionalGrade) {
      ctx.addIssue({
        code: 'custom',
        path: ['functionalGrade'],
        message: 'required for a functional position',
      });
    }
    if (e.level !== 'fungsional' && e.functionalGrade) {
      ctx.addIssue({
        code: 'custom',
        path: ['functionalGrade'],
        message: 'only a functional position has a grade',
      });
    }
  });
export type EmployeeImport = z.infer<typeof employeeImportSchema>;
