// The awards round's use cases (penghargaan), shared by the API and the pages: HR starts a year's round
// once the year has closed (one workflow per year: starting twice is one), reads the round and every
// eligible employee; a unit head nominates from their unit's eligible list within the quota (only the
// head of that unit by the registry, never by the token; HR for a unit without a head); HR's committee
// decides each nomination; an employee reads only their own awards. Each step goes to the round's
// `completeTask` Update, whose validator refuses a step that is not open.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { decisionStep, nominationStep } from '../../activities/appraisal/awards';
import { taskIdOf } from '../../activities/tasks';
import type { AwardRecord, AwardRoundUnit } from '../../db/models/awards';
import { actorOf, type Principal } from '../../domain/actor';
import {
  awardDecisionSchema,
  awardNominationsSchema,
  nominationProblem,
  resolveAwardRules,
  type AwardDecision,
  type AwardNominations,
  type AwardRuleOverrides,
  type AwardRules,
  type AwardRuleSetId,
} from '../../domain/appraisal/award-rules';
import { awardsWorkflowId } from '../../domain/workflow-ids';
import { completeTask } from '../../workflows/appraisal/messages';
import { badRequest, conflict, fieldErrors, forbidden, notFound } from '../errors';
import { viaUpdate } from '../updates';
import type { AppraisalDeps } from './deps';

/** The appraisal year's phases after which its results are final enough to award. */
const AWARDABLE_PHASES = ['closed', 'finalised'];
/** The most award records one read lists (a city's eligible employees fit many times over). */
const MAX_LISTED = 5000;

export interface AwardView {
  year: number;
  nip: string;
  name: string;
  unitCode: string;
  predikat: string;
  status: 'eligible' | 'nominated' | 'awarded' | 'not-awarded';
  nomination: { byNip: string; byName: string; reason: string; at: string } | null;
  decision: { awarded: boolean; reason: string; by: string; at: string } | null;
}

export interface AwardRoundView {
  year: number;
  phase: string;
  rules: AwardRules;
  ruleChanges: unknown[];
  units: AwardRoundUnit[];
  openedAt: string;
  closedAt: string | null;
}

/** One unit head's open nomination: the unit, its rules and due date, and its eligible list. */
export interface OpenNomination {
  year: number;
  unitCode: string;
  unitName: string;
  dueAt: string;
  overdue: boolean;
  rules: AwardRules;
  eligible: AwardView[];
}

export const toAwardView = (r: AwardRecord): AwardView => ({
  year: r.year,
  nip: r.nip,
  name: r.name,
  unitCode: r.unitCode,
  predikat: r.predikat,
  status: r.status as AwardView['status'],
  nomination: (r.nomination as AwardView['nomination']) ?? null,
  decision: (r.decision as AwardView['decision']) ?? null,
});

