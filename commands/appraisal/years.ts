// HR's appraisal year as a whole: opening a year (one workflow per year, so opening twice is one), the
// Schedule that opens each year from a template, a year's phase and overdue tasks, and its results.
import { ScheduleAlreadyRunning, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { yearCounts } from '../../db/models/appraisal-queries';
import type { Principal } from '../../domain/actor';
import { appraisalYearInputSchema, type AppraisalYearInput } from '../../domain/appraisal/schemas';
import {
  appraisalScheduledWorkflowId,
  appraisalScheduleId,
  appraisalYearWorkflowId,
} from '../../domain/workflow-ids';
import { badRequest, fieldErrors, notFound } from '../errors';
import { toTaskView } from '../tasks/view';
import type { AppraisalDeps } from './deps';

export function yearCommands({ client, models, taskQueue }: AppraisalDeps) {
  /** Starts the year's workflow; a year already started is reported, not started again. */
  async function openYear(_principal: Principal, input: AppraisalYearInput) {
    const workflowId = appraisalYearWorkflowId(input.year);
    try {
      await client.workflow.start('appraisalYear', {
        taskQueue,
        workflowId,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [input],
      });
      return { workflowId, alreadyStarted: false };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyStarted: true };
      throw err;
    }
  }

  /** Creates (or replaces) the Schedule that opens each year on 2 January (WITA) from `template`. */
  async function scheduleYears(_principal: Principal, input: { template: Record<string, unknown> }) {
    const { year: _year, ...template } = input.template;
    const check = appraisalYearInputSchema.safeParse({ ...template, year: 2026 });
    if (!check.success)
      throw badRequest('the template is not a valid year input', fieldErrors('body.template', check.error));
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
        taskQueue,
        workflowId: appraisalScheduledWorkflowId,
      },
    };
    try {
      await client.schedule.create({ scheduleId, ...options });
      return { scheduleId, created: true };
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, ...options }));
      return { scheduleId, created: false };
    }
  }

  /** The year's phase and configuration, its appraisals by phase, and its overdue tasks. */
  async function yearOverview(_principal: Principal, input: { year: number }) {
    const y = await models.appraisalYears.findById(input.year).lean();
    if (!y) throw notFound(`no appraisal year ${input.year}`);
    const now = new Date();
    const counts = await yearCounts(models, input.year, now);
    const overdue = await models.tasks
      .find({ year: input.year, status: 'open', dueAt: { $lt: now } })
      .sort({ dueAt: 1 })
      .limit(500)
      .lean();
    return {
      year: input.year,
      phase: y.phase,
      config: y.config,
      ...counts,
      overdue: overdue.map((t) => toTaskView(t, now)),
    };
  }

  /** Per employee (of a unit, if given): ratings, predikat, credit points, promotion, improvement plan. */
  async function yearResults(_principal: Principal, input: { year: number; unit?: string; limit: number }) {
    const records = await models.appraisalRecords
      .find({ year: input.year, ...(input.unit ? { unitCode: input.unit } : {}) })
      .sort({ nip: 1 })
      .limit(input.limit)
      .lean();
    return records.map((r) => ({
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
    }));
  }

  return { openYear, scheduleYears, yearOverview, yearResults };
}
