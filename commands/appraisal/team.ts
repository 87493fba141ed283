// A supervisor's team in an appraisal year: the people reporting to them by the registry (never by the
// token), each with where their year stands (phase, predikat) and the caller's own open tasks about them
// (approvals, ratings waiting), and the year's rule set, which the rating form's preview reads. The "my
// team" page and `GET /api/v1/appraisal/{year}/team` both call it.
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Principal } from '../../domain/actor';
import { resolveAppraisalRules, type Predikat, type UnitResult } from '../../domain/appraisal/rule-sets';
import type { AppraisalYearConfig } from '../../domain/appraisal/schemas';
import type { TaskView } from '../../domain/tasks';
import { appraisalWorkflowId } from '../../domain/workflow-ids';
import { appraisalState } from '../../workflows/appraisal/messages';
import { forbidden, notFound } from '../errors';
import { toTaskView } from '../tasks/view';
import type { AppraisalDeps } from './deps';

/** The most direct reports one page lists (a unit head of a large agency has a few dozen). */
export const TEAM_LIMIT = 500;

export interface TeamMember {
  nip: string;
  name: string;
  position: string;
  unitCode: string;
  /** null: no appraisal of this person in the year (not in its scope, or joined after). */
  phase: string | null;
  predikat: Predikat | null;
  /** The caller's open tasks about this person in the year, earliest due first. */
  tasks: TaskView[];
}

export function teamCommands({ client, models }: AppraisalDeps) {
  /** The year's rules (its rule set with HR's overrides), or 404 for a year not opened. */
  async function yearRules(year: number) {
    const y = await models.appraisalYears.findById(year, { config: 1 }).lean();
    if (!y) throw notFound(`no appraisal year ${year}`);
    const config = y.config as Pick<AppraisalYearConfig, 'ruleOverrides' | 'ruleSetId'>;
    return resolveAppraisalRules(config.ruleOverrides ?? {}, config.ruleSetId).rules;
  }

  /**
   * The caller's direct reports in `year`, by name, with their phase, predikat and the caller's tasks about
   * them; and the caller's other open tasks of the year (an objection of someone their report appraises).
   */
  async function team(
    principal: Principal,
    input: { year: number },
  ): Promise<{ members: TeamMember[]; otherTasks: TaskView[] }> {
    if (!principal.nip) return { members: [], otherTasks: [] };
    const reports = await models.employees
      .find({ supervisorNip: principal.nip, active: true }, { name: 1, position: 1, unitCode: 1 })
      .sort({ name: 1 })
      .limit(TEAM_LIMIT)
      .lean();
    const nips = reports.map((r) => String(r._id));
    const now = new Date();
    const [records, tasks] = await Promise.all([
      models.appraisalRecords
        .find({ _id: { $in: nips.map((n) => `${input.year}/${n}`) } }, { nip: 1, phase: 1, predikat: 1 })
        .lean(),
      models.tasks
        .find({ assigneeNip: principal.nip, year: input.year, status: 'open' })
        .sort({ dueAt: 1 })
        .limit(TEAM_LIMIT * 4)
        .lean(),
    ]);
    const byNip = new Map(records.map((r) => [r.nip, r]));
    const tasksOf = new Map<string, TaskView[]>();
    for (const t of tasks) {
      if (!t.subjectNip) continue;
      tasksOf.set(t.subjectNip, [...(tasksOf.get(t.subjectNip) ?? []), toTaskView(t, now)]);
    }
    const members = reports.map((r) => {
      const nip = String(r._id);
      const rec = byNip.get(nip);
      return {
        nip,
        name: r.name,
        position: r.position,
        unitCode: r.unitCode,
        phase: rec?.phase ?? null,
        predikat: (rec?.predikat ?? null) as Predikat | null,
        tasks: tasksOf.get(nip) ?? [],
      };
    });
    const mine = new Set(nips);
    const otherTasks = [...tasksOf].filter(([nip]) => !mine.has(nip)).flatMap(([, t]) => t);
    return { members, otherTasks };
  }

  /**
   * The open tasks of the caller's reports that are past due and were escalated: an escalation goes to the
   * assignee's own supervisor (activities/tasks.ts), which the registry says is the caller.
   */
  async function escalatedToMe(principal: Principal): Promise<TaskView[]> {
    if (!principal.nip) return [];
    const reports = await models.employees
      .find({ supervisorNip: principal.nip, active: true }, { _id: 1 })
      .limit(TEAM_LIMIT)
      .lean();
    if (reports.length === 0) return [];
    const now = new Date();
    const tasks = await models.tasks
      .find({ assigneeNip: { $in: reports.map((r) => String(r._id)) }, status: 'open', escalated: true })
      .sort({ dueAt: 1 })
      .limit(TEAM_LIMIT)
      .lean();
    return tasks.map((t) => toTaskView(t, now));
  }

  /** The years with an appraisal of the caller, latest first. */
  async function myYears(principal: Principal): Promise<number[]> {
    if (!principal.nip) return [];
    const records = await models.appraisalRecords.find({ nip: principal.nip }, { year: 1 }).lean();
    return records.map((r) => r.year).sort((a, b) => b - a);
  }

  /** The years opened, latest first (the team page's choice), at most 20. */
  async function years(): Promise<number[]> {
    const ys = await models.appraisalYears.find({}, { _id: 1 }).sort({ _id: -1 }).limit(20).lean();
    return ys.map((y) => Number(y._id));
  }

  /** One of the caller's own tasks (404 for an unknown one, 403 for someone else's). */
  async function myTask(principal: Principal, id: string): Promise<TaskView> {
    const t = await models.tasks.findById(id).lean();
    if (!t) throw notFound('no such task');
    if (!principal.nip || t.assigneeNip !== principal.nip) throw forbidden('this task is someone else’s');
    return toTaskView(t, new Date());
  }

  /** Until when the employee's objection window is open (the workflow's own deadline), or null. */
  async function objectionOpenUntil(input: { year: number; nip: string }): Promise<string | null> {
    try {
      const state = await client.workflow
        .getHandle(appraisalWorkflowId(input.year, input.nip))
        .query(appraisalState);
      return state.objectionOpenUntil;
    } catch (err) {
      // An appraisal that never ran has no window open.
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    }
  }

  /** Whether the caller is the employee's appraiser (their direct supervisor, by the registry). */
  async function isAppraiser(principal: Principal, nip: string): Promise<boolean> {
    if (!principal.nip) return false;
    const e = await models.employees.findById(nip, { supervisorNip: 1 }).lean();
    return !!e && e.supervisorNip === principal.nip;
  }

  /**
   * The own result of the unit `nip` heads for `period` (a period code or 'annual'), which stands for their
   * Rating Hasil Kerja when they are rated (activities/appraisal/records.ts); null for anyone else.
   */
  async function headedUnitResult(input: { year: number; nip: string; period: string }) {
    const headed = await models.orgUnits.findOne({ headNip: input.nip }, { code: 1 }).lean();
    if (!headed) return null;
    const unit = await models.appraisalUnits.findById(`${input.year}/${headed.code}`).lean();
    const results = (unit?.results ?? {}) as Record<string, UnitResult>;
    return Object.hasOwn(results, input.period) ? results[input.period]! : null;
  }

  return {
    team,
    yearRules,
    headedUnitResult,
    escalatedToMe,
    myYears,
    years,
    myTask,
    objectionOpenUntil,
    isAppraiser,
  };
}
export type TeamCommands = ReturnType<typeof teamCommands>;