export function awardCommands({ client, models, taskQueue }: AppraisalDeps) {
  const handle = (year: number) => client.workflow.getHandle(awardsWorkflowId(year));
  const requireHr = (p: Principal) => {
    if (p.role !== 'hr') throw forbidden('only HR decides the awards');
  };
  const roundRules = async (year: number): Promise<AwardRules> => {
    const round = await models.awardRounds.findById(year, { rules: 1 }).lean();
    if (!round) throw notFound(`no awards round for ${year}`);
    return round.rules as AwardRules;
  };

  /** HR starts the year's round, once the appraisal year has closed; a round already started is one. */
  async function startAwards(
    principal: Principal,
    input: { year: number; ruleSetId?: AwardRuleSetId; ruleOverrides?: AwardRuleOverrides },
  ) {
    requireHr(principal);
    const year = await models.appraisalYears.findById(input.year, { phase: 1 }).lean();
    if (!year) throw notFound(`no appraisal year ${input.year}`);
    const workflowId = awardsWorkflowId(input.year);
    if (!AWARDABLE_PHASES.includes(year.phase)) {
      // Started already (the year moved on since)? Then it is the same round.
      if (await models.awardRounds.exists({ _id: input.year })) return { workflowId, alreadyStarted: true };
      throw conflict(`the ${input.year} appraisal is not closed yet (phase ${year.phase})`);
    }
    try {
      resolveAwardRules(input.ruleOverrides ?? {}, input.ruleSetId);
    } catch {
      throw badRequest('the award rule overrides are not valid', [
        { path: 'body.ruleOverrides', message: 'not valid' },
      ]);
    }
    try {
      await client.workflow.start('yearAwards', {
        taskQueue,
        workflowId,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [{ ...input, actor: actorOf(principal) }],
      });
      return { workflowId, alreadyStarted: false };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, alreadyStarted: true };
      throw err;
    }
  }

  /** HR's view of the round: its rules and units, and every employee on a list (by unit, then NIP). */
  async function awardRound(principal: Principal, input: { year: number }) {
    requireHr(principal);
    const round = await models.awardRounds.findById(input.year).lean();
    if (!round) return { round: null, awards: [] as AwardView[] };
    const awards = await models.awards
      .find({ year: input.year })
      .sort({ unitCode: 1, nip: 1 })
      .limit(MAX_LISTED)
      .lean();
    const view: AwardRoundView = {
      year: input.year,
      phase: round.phase,
      rules: round.rules as AwardRules,
      ruleChanges: round.ruleChanges ?? [],
      units: (round.units ?? []) as AwardRoundUnit[],
      openedAt: round.openedAt.toISOString(),
      closedAt: round.closedAt ? round.closedAt.toISOString() : null,
    };
    return { round: view, awards: awards.map(toAwardView) };
  }

  /** Whether the caller may nominate for the unit: its head by the registry (HR when it has none). */
  async function mayNominate(principal: Principal, unitCode: string): Promise<boolean> {
    const unit = await models.orgUnits.findById(unitCode, { headNip: 1 }).lean();
    if (!unit) return false;
    if (!unit.headNip) return principal.role === 'hr';
    return !!principal.nip && principal.nip === unit.headNip;
  }

  /** The nominations open to the caller (the units they head), each with its eligible list. */
  async function openNominations(principal: Principal): Promise<OpenNomination[]> {
    const filter: Record<string, unknown> = { type: 'award-nomination', status: 'open' };
    if (principal.role === 'hr') filter.assigneeKind = 'hr';
    else if (principal.nip) filter.assigneeNip = principal.nip;
    else return [];
    const tasks = await models.tasks.find(filter).sort({ dueAt: 1 }).limit(50).lean();
    const now = new Date();
    const out: OpenNomination[] = [];
    for (const t of tasks) {
      if (!t.unitCode || !t.year || !(await mayNominate(principal, t.unitCode))) continue;
      const eligible = await models.awards
        .find({ year: t.year, unitCode: t.unitCode })
        .sort({ nip: 1 })
        .limit(MAX_LISTED)
        .lean();
      out.push({
        year: t.year,
        unitCode: t.unitCode,
        unitName: t.subjectName,
        dueAt: t.dueAt.toISOString(),
        overdue: t.dueAt < now,
        rules: await roundRules(t.year),
        eligible: eligible.map(toAwardView),
      });
    }
    return out;
  }

  /**
   * The unit head's nominations for their unit: each from the unit's eligible list, at most the quota,
   * nobody twice, never the head themselves (400 naming the field); then the round's Update.
   */
  async function nominate(
    principal: Principal,
    input: { year: number; unitCode: string } & AwardNominations,
  ) {
    if (!(await mayNominate(principal, input.unitCode)))
      throw forbidden('only the head of this unit nominates for it');
    const parsed = awardNominationsSchema.safeParse({ nominations: input.nominations });
    if (!parsed.success) throw badRequest('the nominations are not valid', fieldErrors('body', parsed.error));
    const task = await models.tasks
      .findById(taskIdOf(awardsWorkflowId(input.year), nominationStep(input.unitCode)))
      .lean();
    if (!task) throw notFound(`no award nomination for ${input.unitCode} in ${input.year}`);
    if (task.status !== 'open')
      throw conflict(`the nomination for ${input.unitCode} is already ${task.status}`);
    const rules = await roundRules(input.year);
    const eligible = await models.awards
      .find({ year: input.year, unitCode: input.unitCode, status: 'eligible' }, { nip: 1 })
      .limit(MAX_LISTED)
      .lean();
    const problem = nominationProblem(
      rules,
      new Set(eligible.map((e) => e.nip)),
      parsed.data.nominations,
      principal.nip ?? null,
    );
    if (problem)
      throw badRequest(`the nominations are not valid: ${problem.message}`, [
        { path: `body.${problem.path}`, message: problem.message },
      ]);
    return viaUpdate(`the ${input.year} awards round`, () =>
      handle(input.year).executeUpdate(completeTask, {
        args: [{ taskId: task._id, actor: actorOf(principal), payload: parsed.data }],
      }),
    );
  }

  /** HR's committee decides one nomination, with a reason. */
  async function decide(principal: Principal, input: { year: number; nip: string } & AwardDecision) {
    requireHr(principal);
    const parsed = awardDecisionSchema.safeParse({ awarded: input.awarded, reason: input.reason });
    if (!parsed.success) throw badRequest('the decision is not valid', fieldErrors('body', parsed.error));
    const task = await models.tasks
      .findById(taskIdOf(awardsWorkflowId(input.year), decisionStep(input.nip)))
      .lean();
    if (!task) throw notFound(`no award nomination of ${input.nip} in ${input.year}`);
    if (task.status !== 'open') throw conflict(`the nomination is already ${task.status}`);
    return viaUpdate(`the ${input.year} awards round`, () =>
      handle(input.year).executeUpdate(completeTask, {
        args: [
          {
            taskId: task._id,
            actor: actorOf(principal),
            payload: parsed.data,
          },
        ],
      }),
    );
  }

  /**
   * One employee's award of a year (their nomination and its decision), for their year page: the
   * employee themselves or HR. Null when they were not nominated (being on a list is the head's to see).
   */
  async function employeeAward(principal: Principal, input: { year: number; nip: string }) {
    if (principal.role !== 'hr' && principal.nip !== input.nip)
      throw forbidden('an employee sees only their own awards');
    const r = await models.awards.findById(`${input.year}/${input.nip}`).lean();
    return r && r.status !== 'eligible' ? toAwardView(r) : null;
  }

  /** The caller's own awards over the years (nominated or decided), latest first. */
  async function myAwards(principal: Principal): Promise<AwardView[]> {
    if (!principal.nip) return [];
    const rows = await models.awards
      .find({ nip: principal.nip, status: { $ne: 'eligible' } })
      .sort({ year: -1 })
      .limit(100)
      .lean();
    return rows.map(toAwardView);
  }

  /** The year's award records of these employees, by NIP (for the year's results export). */
  async function awardsOf(principal: Principal, input: { year: number; nips: string[] }) {
    requireHr(principal);
    const rows = await models.awards
      .find({ _id: { $in: input.nips.map((n) => `${input.year}/${n}`) } })
      .lean();
    return new Map(rows.map((r) => [r.nip, toAwardView(r)]));
  }

  return { startAwards, awardRound, openNominations, nominate, decide, employeeAward, myAwards, awardsOf };
}

export type AwardCommands = ReturnType<typeof awardCommands>;
