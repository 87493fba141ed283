// Competency development's side effects: who verifies a record (the employee's direct superior, HR when
// there is none), the record's task and decision (audited), the training year's record, the mid-year
// reminders and the year-end shortfall (walks of the registry that heartbeat the last NIP done, each email
// keyed in the outbox by year and NIP so a retry mails no one twice), and the plan items opened from a
// finalised appraisal year. Each is idempotent.
import { Context } from '@temporalio/activity';
import type { ActivityDeps } from '..';
import { progressRows, shortByUnit } from '../../db/models/training-queries';
import type { Actor } from '../../domain/actor';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import { midYearReminderDue } from '../../domain/training/jp';
import { planItemFrom } from '../../domain/training/plans';
import { trainingRules } from '../../domain/training/rule-sets';
import type { TrainingYearConfig } from '../../domain/training/schemas';
import { createEmailActivities } from '../email';
import { taskIdOf, type Assignee } from '../tasks';

export function createTrainingActivities(deps: ActivityDeps) {
  const { models, clock, settings, audit, logger } = deps;
  const { sendEmail } = createEmailActivities({
    models,
    mailer: deps.mailer,
    from: deps.mailFrom,
    logger,
    publicUrl: settings.publicUrl,
    candidateToken: deps.candidateToken,
    fields: deps.fields,
  });
  const scope = (config: TrainingYearConfig) => (config.units ? { units: config.units } : {});

  return {
    /** The task of a record's verification: its id, its assignee and what the emails say of it. */
    async prepareTrainingTask(input: { workflowId: string; stepKey: string; recordId: string }) {
      const record = await models.trainingRecords.findById(input.recordId).lean();
      if (!record) throw new Error(`no training record ${input.recordId}`);
      const employee = await models.employees.findById(record.nip, { name: 1, supervisorNip: 1 }).lean();
      if (!employee) throw new Error(`the employee of ${input.recordId} is not in the registry`);
      const boss = employee.supervisorNip
        ? await models.employees.findById(employee.supervisorNip, { name: 1, email: 1, active: 1 }).lean()
        : null;
      const assignee: Assignee =
        boss && boss.active
          ? { kind: 'employee', nip: boss._id, name: boss.name, email: boss.email }
          : { kind: 'hr', nip: null, name: 'BKPSDM', email: settings.hrEmail };
      return {
        taskId: taskIdOf(input.workflowId, input.stepKey),
        assignee,
        subjectName: employee.name,
        unitCode: record.unitCode,
        title: record.title,
        jp: record.jp,
      };
    },

    async recordTrainingTask(input: { recordId: string; taskId: string }): Promise<void> {
      await models.trainingRecords.updateOne({ _id: input.recordId }, { $set: { taskId: input.taskId } });
    },

    /** The verification's outcome, written once (a pending record only) and audited. */
    async decideTrainingRecord(input: {
      workflowId: string;
      recordId: string;
      status: 'verified' | 'rejected';
      note?: string;
      actor: Actor;
    }): Promise<void> {
      const at = clock();
      await models.trainingRecords.updateOne(
        { _id: input.recordId, status: 'pending' },
        {
          $set: { status: input.status, decidedBy: input.actor.sub, decidedAt: at, note: input.note ?? null },
        },
      );
      await audit.append({
        key: `${input.workflowId}/verification/${input.recordId}`,
        at: at.toISOString(),
        actor: input.actor.sub,
        role: input.actor.role,
        action: `training.record.${input.status}`,
        subject: input.workflowId,
        ...(input.note ? { reason: input.note } : {}),
        after: { recordId: input.recordId, status: input.status },
      });
    },

    async openTrainingYear(input: { config: TrainingYearConfig }): Promise<{ employees: number }> {
      const { config } = input;
      const employees = await models.employees.countDocuments({
        active: true,
        ...(config.units ? { unitCode: { $in: config.units } } : {}),
      });
      await models.trainingYears.updateOne(
        { _id: config.year },
        { $set: { config, employees }, $setOnInsert: { phase: 'running' } },
        { upsert: true },
      );
      return { employees };
    },

    /** Mid-year: everyone in scope behind on the year's JP gets one reminder (resumes after the last NIP). */
    async remindBehind(input: {
      workflowId: string;
      config: TrainingYearConfig;
      /** The workflow's time of the reminder (the rule's "now"). */
      at: number;
    }): Promise<{ reminded: number }> {
      const ctx = Context.current();
      const { config } = input;
      const rules = trainingRules(config.ruleSetId);
      const resumed = ctx.info.heartbeatDetails as { after?: string; reminded?: number } | undefined;
      let reminded = resumed?.reminded ?? 0;
      let n = 0;
      // NIP order across units, so that the heartbeat's NIP is a place to resume from.
      for await (const row of progressRows(models, config.year, rules, {
        ...scope(config),
        ...(resumed?.after ? { after: resumed.after } : {}),
        byNip: true,
      })) {
        const due = midYearReminderDue(
          {
            now: input.at,
            midYearAt: Date.parse(config.midYearAt),
            yearEndsAt: Date.parse(config.endsAt),
            totalJp: row.jp.total,
          },
          rules,
        );
        if (due) {
          const employee = await models.employees.findById(row.nip, { email: 1 }).lean();
          await sendEmail({
            key: `${input.workflowId}/mid-year/${row.nip}`,
            to: employee!.email,
            template: 'trainingMidYearReminder',
            data: {
              employeeName: row.name,
              year: config.year,
              totalJp: row.jp.total,
              yearlyJp: rules.yearlyJp,
            },
            link: { path: '/me' },
          });
          reminded += 1;
        }
        if (++n % 50 === 0) ctx.heartbeat({ after: row.nip, reminded });
      }
      await models.trainingYears.updateOne({ _id: config.year }, { $set: { reminded, phase: 'mid-year' } });
      logger.info({ year: config.year, reminded }, 'mid-year training reminders');
      return { reminded };
    },

    /** The year's end: those short of the minimum per unit, recorded on the year, and HR's summary. */
    async closeTrainingYear(input: {
      workflowId: string;
      config: TrainingYearConfig;
    }): Promise<{ short: number }> {
      const { config } = input;
      const rules = trainingRules(config.ruleSetId);
      const units = await shortByUnit(models, config.year, rules, config.units);
      await models.trainingYears.updateOne(
        { _id: config.year },
        { $set: { shortByUnit: units, phase: 'closed' } },
      );
      const short = units.reduce((a, u) => a + u.short, 0);
      await sendEmail({
        key: `${input.workflowId}/closed`,
        to: settings.hrEmail,
        template: 'trainingYearClosed',
        data: {
          year: config.year,
          employees: units.reduce((a, u) => a + u.employees, 0),
          yearlyJp: rules.yearlyJp,
          units: units.map((u) => ({ unitCode: u.unitCode, short: u.short })),
        },
      });
      return { short };
    },

    /**
     * Plan items for the next year from the finalised appraisal results of `appraisalYear` (units not
     * finalised are skipped and named); an item already there is left as it is.
     */
    async plansFromAppraisal(input: { appraisalYear: number; ruleSetId: string }) {
      const ctx = Context.current();
      const rules = trainingRules(input.ruleSetId);
      const unitsOfYear = await models.appraisalUnits.find({ year: input.appraisalYear }).lean();
      const finalised = new Set(unitsOfYear.filter((u) => u.finalisedAt).map((u) => u.unitCode));
      const notFinalised = new Set<string>();
      let items = 0;
      let created = 0;
      const cursor = models.appraisalRecords
        .find(
          { year: input.appraisalYear, predikat: { $ne: null } },
          { nip: 1, unitCode: 1, predikat: 1, followUp: 1 },
        )
        .sort({ nip: 1 })
        .lean()
        .cursor({ batchSize: 200 });
      let n = 0;
      for await (const r of cursor) {
        if (!finalised.has(r.unitCode)) {
          notFinalised.add(r.unitCode);
          continue;
        }
        const followUp = r.followUp as { improvement?: { needed: boolean } } | null;
        const item = planItemFrom(
          {
            year: input.appraisalYear,
            nip: r.nip,
            unitCode: r.unitCode,
            predikat: r.predikat as Predikat,
            improvement: followUp?.improvement ?? null,
          },
          rules,
        );
        if (!item) continue;
        items += 1;
        const res = await models.developmentPlans.updateOne(
          { _id: item.id },
          { $setOnInsert: { ...item, _id: item.id, createdAt: clock() } },
          { upsert: true },
        );
        created += res.upsertedCount;
        if (++n % 50 === 0) ctx.heartbeat({ n });
      }
      return {
        appraisalYear: input.appraisalYear,
        items,
        created,
        unitsNotFinalised: [...notFinalised].sort(),
      };
    },
  };
}
