// Development planned from the appraisal (RULES 3.2): HR starts, for a finalised appraisal year, the
// workflow that opens a plan item for the next year for each predikat below Baik (running it again adds
// only what is new); each item is visible to the employee, their superiors and HR; a unit's training
// needs are the sum of its items.
import type { Principal } from '../../domain/actor';
import { defaultTrainingRuleSetId } from '../../domain/training/rule-sets';
import { developmentPlansWorkflowId } from '../../domain/workflow-ids';
import { forbidden } from '../errors';
import { requireEmployeeAccess, teamOf } from './access';
import type { TrainingDeps } from './deps';

const itemView = (i: {
  _id: string;
  year: number;
  nip: string;
  unitCode: string;
  source: unknown;
  jp: number;
  reason: string;
}) => ({
  id: i._id,
  year: i.year,
  nip: i.nip,
  unitCode: i.unitCode,
  source: i.source as { kind: 'appraisal'; year: number; predikat: string },
  jp: i.jp,
  reason: i.reason,
});

export function planCommands(deps: TrainingDeps) {
  const { client, models, taskQueue } = deps;

  return {
    /** Opens the next year's plan items from `appraisalYear`'s finalised results; waits for the count. */
    async plansFromAppraisal(_principal: Principal, appraisalYear: number) {
      const handle = await client.workflow.start('developmentPlansFromAppraisal', {
        taskQueue,
        workflowId: developmentPlansWorkflowId(appraisalYear),
        // A run in progress is joined; a finished one is run again (its items are keyed: nothing doubles).
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        args: [{ appraisalYear, ruleSetId: defaultTrainingRuleSetId }],
      });
      return (await handle.result()) as {
        appraisalYear: number;
        items: number;
        created: number;
        unitsNotFinalised: string[];
      };
    },

    /** Plan items of `year`: one employee's (`nip`), a supervisor's team, or (HR) everyone's. */
    async listPlans(
      principal: Principal,
      year: number,
      q: { nip?: string; unitCode?: string; limit: number },
    ) {
      const filter: Record<string, unknown> = { year };
      if (q.nip) {
        await requireEmployeeAccess(models, principal, q.nip);
        filter.nip = q.nip;
      } else if (principal.role === 'hr') {
        if (q.unitCode) filter.unitCode = q.unitCode;
      } else {
        if (q.unitCode) throw forbidden('only HR lists a unit');
        const team = principal.role === 'supervisor' ? await teamOf(models, principal.nip!) : [];
        filter.nip = { $in: [principal.nip!, ...team] };
      }
      const rows = await models.developmentPlans
        .find(filter)
        .sort({ unitCode: 1, nip: 1 })
        .limit(q.limit)
        .lean();
      return { year, items: rows.map(itemView) };
    },

    /** HR: each unit's training needs for `year` (the sum of its plan items), counted by the database. */
    async trainingNeeds(principal: Principal, year: number) {
      if (principal.role !== 'hr') throw forbidden('training needs are for HR');
      // One accumulator per $group: FerretDB 1.24 answers 0 for every $sum after the first of a stage.
      const rows = await models.developmentPlans.aggregate<{
        _id: { unitCode: string; jp: number };
        n: number;
      }>([{ $match: { year } }, { $group: { _id: { unitCode: '$unitCode', jp: '$jp' }, n: { $sum: 1 } } }]);
      const units = new Map<string, { unitCode: string; items: number; jp: number }>();
      for (const r of rows) {
        const u = units.get(r._id.unitCode) ?? { unitCode: r._id.unitCode, items: 0, jp: 0 };
        u.items += r.n;
        u.jp += r.n * r._id.jp;
        units.set(u.unitCode, u);
      }
      return { year, units: [...units.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode)) };
    },
  };
}
