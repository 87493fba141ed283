// Cycles: HR opens one (its record, then its workflow), reads it (the workflow's live state with the
// read model's counts) and lists them; HR announces a stage's results, which opens its appeal window.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { upsertCycleRecord } from '../../db/cycle-record';
import type { Actor } from '../../domain/actor';
import { resolveRuleSet } from '../../domain/recruitment/rule-sets';
import { cycleRuleOverrides, type CreateCycleInput } from '../../domain/recruitment/schemas';
import {
  announcementStages,
  defaultBudgetYear,
  type AnnouncementStage,
} from '../../domain/recruitment/stages';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import {
  announce,
  cycleState,
  type CycleInput,
  type FormationConfig,
} from '../../workflows/recruitment/messages';
import { dictionaryOf } from '../../domain/dictionary';
import { badRequest, conflict } from '../errors';
import { records, step, type RecruitmentDeps } from './context';

export function cycleCommands(deps: RecruitmentDeps) {
  const { client, models } = deps;
  const { cycleOrThrow } = records(deps);

  /** Appeals still waiting for HR's answer, by stage, from the read model (the appeal desks count them too). */
  async function openAppeals(code: string) {
    const open: Partial<Record<AnnouncementStage, number>> = {};
    const isPending = (stage: AnnouncementStage) => ({ [`appeals.${stage}.status`]: 'pending' });
    // One query for every stage: on FerretDB each query on these fields reads the whole collection.
    const pending = await models.applications
      .find({ cycleCode: code, $or: announcementStages.map(isPending) }, { appeals: 1 })
      .lean();
    for (const stage of announcementStages) {
      const n = pending.filter((a) => a.appeals?.[stage]?.status === 'pending').length;
      if (n > 0) open[stage] = n;
    }
    return open;
  }

  return {
    async createCycle(body: CreateCycleInput, actor: Actor) {
      const resolved = resolveRuleSet(body.kind, cycleRuleOverrides(body));
      if (!resolved.ok)
        throw badRequest(
          'the rule overrides are not valid',
          resolved.reasons.map((m) => ({ path: 'body.rules', message: m })),
        );
      const input: CycleInput = {
        code: body.code,
        kind: body.kind,
        title: body.title,
        budgetYear: body.budgetYear ?? defaultBudgetYear(body.schedule.registrationOpensAt),
        formations: body.formations as FormationConfig[],
        schedule: {
          registrationOpensAt: body.schedule.registrationOpensAt,
          registrationClosesAt: body.schedule.registrationClosesAt,
        },
        rules: resolved.value.ruleSet,
        overrides: resolved.value.overridden,
        hr: deps.hr,
        createdBy: actor,
      };
      // The record first, so that the workflow's activities always find it (a failed start is retried by
      // the same request again: the record is kept, the workflow starts).
      await upsertCycleRecord(models, input);
      try {
        await client.workflow.start('recruitmentCycle', {
          taskQueue: deps.taskQueue,
          workflowId: cycleWorkflowId(body.code),
          args: [input],
        });
      } catch (err) {
        if (err instanceof WorkflowExecutionAlreadyStartedError)
          throw conflict(`a cycle with code ${body.code} already exists`);
        throw err;
      }
      return {
        code: body.code,
        workflowId: cycleWorkflowId(body.code),
        budgetYear: input.budgetYear,
        ruleSetId: input.rules.id,
        overridden: resolved.value.overridden,
      };
    },

    async getCycle(code: string) {
      const cycle = await cycleOrThrow(code);
      const live = await client.workflow
        .getHandle(cycleWorkflowId(code))
        .query(cycleState)
        .catch(() => undefined);
      const counts = await models.applications.aggregate<{
        _id: { formation: string; status: string };
        n: number;
      }>([
        // An application counts once confirmed (the candidate opened the link mailed to them).
        { $match: { cycleCode: code, status: { $ne: 'unconfirmed' } } },
        { $group: { _id: { formation: '$formationCode', status: '$status' }, n: { $sum: 1 } } },
      ]);
      // Maps, not plain objects: a stored formation code must never reach Object.prototype (`__proto__`).
      const byFormation = new Map<string, Map<string, number>>();
      const byStatus = new Map<string, number>();
      for (const c of counts) {
        const ofFormation = byFormation.get(c._id.formation) ?? new Map<string, number>();
        byFormation.set(c._id.formation, ofFormation.set(c._id.status, c.n));
        byStatus.set(c._id.status, (byStatus.get(c._id.status) ?? 0) + c.n);
      }
      return {
        code: cycle._id,
        kind: cycle.kind,
        title: cycle.title,
        budgetYear: cycle.budgetYear,
        phase: live?.phase ?? cycle.phase,
        ruleSetId: cycle.ruleSetId,
        formations: cycle.formations,
        schedule: cycle.schedule,
        appealWindows: live?.appealWindows ?? cycle.appealWindows,
        openAppeals: await openAppeals(code),
        documents: live?.documents,
        replacements: live?.replacements ?? 0,
        unfilled: live?.unfilled ?? [],
        counts: {
          byStatus: dictionaryOf(byStatus),
          byFormation: dictionaryOf(new Map([...byFormation].map(([f, m]) => [f, dictionaryOf(m)]))),
        },
      };
    },

    async listCycles() {
      const cycles = await models.cycles
        .find({}, { title: 1, kind: 1, phase: 1, schedule: 1 })
        .sort({ createdAt: -1 })
        .limit(200)
        .lean();
      return cycles.map((c) => ({
        code: c._id,
        title: c.title,
        kind: c.kind,
        phase: c.phase,
        schedule: c.schedule,
      }));
    },

    async announce(code: string, stage: AnnouncementStage, actor: Actor) {
      await cycleOrThrow(code);
      if (stage === 'administration') {
        const unscreened = await models.applications.countDocuments({
          cycleCode: code,
          status: 'registered',
        });
        if (unscreened > 0) throw conflict(`${unscreened} application(s) are not screened yet`);
      }
      return step(() =>
        client.workflow
          .getHandle(cycleWorkflowId(code))
          .executeUpdate(announce, { args: [{ stage, actor }] }),
      );
    },
  };
}
