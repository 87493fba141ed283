// The organisation registry over HTTP: bulk import of units and employees (validated as a whole: any bad
// row → 400 listing every bad row, nothing imported), an employee's record, and a departure. Changes of
// supervisor, position or employment reach the running appraisals (signals and an Update).
import { z } from 'zod';
import { importOrg } from '../../../db/models/org-import';
import { nipSchema } from '../../../domain/org/schemas';
import type { OrgImportIssue } from '../../../domain/org/reporting-line';
import { leaveAppraisal, positionChanged, reportingLineChanged } from '../../../workflows/appraisal/messages';
import type { AppDeps } from '../../app';
import { badRequest, notFound } from '../../../commands/errors';
import { route } from '../../route';
import { isSelfOrAbove } from '../../../commands/appraisal/access';
import { viaUpdate } from '../../../commands/updates';
import { appraisalWorkflowId } from '../../../domain/workflow-ids';

const importResult = z.object({
  imported: z.object({ units: z.number().int(), employees: z.number().int() }),
  warnings: z.array(
    z.object({ sheet: z.string(), index: z.number().int(), field: z.string(), reason: z.string() }),
  ),
  supervisorChanged: z.number().int(),
  positionChanged: z.number().int(),
});

const employeeView = z.object({
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

const issuesToErrors = (issues: OrgImportIssue[]) =>
  issues.map((i) => ({ path: `body.${i.sheet}.${i.index}.${i.field}`, message: i.reason }));

export function orgRoutes({ models, client }: AppDeps) {
  /** Years whose appraisals may still be running. */
  const openYears = async () =>
    (await models.appraisalYears.find({ phase: { $ne: 'finalised' } }, { _id: 1 }).lean()).map(
      (y) => y._id as number,
    );

  async function tellAppraisals(outcome: Awaited<ReturnType<typeof importOrg>>): Promise<void> {
    const years = await openYears();
    const sends: Promise<unknown>[] = [];
    for (const year of years) {
      for (const nip of outcome.supervisorChanged)
        sends.push(client.workflow.getHandle(appraisalWorkflowId(year, nip)).signal(reportingLineChanged));
      for (const { nip, position } of outcome.positionChanged)
        sends.push(
          client.workflow.getHandle(appraisalWorkflowId(year, nip)).signal(positionChanged, { position }),
        );
    }
    // An employee without a running appraisal that year has nothing to tell.
    await Promise.allSettled(sends);
  }

  async function runImport(units: unknown[], employees: unknown[]) {
    const outcome = await importOrg(models, units, employees);
    if (!outcome.result.ok) {
      throw badRequest(
        `the import has ${new Set(outcome.result.errors.map((e) => `${e.sheet}/${e.index}`)).size} bad rows; nothing was imported`,
        issuesToErrors(outcome.result.errors),
      );
    }
    await tellAppraisals(outcome);
    return {
      imported: { units: outcome.result.units.length, employees: outcome.result.employees.length },
      warnings: outcome.result.warnings,
      supervisorChanged: outcome.supervisorChanged.length,
      positionChanged: outcome.positionChanged.length,
    };
  }

  return [
    route({
      method: 'post',
      path: '/api/v1/org/units',
      operationId: 'importOrgUnits',
      summary: 'Bulk import of units (code, name, parentCode, headNip), validated as a whole',
      tags: ['org'],
      roles: ['hr'],
      body: z.object({ units: z.array(z.unknown()).min(1).max(10_000) }).strict(),
      responses: { 200: { description: 'Imported', schema: importResult } },
      handler: async ({ body }) => ({ body: await runImport(body.units, []) }),
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
      responses: { 200: { description: 'Imported', schema: importResult } },
      handler: async ({ body }) => ({ body: await runImport(body.units ?? [], body.employees) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/org/employees/:nip',
      operationId: 'getOrgEmployee',
      summary: 'An employee of the registry (hr, the employee, their supervisors)',
      tags: ['org'],
      roles: ['hr', 'supervisor', 'employee'],
      params: z.object({ nip: nipSchema }),
      owns: (p, { params }) => isSelfOrAbove(models, p.nip, params.nip, 8),
      responses: {
        200: { description: 'The employee', schema: employeeView },
        404: { description: 'Unknown' },
      },
      handler: async ({ params }) => {
        const e = await models.employees.findById(params.nip).lean();
        if (!e) throw notFound('no such employee');
        return {
          body: {
            nip: e.nip,
            name: e.name,
            email: e.email,
            unitCode: e.unitCode,
            position: e.position,
            level: e.level,
            functionalGrade: e.functionalGrade ?? null,
            supervisorNip: e.supervisorNip ?? null,
            active: e.active,
          },
        };
      },
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
      handler: async ({ params, body, principal }) => {
        const e = await models.employees.findById(params.nip).lean();
        if (!e) throw notFound('no such employee');
        await models.employees.updateOne(
          { _id: params.nip },
          { $set: { active: false, leftReason: body.reason } },
        );
        let ended = 0;
        for (const year of await openYears()) {
          const handle = client.workflow.getHandle(appraisalWorkflowId(year, params.nip));
          try {
            await viaUpdate('the appraisal', () =>
              handle.executeUpdate(leaveAppraisal, {
                args: [{ reason: body.reason, actor: { sub: principal!.sub, role: 'hr' } }],
              }),
            );
            ended++;
          } catch {
            // no running appraisal that year
          }
        }
        return { body: { appraisalsEnded: ended } };
      },
    }),
  ];
}
