// The appraisal year over HTTP: HR opens a year (one workflow per year, starting twice is one), follows
// its phase and overdue tasks, reads results; employees draft their SKP and object; appraisers record
// feedback; the unit head's superior sets the unit's result; HR finalises a unit, refused with the broken
// calibration rule while its distribution breaks it. Each operation is a command of commands/appraisal/
// (which checks who may touch the record); this file declares inputs and outputs.
import { z } from 'zod';
import {
  acceptanceSchema,
  appraisalYearInputSchema,
  feedbackSchema,
  objectionSchema,
  skpDraftSchema,
  unitResultInputSchema,
} from '../../../domain/appraisal/schemas';
import { taskView } from '../../../domain/tasks';
import { nipSchema, unitCodeSchema } from '../../../domain/org/schemas';
import { employeeCommands } from '../../../commands/appraisal/employees';
import { unitCommands } from '../../../commands/appraisal/units';
import { yearCommands } from '../../../commands/appraisal/years';
import type { AppraisalDeps } from '../../../commands/appraisal/deps';
import { route } from '../../route';

const yearParam = z.object({ year: z.coerce.number().int().min(2020).max(2100) });
const employeeParams = yearParam.extend({ nip: nipSchema });
const unitParams = yearParam.extend({ unitCode: unitCodeSchema });
const loose = z.record(z.string(), z.unknown());

