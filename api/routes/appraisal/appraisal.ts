// The appraisal year over HTTP: HR opens a year (one workflow per year, starting twice is one), follows
// its phase and overdue tasks, reads results; employees draft their SKP and object; appraisers record
// feedback; the unit head's superior sets the unit's result; HR finalises a unit, refused with the broken
// calibration rule while its distribution breaks it.
import { ScheduleAlreadyRunning, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { unitCalibration, yearCounts } from '../../../db/models/appraisal-queries';
import {
  acceptanceSchema,
  appraisalYearInputSchema,
  feedbackSchema,
  objectionSchema,
  skpDraftSchema,
  unitResultInputSchema,
} from '../../../domain/appraisal/schemas';
import { nipSchema, unitCodeSchema } from '../../../domain/org/schemas';
import {
  acceptResult,
  completeTask,
  fileObjection,
  finaliseUnit,
  recordFeedback,
  setUnitResult,
} from '../../../workflows/appraisal/messages';
import { actorOf } from '../../../domain/actor';
import type { AppDeps } from '../../app';
import { badRequest, conflict, fieldErrors, notFound } from '../../../commands/errors';
import { route } from '../../route';
import { isSelfOrAbove, supervisorsOf } from '../../../commands/appraisal/access';
import { viaUpdate } from '../../../commands/updates';
import { taskView, toTaskView } from './tasks';
import {
  appraisalScheduledWorkflowId,
  appraisalScheduleId,
  appraisalWorkflowId,
  appraisalYearWorkflowId,
} from '../../../domain/workflow-ids';

const yearParam = z.object({ year: z.coerce.number().int().min(2020).max(2100) });
const employeeParams = yearParam.extend({ nip: nipSchema });
const unitParams = yearParam.extend({ unitCode: unitCodeSchema });
const loose = z.record(z.string(), z.unknown());

export function appraisalRoutes({ models, client, config }: AppDeps) {
  const employeeHandle = (year: number, nip: string) =>
    client.workflow.getHandle(appraisalWorkflowId(year, nip));
  const yearHandle = (year: number) => client.workflow.getHandle(appraisalYearWorkflowId(year));

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
      handler: async ({ body }) => {
        const workflowId = appraisalYearWorkflowId(body.year);
        try {
          await client.workflow.start('appraisalYear', {
            taskQueue: config.taskQueue,
            workflowId,
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            args: [body],
          });
          return { status: 202, body: { workflowId, alreadyStarted: false } };
        } catch (err) {
          if (err instanceof WorkflowExecutionAlreadyStartedError)
            return { status: 200, body: { workflowId, alreadyStarted: true } };
          throw err;
        }
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
          template: loose.default({}).describe('the year input of POST /appraisal/years, without year'),
        })
        .strict(),
      responses: {
        200: { description: 'Scheduled', schema: z.object({ scheduleId: z.string(), created: z.boolean() }) },
      },
      handler: async ({ body }) => {
        const { year: _year, ...template } = body.template;
        const check = appraisalYearInputSchema.safeParse({ ...template, year: 2026 });
        if (!check.success)
          throw badRequest(
            'the template is not a valid year input',
            fieldErrors('body.template', check.error),
          );
        const scheduleId = appraisalScheduleId;
        const options = {
          spec: {
            calendars: [{ month: 'JANUARY' as const, dayOfMonth: 2, hour: 0, minute: 0 }],
            timezone: 'Asia/Makassar',
          },
          action: {
            type: 'startWorkflow' as const,
            workflowType: 'appraisalYearScheduled',
            args: [template],
            taskQueue: config.taskQueue,
            workflowId: appraisalScheduledWorkflowId,
          },
        };
        try {
          await client.schedule.create({ scheduleId, ...options });
          return { body: { scheduleId, created: true } };
        } catch (err) {
          if (!(err instanceof ScheduleAlreadyRunning)) throw err;
          await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, ...options }));
          return { body: { scheduleId, created: false } };
        }
      },
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
      handler: async ({ params }) => {
        const y = await models.appraisalYears.findById(params.year).lean();
        if (!y) throw notFound(`no appraisal year ${params.year}`);
        const now = new Date();
        const counts = await yearCounts(models, params.year, now);
        const overdue = await models.tasks
          .find({ year: params.year, status: 'open', dueAt: { $lt: now } })
          .sort({ dueAt: 1 })
          .limit(500)
          .lean();
        return {
          body: {
            year: params.year,
            phase: y.phase,
            config: y.config,
            ...counts,
            overdue: overdue.map((t) => toTaskView(t, now)),
          },
        };
      },
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
      handler: async ({ params, query }) => {
        const records = await models.appraisalRecords
          .find({ year: params.year, ...(query.unit ? { unitCode: query.unit } : {}) })
          .sort({ nip: 1 })
          .limit(query.limit)
          .lean();
        return {
          body: {
            results: records.map((r) => ({
              nip: r.nip,
              name: r.name,
              unitCode: r.unitCode,
              level: r.level,
              functionalGrade: r.functionalGrade ?? null,
              phase: r.phase,
              periods: r.periods,
              annual: r.annual,
              predikat: r.predikat ?? null,
              objection: r.objection,
              acceptance: r.acceptance ?? null,
              creditPoints: (r.followUp as { creditPoints?: number | null } | null)?.creditPoints ?? null,
              promotion: (r.followUp as { promotion?: unknown } | null)?.promotion ?? null,
              improvement: (r.followUp as { improvement?: unknown } | null)?.improvement ?? null,
              left: r.left,
            })),
          },
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/employees/:nip',
      operationId: 'getEmployeeAppraisal',
      summary: "An employee's whole year: SKP, feedback, ratings, objection, follow-up, tasks",
      tags: ['appraisal'],
      roles: ['hr', 'supervisor', 'employee'],
      params: employeeParams,
      owns: (p, { params }) => isSelfOrAbove(models, p.nip, params.nip, 2),
      responses: {
        200: { description: 'The record', schema: z.object({ record: loose, tasks: z.array(taskView) }) },
        404: { description: 'No appraisal' },
      },
      handler: async ({ params }) => {
        const record = await models.appraisalRecords.findById(`${params.year}/${params.nip}`).lean();
        if (!record) throw notFound('no appraisal for this employee and year');
        const now = new Date();
        const tasks = await models.tasks.find({ workflowId: record.workflowId }).sort({ openedAt: 1 }).lean();
        return { body: { record, tasks: tasks.map((t) => toTaskView(t, now)) } };
      },
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
      owns: (p, { params }) => p.nip === params.nip,
      responses: {
        200: {
          description: 'Submitted for approval',
          schema: z.object({ taskId: z.string(), status: z.literal('done') }),
        },
        409: { description: 'No SKP draft is open' },
      },
      handler: async ({ params, body, principal }) => {
        const t = await models.tasks
          .findOne({
            workflowId: appraisalWorkflowId(params.year, params.nip),
            type: 'skp-draft',
            status: 'open',
          })
          .lean();
        if (!t) throw conflict('no SKP draft is open for this employee and year');
        const result = await viaUpdate('the appraisal', () =>
          employeeHandle(params.year, params.nip).executeUpdate(completeTask, {
            args: [{ taskId: t._id, actor: actorOf(principal!), payload: body }],
          }),
        );
        return { body: result };
      },
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
      owns: async (p, { params }) => (await supervisorsOf(models, params.nip, 1))[0] === p.nip,
      responses: { 201: { description: 'Recorded', schema: z.object({ at: z.string() }) } },
      handler: async ({ params, body, principal }) => ({
        status: 201,
        body: await viaUpdate('the appraisal', () =>
          employeeHandle(params.year, params.nip).executeUpdate(recordFeedback, {
            args: [{ note: body.note, actor: actorOf(principal!) }],
          }),
        ),
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
      owns: (p, { params }) => p.nip === params.nip,
      responses: {
        201: { description: 'Filed', schema: z.object({ decisionDueAt: z.string() }) },
        409: { description: 'The objection window is not open' },
      },
      handler: async ({ params, body, principal }) => ({
        status: 201,
        body: await viaUpdate('the appraisal', () =>
          employeeHandle(params.year, params.nip).executeUpdate(fileObjection, {
            args: [{ reason: body.reason, actor: actorOf(principal!) }],
          }),
        ),
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
      owns: (p, { params }) => p.nip === params.nip,
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
        body: await viaUpdate('the appraisal', () =>
          employeeHandle(params.year, params.nip).executeUpdate(acceptResult, {
            args: [{ ...(body.note ? { note: body.note } : {}), actor: actorOf(principal!) }],
          }),
        ),
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
      owns: async (p, { params }) => {
        const unit = await models.orgUnits.findById(params.unitCode, { headNip: 1 }).lean();
        return !!unit?.headNip && (await supervisorsOf(models, unit.headNip, 1))[0] === p.nip;
      },
      responses: { 200: { description: 'Set', schema: z.object({ previous: z.string().nullable() }) } },
      handler: async ({ params, body, principal }) => ({
        body: await viaUpdate(`the ${params.year} appraisal year`, () =>
          yearHandle(params.year).executeUpdate(setUnitResult, {
            args: [
              {
                unitCode: params.unitCode,
                period: body.period,
                result: body.result,
                actor: actorOf(principal!),
              },
            ],
          }),
        ),
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
      owns: async (p, { params }) =>
        (await models.orgUnits.findById(params.unitCode, { headNip: 1 }).lean())?.headNip === p.nip,
      responses: { 200: { description: 'The calibration', schema: loose } },
      handler: async ({ params }) => ({ body: await unitCalibration(models, params.year, params.unitCode) }),
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
      handler: async ({ params, body, principal }) => {
        const calibration = await unitCalibration(models, params.year, params.unitCode);
        if (!calibration.finalised && calibration.blockers.length > 0)
          throw conflict(`unit ${params.unitCode} cannot be finalised: ${calibration.blockers.join('; ')}`, {
            calibration,
          });
        return {
          body: await viaUpdate(`the ${params.year} appraisal year`, () =>
            yearHandle(params.year).executeUpdate(finaliseUnit, {
              args: [{ unitCode: params.unitCode, actor: actorOf(principal!), reason: body.reason }],
            }),
          ),
        };
      },
    }),
  ];
}
