// The year's side effects: its record and phase, the fan-out that starts one employee workflow per
// employee (a cursor sorted by NIP that heartbeats the last NIP started, so a retry resumes there), the
// HR summaries, the units' own results and their finalisation, which calibration must allow.
import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { unitCalibration, yearCounts, type UnitCalibration } from '../../db/models/appraisal-queries';
import type { UnitResult } from '../../domain/appraisal/rule-sets';
import type { AppraisalYearConfig } from '../../domain/appraisal/schemas';
import type { RuleChange } from '../../domain/appraisal/rule-sets';
import type { Actor } from '../../domain/actor';
import type { AppraisalActivityDeps } from './shared';
import { writeIfNewer } from '../../db/write-if-newer';
import { appraisalWorkflowId, appraisalYearWorkflowId } from '../../domain/workflow-ids';

const BATCH = 25;

export function createYearActivities({
  models,
  client,
  clock,
  logger,
  settings,
  audit,
}: AppraisalActivityDeps) {
  const appendAudit = audit.append;
  const scopeFilter = (config: AppraisalYearConfig) => ({
    active: true,
    ...(config.units ? { unitCode: { $in: config.units } } : {}),
  });

  return {
    async openAppraisalYear(input: {
      workflowId: string;
      seq: number;
      config: AppraisalYearConfig;
      ruleChanges: RuleChange[];
    }): Promise<{ employees: number; units: string[]; hrEmail: string }> {
      const { config } = input;
      const employees = await models.employees.countDocuments(scopeFilter(config));
      const units =
        config.units ??
        (await models.orgUnits.find({}, { code: 1 }).sort({ code: 1 }).lean()).map((u) => u.code);
      await writeIfNewer(
        models.appraisalYears as never,
        config.year,
        input.seq,
        { config, phase: 'planning', employees },
        { setOnInsert: { startedAt: clock() } },
      );
      await appendAudit({
        key: `${input.workflowId}/opened`,
        at: clock().toISOString(),
        actor: 'hr',
        role: 'hr',
        action: 'appraisal.year.opened',
        subject: input.workflowId,
        reason: input.ruleChanges.length ? 'rule set with overrides' : 'rule set unchanged',
        after: { config, ruleChanges: input.ruleChanges },
      });
      return { employees, units, hrEmail: settings.hrEmail };
    },

    /**
     * Starts `appraisal/<year>/<nip>` for every employee in scope, in NIP order, BATCH at a time. Each
     * batch's last NIP is heartbeated; a retried attempt resumes after it. Already started counts as done.
     */
    async startEmployeeAppraisals(input: {
      config: AppraisalYearConfig;
    }): Promise<{ started: number; alreadyStarted: number }> {
      const ctx = Context.current();
      const resumeAfter = (ctx.info.heartbeatDetails as { lastNip?: string } | undefined)?.lastNip;
      const { config } = input;
      const filter = { ...scopeFilter(config), ...(resumeAfter ? { nip: { $gt: resumeAfter } } : {}) };
      const cursor = models.employees
        .find(filter, { nip: 1 })
        .sort({ nip: 1 })
        .lean()
        .cursor({ batchSize: 200 });
      let started = 0;
      let alreadyStarted = 0;
      let batch: string[] = [];
      const flush = async () => {
        const results = await Promise.all(
          batch.map(async (nip) => {
            try {
              await client.workflow.start('employeeAppraisal', {
                taskQueue: ctx.info.taskQueue,
                workflowId: appraisalWorkflowId(config.year, nip),
                workflowIdReusePolicy: 'REJECT_DUPLICATE',
                args: [{ year: config.year, nip, config }],
              });
              return 'started';
            } catch (err) {
              if (err instanceof WorkflowExecutionAlreadyStartedError) return 'already';
              throw err;
            }
          }),
        );
        started += results.filter((r) => r === 'started').length;
        alreadyStarted += results.filter((r) => r === 'already').length;
        ctx.heartbeat({ lastNip: batch[batch.length - 1] });
        batch = [];
      };
      for await (const e of cursor) {
        batch.push(e.nip);
        if (batch.length >= BATCH) await flush();
      }
      if (batch.length) await flush();
      logger.info(
        { year: config.year, started, alreadyStarted, resumeAfter: !!resumeAfter },
        'appraisals started',
      );
      return { started, alreadyStarted };
    },

    /**
     * Records the year's phase and returns what HR's summary shows: the counts, and the audit trail's
     * signed checkpoint of this phase (once per phase: a retry gets the same one).
     */
    async appraisalYearSummary(input: { year: number; seq: number; phase: string }) {
      await writeIfNewer(models.appraisalYears as never, input.year, input.seq, { phase: input.phase });
      const checkpoint = await audit.checkpoint({
        workflowId: appraisalYearWorkflowId(input.year),
        phase: input.phase,
        at: clock(),
      });
      return {
        year: input.year,
        phase: input.phase,
        ...(await yearCounts(models, input.year, clock())),
        checkpoint,
      };
    },

    /** Appraisals of the year still running (not done, not left). */
    async countOpenAppraisals(input: { year: number }): Promise<number> {
      return models.appraisalRecords.countDocuments({ year: input.year, phase: { $nin: ['done', 'left'] } });
    },

    async recordUnitResult(input: {
      workflowId: string;
      year: number;
      unitCode: string;
      period: string;
      result: UnitResult;
      actor: Actor;
      seq: number;
    }): Promise<{ previous: UnitResult | null }> {
      const id = `${input.year}/${input.unitCode}`;
      const before = await models.appraisalUnits.findById(id).lean();
      const previous = ((before?.results as Record<string, UnitResult> | undefined)?.[input.period] ??
        null) as UnitResult | null;
      await models.appraisalUnits.updateOne(
        { _id: id },
        {
          $set: { [`results.${input.period}`]: input.result },
          $setOnInsert: { year: input.year, unitCode: input.unitCode },
        },
        { upsert: true },
      );
      await appendAudit({
        key: `${input.workflowId}/unit-result/${input.unitCode}/${input.period}/${input.seq}`,
        at: clock().toISOString(),
        actor: input.actor.sub,
        role: input.actor.role,
        action: 'appraisal.unit-result.set',
        subject: `${input.workflowId}/${input.unitCode}`,
        before: { period: input.period, result: previous },
        after: { period: input.period, result: input.result },
      });
      return { previous };
    },

    /** Finalises a unit's annual results, or says why not (calibration, staff not rated, no result). */
    async finaliseAppraisalUnit(input: {
      workflowId: string;
      year: number;
      unitCode: string;
      actor: Actor;
      reason: string;
    }): Promise<{ ok: true } | { ok: false; calibration: UnitCalibration }> {
      const calibration = await unitCalibration(models, input.year, input.unitCode);
      if (calibration.finalised) return { ok: true };
      if (calibration.blockers.length > 0) return { ok: false, calibration };
      const at = clock();
      await models.appraisalUnits.updateOne(
        { _id: `${input.year}/${input.unitCode}` },
        { $set: { finalisedAt: at, finalisedBy: input.actor.sub } },
      );
      await appendAudit({
        key: `${input.workflowId}/finalisation/${input.unitCode}`,
        at: at.toISOString(),
        actor: input.actor.sub,
        role: input.actor.role,
        action: 'appraisal.unit.finalised',
        subject: `${input.workflowId}/${input.unitCode}`,
        reason: input.reason,
        after: { unitResult: calibration.unitResult, counts: calibration.counts },
      });
      return { ok: true };
    },
  };
}
