// The organisation registry's answers as callers see them, one zod schema per view: the API declares its
// responses with them and the commands return their z.infer.
import { z } from 'zod';

/** What an import did: rows taken, warnings, and how many appraisals were told of a change. */
export const orgImportSummary = z.object({
  imported: z.object({ units: z.number().int(), employees: z.number().int() }),
  warnings: z.array(
    z.object({ sheet: z.string(), index: z.number().int(), field: z.string(), reason: z.string() }),
  ),
  supervisorChanged: z.number().int(),
  positionChanged: z.number().int(),
});
export type OrgImportSummary = z.infer<typeof orgImportSummary>;

export const employeeView = z.object({
  nip: z.string(),
  name: z.string(),
  email: z.string(),
  unitCode: z.string(),
  position: z.string(),
  level: z.string(),
  functionalGrade: z.string().nullable(),
  supervisorNip: z.string().nullable(),
  active: z.boolean(),
});
export type EmployeeView = z.infer<typeof employeeView>;

/** An employee's registry fields, from an import row or a stored record (absent grade and supervisor: null). */
export function registryFields(e: {
  nip: string;
  name: string;
  email: string;
  unitCode: string;
  position: string;
  level: string;
  functionalGrade?: string | null;
  supervisorNip?: string | null;
}): Omit<EmployeeView, 'active'> {
  return {
    nip: e.nip,
    name: e.name,
    email: e.email,
    unitCode: e.unitCode,
    position: e.position,
    level: e.level,
    functionalGrade: e.functionalGrade ?? null,
    supervisorNip: e.supervisorNip ?? null,
  };
}