export function appraisalRoutes(deps: AppraisalDeps) {
  const years = yearCommands(deps);
  const employees = employeeCommands(deps);
  const units = unitCommands(deps);

  return [
    route({
      method: 'post',
      path: '/api/v1/appraisal/years',
      operationId: 'openAppraisalYear',
      summary: 'Opens an appraisal year: one appraisal per employee in scope (starting twice is one)',
      tags: ['appraisal'],
      roles: ['hr'],
      body: appraisalYearInputSchema,
      responses: {
        202: {
          description: 'Started',
          schema: z.object({ workflowId: z.string(), alreadyStarted: z.boolean() }),
        },
        200: {
          description: 'Already started',
          schema: z.object({ workflowId: z.string(), alreadyStarted: z.boolean() }),
        },
      },
      handler: async ({ body, principal }) => {
        const opened = await years.openYear(principal!, body);
        return { status: opened.alreadyStarted ? 200 : 202, body: opened };
      },
    }),
    route({
      method: 'put',
      path: '/api/v1/appraisal/schedule',
      operationId: 'scheduleAppraisalYears',
      summary: 'A Temporal Schedule opens each appraisal year on 2 January (WITA) from this template',
      tags: ['appraisal'],
      roles: ['hr'],
      body: z
        .object({
          template: z
            .record(z.string().max(40), z.unknown())
            .refine((t) => Object.keys(t).length <= 20, { error: 'a template has at most 20 fields' })
            .default({})
            .describe('the year input of POST /appraisal/years, without year'),
        })
        .strict(),
      responses: {
        200: { description: 'Scheduled', schema: z.object({ scheduleId: z.string(), created: z.boolean() }) },
      },
      handler: async ({ body, principal }) => ({ body: await years.scheduleYears(principal!, body) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/years/:year',
      operationId: 'getAppraisalYear',
      summary: "A year's phase, appraisals by phase, and its overdue tasks",
      tags: ['appraisal'],
      roles: ['hr'],
      params: yearParam,
      responses: { 200: { description: 'The year', schema: loose }, 404: { description: 'Not opened' } },
      handler: async ({ params, principal }) => ({ body: await years.yearOverview(principal!, params) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/results',
      operationId: 'listAppraisalResults',
      summary:
        'Per employee: ratings, predikat per period and year, credit points, promotion, improvement plan',
      tags: ['appraisal'],
      roles: ['hr'],
      params: yearParam,
      query: z
        .object({
          unit: unitCodeSchema.optional(),
          limit: z.coerce.number().int().min(1).max(10_000).default(1000),
        })
        .strict(),
      responses: {
        200: { description: 'The results, by NIP', schema: z.object({ results: z.array(loose) }) },
      },
      handler: async ({ params, query, principal }) => ({
        body: { results: await years.yearResults(principal!, { ...params, ...query }) },
      }),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/employees/:nip',
      operationId: 'getEmployeeAppraisal',
      summary: "An employee's whole year: SKP, feedback, ratings, objection, follow-up, tasks",
      tags: ['appraisal'],
      roles: ['hr', 'supervisor', 'employee'],
      params: employeeParams,
      responses: {
        200: { description: 'The record', schema: z.object({ record: loose, tasks: z.array(taskView) }) },
        404: { description: 'No appraisal' },
      },
      handler: async ({ params, principal }) => ({
        body: await employees.employeeRecord(principal!, params),
      }),
    }),
    route({
      method: 'put',
      path: '/api/v1/appraisal/:year/employees/:nip/skp',
      operationId: 'draftSkp',
      summary: 'The employee drafts (submits) their SKP: completes their open SKP task',
      tags: ['appraisal'],
      roles: ['supervisor', 'employee'],
      params: employeeParams,
      body: skpDraftSchema,
      responses: {
        200: {
          description: 'Submitted for approval',
          schema: z.object({ taskId: z.string(), status: z.literal('done') }),
        },
        409: { description: 'No SKP draft is open' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await employees.draftSkp(principal!, { ...params, skp: body }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/:year/employees/:nip/feedback',
      operationId: 'recordFeedback',
      summary: 'The appraiser records a feedback or coaching note against the SKP',
      tags: ['appraisal'],
      roles: ['supervisor'],
      params: employeeParams,
      body: feedbackSchema,
      responses: {
        201: { description: 'Recorded', schema: z.object({ at: z.string() }) },
        409: { description: 'The appraisal has ended (done, or the employee left)' },
      },
      handler: async ({ params, body, principal }) => ({
        status: 201,
        body: await employees.giveFeedback(principal!, { ...params, ...body }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/:year/employees/:nip/objection',
      operationId: 'fileObjection',
      summary: 'The employee objects to the annual result within the window',
      tags: ['appraisal'],
      roles: ['supervisor', 'employee'],
      params: employeeParams,
      body: objectionSchema,
      responses: {
        201: { description: 'Filed', schema: z.object({ decisionDueAt: z.string() }) },
        409: { description: 'The objection window is not open' },
      },
      handler: async ({ params, body, principal }) => ({
        status: 201,
        body: await employees.objectToResult(principal!, { ...params, ...body }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/:year/employees/:nip/acceptance',
      operationId: 'acceptAppraisalResult',
      summary:
        'The employee accepts the annual result: the objection window closes now and the follow-up runs',
      tags: ['appraisal'],
      roles: ['supervisor', 'employee'],
      params: employeeParams,
      body: acceptanceSchema,
      responses: {
        200: {
          description: 'Accepted',
          schema: z.object({ predikat: z.string(), acceptedAt: z.string() }),
        },
        409: {
          description: 'The objection window is not open (not yet, already closed, objected, accepted)',
        },
      },
      handler: async ({ params, body, principal }) => ({
        body: await employees.acceptAnnualResult(principal!, { ...params, ...body }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/:year/units/:unitCode/results',
      operationId: 'setUnitResult',
      summary: "The unit's own result for a period or the year (the unit head's superior, or HR)",
      tags: ['appraisal'],
      roles: ['hr', 'supervisor'],
      params: unitParams,
      body: unitResultInputSchema,
      responses: {
        200: { description: 'Set', schema: z.object({ previous: z.string().nullable() }) },
        409: {
          description:
            "The year refuses it (the unit is not in the year, or the year has ended): the year's reason",
        },
      },
      handler: async ({ params, body, principal }) => ({
        body: await units.setResult(principal!, { ...params, ...body }),
      }),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/units/:unitCode/calibration',
      operationId: 'getUnitCalibration',
      summary: "A unit's distribution of annual predikat against the rule for its result",
      tags: ['appraisal'],
      roles: ['hr', 'supervisor'],
      params: unitParams,
      responses: { 200: { description: 'The calibration', schema: loose } },
      handler: async ({ params, principal }) => ({ body: await units.calibration(principal!, params) }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/:year/units/:unitCode/finalisation',
      operationId: 'finaliseUnit',
      summary: "Finalises a unit's annual results; refused with the broken rule while calibration fails",
      tags: ['appraisal'],
      roles: ['hr'],
      params: unitParams,
      body: z
        .object({ reason: z.string().trim().min(1).max(2000).default('finalisasi hasil kinerja') })
        .strict(),
      responses: {
        200: {
          description: 'Finalised',
          schema: z.object({ unitCode: z.string(), finalised: z.literal(true) }),
        },
        409: { description: 'Calibration fails: the problem names each broken rule and by how many people' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await units.finalise(principal!, { ...params, ...body }),
      }),
    }),
  ];
}
