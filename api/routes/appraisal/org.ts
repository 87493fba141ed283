// The organisation registry over HTTP: bulk import of units and employees (validated as a whole: any bad
// row → 400 listing every bad row, nothing imported), an employee's record, and a departure. Each
// operation is a command of commands/org/, which also tells the running appraisals of a change.
import { z } from 'zod';
import { orgCommands } from '../../../commands/org/registry';
import { nipSchema } from '../../../domain/org/schemas';
import { employeeView, orgImportSummary } from '../../../domain/org/views';
import type { AppraisalDeps } from '../../../commands/appraisal/deps';
import { route } from '../../route';

export function orgRoutes(deps: AppraisalDeps) {
  const org = orgCommands(deps);

  return [
    route({
      method: 'post',
      path: '/api/v1/org/units',
      operationId: 'importOrgUnits',
      summary: 'Bulk import of units (code, name, parentCode, headNip), validated as a whole',
      tags: ['org'],
      roles: ['hr'],
      body: z.object({ units: z.array(z.unknown()).min(1).max(10_000) }).strict(),
      responses: { 200: { description: 'Imported', schema: orgImportSummary } },
      handler: async ({ body, principal }) => ({
        body: await org.importRegistry(principal!, { units: body.units, employees: [] }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/org/employees',
      operationId: 'importOrgEmployees',
      summary: 'Bulk import of employees (and optionally their units), validated as a whole',
      tags: ['org'],
      roles: ['hr'],
      body: z
        .object({
          employees: z.array(z.unknown()).min(1).max(100_000),
          units: z.array(z.unknown()).max(10_000).optional(),
        })
        .strict(),
      responses: { 200: { description: 'Imported', schema: orgImportSummary } },
      handler: async ({ body, principal }) => ({
        body: await org.importRegistry(principal!, { units: body.units ?? [], employees: body.employees }),
      }),
    }),
    route({
      method: 'get',
      path: '/api/v1/org/employees/:nip',
      operationId: 'getOrgEmployee',
      summary: 'An employee of the registry (hr, the employee, their supervisors)',
      tags: ['org'],
      roles: ['hr', 'supervisor', 'employee'],
      params: z.object({ nip: nipSchema }),
      responses: {
        200: { description: 'The employee', schema: employeeView },
        404: { description: 'Unknown' },
      },
      handler: async ({ params, principal }) => ({ body: await org.employee(principal!, params) }),
    }),
    route({
      method: 'post',
      path: '/api/v1/org/employees/:nip/departure',
      operationId: 'recordEmployeeDeparture',
      summary: 'An employee leaves: their running appraisals end with the recorded reason',
      tags: ['org'],
      roles: ['hr'],
      params: z.object({ nip: nipSchema }),
      body: z.object({ reason: z.string().trim().min(1).max(2000) }).strict(),
      responses: {
        200: { description: 'Recorded', schema: z.object({ appraisalsEnded: z.number().int() }) },
      },
      handler: async ({ params, body, principal }) => ({
        body: await org.recordDeparture(principal!, { ...params, ...body }),
      }),
    }),
  ];
}
