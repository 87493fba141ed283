// The yearly 20 JP over HTTP: opening a training year (HR), its status, one employee's progress, the
// caller's list (employee: own; supervisor: their team; HR: all or a unit), those short of it per unit and
// its export (CSV or XLSX, streamed), and the development plans from the appraisal with each unit's needs.
import type { Request } from 'express';
import { z } from 'zod';
import type { TrainingCommands } from '../../../commands/training/commands';
import { tableContentTypes, type TableFormat } from '../../../commands/files/tables';
import { nipSchema, unitCodeSchema } from '../../../domain/org/schemas';
import { trainingYearInputSchema } from '../../../domain/training/schemas';
import { route } from '../../route';
import { BASE, employeeParams, limitQuery, notFound, progressRow, tags, yearParams } from './shared';

const scopeQuery = z.object({ unitCode: unitCodeSchema.optional(), limit: limitQuery }).strict();

function formatOf(asked: TableFormat | undefined, req: Request): TableFormat {
  if (asked) return asked;
  return req.accepts([tableContentTypes.xlsx, 'text/csv']) === 'text/csv' ? 'csv' : 'xlsx';
}

const planItem = z.object({
  id: z.string(),
  year: z.number().int(),
  nip: z.string(),
  unitCode: z.string(),
  source: z.object({ kind: z.literal('appraisal'), year: z.number().int(), predikat: z.string() }),
  jp: z.number(),
  reason: z.string(),
});

export function progressRoutes(commands: TrainingCommands) {
  return [
    route({
      method: 'post',
      path: `${BASE}/years`,
      operationId: 'openTrainingYear',
      summary:
        'HR opens a training year: the mid-year reminder to those behind, the year-end list of those short (opening twice is one year)',
      tags,
      roles: ['hr'],
      body: trainingYearInputSchema,
      responses: {
        200: {
          description: 'Opened (or already open)',
          schema: z.object({ workflowId: z.string(), alreadyStarted: z.boolean() }),
        },
      },
      handler: async ({ body, principal }) => ({ body: await commands.openYear(principal!, body) }),
    }),
    route({
      method: 'get',
      path: `${BASE}/years/:year`,
      operationId: 'getTrainingYear',
      summary: "HR: a training year's phase, reminders sent and (after its end) those short per unit",
      tags,
      roles: ['hr'],
      params: yearParams,
      responses: {
        200: {
          description: 'The year',
          schema: z.object({
            year: z.number().int(),
            phase: z.string(),
            employees: z.number().int(),
            reminded: z.number().int(),
            shortByUnit: z
              .array(z.object({ unitCode: z.string(), employees: z.number().int(), short: z.number().int() }))
              .nullable(),
          }),
        },
      },
      handler: async ({ params, principal }) => ({
        body: await commands.yearStatus(principal!, params.year),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/employees/:nip/progress`,
      operationId: 'getTrainingProgress',
      summary: "An employee's JP of the year against the minimum (the employee, their superiors, HR)",
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: employeeParams,
      responses: {
        200: {
          description: 'The progress',
          schema: z.object({
            year: z.number().int(),
            nip: z.string(),
            name: z.string(),
            unitCode: z.string(),
            yearlyJp: z.number(),
            total: z.number(),
            classical: z.number(),
            nonClassical: z.number(),
            byKind: z.record(z.string(), z.number()),
            pending: z.number(),
            missing: z.number(),
            met: z.boolean(),
          }),
        },
        ...notFound('employee'),
      },
      handler: async ({ params, principal }) => ({
        body: await commands.progressOf(principal!, params.year, params.nip),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/progress`,
      operationId: 'listTrainingProgress',
      summary:
        "Progress of those the caller may see: the employee's own, a supervisor's team, HR all (or a unit)",
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: yearParams,
      query: scopeQuery,
      responses: {
        200: {
          description: 'By unit, then NIP',
          schema: z.object({ year: z.number().int(), yearlyJp: z.number(), employees: z.array(progressRow) }),
        },
      },
      handler: async ({ params, query, principal }) => ({
        body: await commands.listProgress(principal!, params.year, query),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/shortfall`,
      operationId: 'listTrainingShortfall',
      summary: 'Those short of the yearly minimum, per unit (HR: all or a unit; a supervisor: their team)',
      tags,
      roles: ['supervisor', 'hr'],
      params: yearParams,
      query: scopeQuery,
      responses: {
        200: {
          description: 'Per unit',
          schema: z.object({
            year: z.number().int(),
            yearlyJp: z.number(),
            units: z.array(
              z.object({ unitCode: z.string(), short: z.number().int(), employees: z.array(progressRow) }),
            ),
          }),
        },
      },
      handler: async ({ params, query, principal }) => ({
        body: await commands.shortfallList(principal!, params.year, query),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/shortfall/export`,
      operationId: 'exportTrainingShortfall',
      summary: 'HR: those short of the yearly minimum as XLSX or CSV, streamed',
      tags,
      roles: ['hr'],
      params: yearParams,
      query: z
        .object({ format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).optional() })
        .strict(),
      responses: {
        200: { description: 'The file, as an attachment', fileTypes: Object.values(tableContentTypes) },
      },
      handler: async ({ params, query, principal, req, res }) => {
        const format = formatOf(query.format, req);
        res.status(200);
        res.setHeader('Content-Type', tableContentTypes[format]);
        res.setHeader('Content-Disposition', `attachment; filename="kurang-jp-${params.year}.${format}"`);
        try {
          await commands.exportShortfall(principal!, params.year, format, res);
        } catch (err) {
          if (!res.headersSent) throw err;
          req.log.warn({ err: (err as Error).message }, 'the shortfall export stopped while being sent');
          res.destroy(err as Error);
        }
        return {};
      },
    }),
    route({
      method: 'post',
      path: `${BASE}/:year/plans/from-appraisal`,
      operationId: 'planTrainingFromAppraisal',
      summary:
        "HR: the appraisal year `year`'s finalised results open plan items for year + 1 (a predikat below Baik); running it again adds only what is new",
      tags,
      roles: ['hr'],
      params: yearParams,
      responses: {
        200: {
          description: 'How many items the results ask for and how many were new',
          schema: z.object({
            appraisalYear: z.number().int(),
            items: z.number().int(),
            created: z.number().int(),
            unitsNotFinalised: z.array(z.string()),
          }),
        },
      },
      handler: async ({ params, principal }) => ({
        body: await commands.plansFromAppraisal(principal!, params.year),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/plans`,
      operationId: 'listDevelopmentPlans',
      summary:
        "Plan items of `year`: one employee's (`nip`: the employee, their superiors, HR), a supervisor's team, HR all",
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: yearParams,
      query: z
        .object({ nip: nipSchema.optional(), unitCode: unitCodeSchema.optional(), limit: limitQuery })
        .strict(),
      responses: {
        200: {
          description: 'The items',
          schema: z.object({ year: z.number().int(), items: z.array(planItem) }),
        },
      },
      handler: async ({ params, query, principal }) => ({
        body: await commands.listPlans(principal!, params.year, query),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/needs`,
      operationId: 'getTrainingNeeds',
      summary: "HR: each unit's training needs for `year`, the sum of its plan items",
      tags,
      roles: ['hr'],
      params: yearParams,
      responses: {
        200: {
          description: 'Per unit',
          schema: z.object({
            year: z.number().int(),
            units: z.array(z.object({ unitCode: z.string(), items: z.number().int(), jp: z.number() })),
          }),
        },
      },
      handler: async ({ params, principal }) => ({
        body: await commands.trainingNeeds(principal!, params.year),
      }),
    }),
  ];
}
