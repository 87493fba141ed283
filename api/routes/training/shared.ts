// What the competency-development routes share: the base path, the path parameters (each bounded), and
// the response shapes of the commands (records, progress rows).
import { z } from 'zod';
import { nipSchema } from '../../../domain/org/schemas';
import { programmeCodeSchema, yearSchema } from '../../../domain/training/schemas';
import { trainingKindSchema } from '../../../domain/training/rule-sets';

export const BASE = '/api/v1/training';
export const tags = ['training'];

export const yearParams = z.object({ year: yearSchema });
export const employeeParams = z.object({ year: yearSchema, nip: nipSchema });
export const recordParams = z.object({
  id: z.string().regex(/^r_[\w-]{22}$/, { error: 'a record id is r_ and 22 characters' }),
});
export const programmeParams = z.object({ code: programmeCodeSchema });
export const limitQuery = z.coerce.number().int().min(1).max(5000).default(1000);

export const recordView = z.object({
  id: z.string(),
  year: z.number().int(),
  nip: z.string(),
  unitCode: z.string(),
  kind: trainingKindSchema,
  title: z.string(),
  provider: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  jp: z.number(),
  source: z.enum(['employee', 'import', 'programme']),
  programmeCode: z.string().nullable(),
  status: z.enum(['pending', 'verified', 'rejected']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  certificate: z.object({ contentType: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
  taskId: z.string().nullable().describe("The verification task in the superior's inbox"),
});

export const progressRow = z.object({
  nip: z.string(),
  name: z.string(),
  unitCode: z.string(),
  totalJp: z.number().describe('Verified JP of the year, of every kind'),
  classicalJp: z.number(),
  nonClassicalJp: z.number(),
  pendingJp: z.number().describe('Entered, awaiting verification (not counted yet)'),
  missingJp: z.number().describe('JP still missing from the yearly minimum'),
});

export const notFound = (what: string) => ({ 404: { description: `No such ${what}` } });
