// The task inbox of every process: each person's own tasks (HR sees all), completion by the assignee, and
// HR's extension of an appraisal deadline. Completion is checked here once, then handed to the process the task belongs to.
import type { TaskRecord } from '../../db/models/tasks';
import type { Principal } from '../../domain/actor';
import type { TaskProcess, TaskType, TaskView } from '../../domain/tasks';
import { extendTask } from '../../workflows/appraisal/messages';
import { extendVerification } from '../../workflows/training/messages';
import type { AppraisalDeps } from '../appraisal/deps';
import { appraisalTaskCompleter } from '../appraisal/task-completion';
import { awardTaskCompleter } from '../appraisal/award-completion';
import { awardCommands } from '../appraisal/awards';
import { attendanceTaskCompleter } from '../attendance/task-completion';
import type { RecruitmentCommands } from '../recruitment/commands';
import { recruitmentTaskCompleter } from '../recruitment/task-completion';
import { trainingTaskCompleter } from '../training/task-completion';
import { conflict, forbidden, notFound } from '../errors';
import { viaUpdate } from '../updates';
import { toTaskView } from './view';

export interface TaskFilter {
  type?: TaskType;
  status?: TaskView['status'];
  dueBefore?: string;
  dueAfter?: string;
  /** Open and due before now (and before dueBefore, if given); status is then ignored. */
  overdue?: boolean;
  year?: number;
  /** A recruitment cycle's tasks only (its appeals, verifications, corrections). */
  cycleCode?: string;
  /** How many of the matching tasks to pass over first (a page of HR's task lists). */
  skip?: number;
  limit: number;
}

type Completer = (
  principal: Principal,
  task: TaskRecord,
  payload: Record<string, unknown>,
) => Promise<{ taskId: string; status: 'done' }>;

/** HR completes its own tasks and the Wali Kota's; anyone else only the tasks assigned to their NIP. */
function isAssignee(principal: Principal, t: TaskRecord): boolean {
  if (t.assigneeKind === 'hr' || t.assigneeKind === 'head-of-region') return principal.role === 'hr';
  if (t.assigneeKind === 'candidate') return principal.app === t.applicationId;
  return !!principal.nip && principal.nip === t.assigneeNip;
}

export function taskCommands(deps: AppraisalDeps & { recruitment: RecruitmentCommands }) {
  const { client, models } = deps;
  /** Who completes a task of each process, keyed by the task's `process`. */
  const completers: Record<TaskProcess, Completer> = {
    appraisal: appraisalTaskCompleter(deps),
    recruitment: recruitmentTaskCompleter(deps.recruitment),
    awards: awardTaskCompleter(awardCommands(deps)),
    attendance: attendanceTaskCompleter(deps),
    training: trainingTaskCompleter(deps),
  };
  // Records written before tasks named their process are all appraisal tasks.
  const processOf = (t: TaskRecord): TaskProcess => t.process ?? 'appraisal';

  const findTask = async (id: string) => {
    const t = await models.tasks.findById(id).lean();
    if (!t) throw notFound('no such task');
    return t;
  };

  /** The caller's tasks (HR: every task), earliest due first. */
  async function listTasks(principal: Principal, query: TaskFilter): Promise<TaskView[]> {
    const now = new Date();
    const filter: Record<string, unknown> = {};
    if (principal.role !== 'hr') filter.assigneeNip = principal.nip;
    if (query.type) filter.type = query.type;
    if (query.year) filter.year = query.year;
    if (query.cycleCode) filter.cycleCode = query.cycleCode;
    if (query.overdue) Object.assign(filter, { status: 'open' });
    else if (query.status) filter.status = query.status;
    const due: Record<string, Date> = {};
    if (query.dueBefore) due.$lt = new Date(query.dueBefore);
    if (query.dueAfter) due.$gte = new Date(query.dueAfter);
    if (query.overdue) due.$lt = due.$lt && due.$lt < now ? due.$lt : now;
    if (Object.keys(due).length) filter.dueAt = due;
    const tasks = await models.tasks
      .find(filter)
      .sort({ dueAt: 1, _id: 1 })
      .skip(query.skip ?? 0)
      .limit(query.limit)
      .lean();
    return tasks.map((t) => toTaskView(t, now));
  }

  /** Completes a task: only its assignee may (HR for the Wali Kota); its process checks the payload. */
  async function completeTask(principal: Principal, input: { id: string; payload: Record<string, unknown> }) {
    const t = await findTask(input.id);
    if (!isAssignee(principal, t)) throw forbidden('only the assignee may complete this task');
    return completers[processOf(t)](principal, t, input.payload);
  }

  /** HR moves a task's deadline (audited by the workflow; the reminder and escalation move with it). */
  async function extendDeadline(principal: Principal, input: { id: string; dueAt: string; reason: string }) {
    const t = await findTask(input.id);
    // A training verification moves in the employee's development year (workflows/training).
    if (processOf(t) === 'training')
      return viaUpdate('the development year', () =>
        client.workflow.getHandle(t.workflowId).executeUpdate(extendVerification, {
          args: [
            {
              taskId: t._id,
              dueAt: input.dueAt,
              reason: input.reason,
              actor: { sub: principal.sub, role: 'hr' },
            },
          ],
        }),
      );
    // A recruitment task's due date is the cycle's schedule, which the rules fix for every candidate alike.
    // (An attendance task's workflow answers the same extendTask Update as an appraisal's.)
    if (processOf(t) === 'recruitment')
      throw conflict("a recruitment task's due date follows the cycle's schedule");
    return viaUpdate(`the ${processOf(t)} process`, () =>
      client.workflow.getHandle(t.workflowId).executeUpdate(extendTask, {
        args: [
          {
            taskId: t._id,
            dueAt: input.dueAt,
            reason: input.reason,
            actor: { sub: principal.sub, role: 'hr' },
          },
        ],
      }),
    );
  }

  return { listTasks, completeTask, extendDeadline };
}
export type TaskCommands = ReturnType<typeof taskCommands>;
