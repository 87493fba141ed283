// HR opens a training year: its workflow (`development-year/<year>`) reminds those behind at mid-year and
// lists those short of the minimum at the year's end. Opening twice is one year; the calendar is the rule
// set's unless HR gives the instants (a compressed demonstration year).
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Principal } from '../../domain/actor';
import { yearCalendar } from '../../domain/training/jp';
import { trainingRules } from '../../domain/training/rule-sets';
import type { TrainingYearConfig, TrainingYearInput } from '../../domain/training/schemas';
import { developmentYearWorkflowId } from '../../domain/workflow-ids';
import { badRequest } from '../errors';
import type { TrainingDeps } from './deps';

export function yearCommands(deps: TrainingDeps) {
  const { client, models, taskQueue } = deps;
  return {
    async openYear(_principal: Principal, input: TrainingYearInput) {
      const rules = trainingRules(input.ruleSetId);
      const calendar = yearCalendar(input.year, rules);
      const config: TrainingYearConfig = {
        year: input.year,
        ruleSetId: rules.id,
        midYearAt: input.midYearAt ?? calendar.midYearAt,
        endsAt: input.endsAt ?? calendar.endsAt,
        ...(input.units ? { units: input.units } : {}),
      };
      if (Date.parse(config.midYearAt) >= Date.parse(config.endsAt))
        throw badRequest('mid-year must come before the end', [
          { path: 'body.midYearAt', message: 'after endsAt' },
        ]);
      const workflowId = developmentYearWorkflowId(input.year);
      try {
        await client.workflow.start('developmentYear', {
          taskQueue,
          workflowId,
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [config],
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        return { workflowId, alreadyStarted: true };
      }
      // The year's record right away, so that entries know its calendar (the workflow writes it too).
      await models.trainingYears.updateOne(
        { _id: input.year },
        { $setOnInsert: { config, phase: 'running' } },
        { upsert: true },
      );
      return { workflowId, alreadyStarted: false };
    },

    async yearStatus(_principal: Principal, year: number) {
      const y = await models.trainingYears.findById(year).lean();
      return {
        year,
        phase: y?.phase ?? 'not-opened',
        employees: y?.employees ?? 0,
        reminded: y?.reminded ?? 0,
        shortByUnit:
          (y?.shortByUnit as { unitCode: string; employees: number; short: number }[] | null) ?? null,
      };
    },
  };
}
