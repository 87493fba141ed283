// The task inbox: each person's own tasks (HR sees all), completion by the assignee, and HR's extension
// of a deadline. Completion is checked here once, then handed to the process the task belongs to.
import type { TaskRecord } from '../../db/models/tasks';
import type { Principal } from '../../domain/actor';
import type { AppraisalTaskType } from '../../domain/appraisal/tasks';
import type { TaskView } from '../../domain/appraisal/views';
import { extendTask } from '../../workflows/appraisal/messages';
import type { AppraisalDeps } from '../appraisal/deps';
import { appraisalTaskCompleter } from '../appraisal/task-completion';
import { forbidden, notFound } from '../errors';
import { viaUpdate } from '../updates';
import { toTaskView } from './view';

export interface TaskFilter {
  type?: AppraisalTaskType;
  status?: TaskView['status'];
  dueBefore?: string;
  dueAfter?: string;
  /** Open and due before now (and before dueBefore, if given); status is then ignored. */
  overdue?: boolean;
  year?: number;
  limit: number;
}

type Completer = (
  principal: Principal,
  task: TaskRecord,
  payload: Record<string, unknown>,
) => Promise<{ taskId: string; status: 'done' }>;

export function taskCommands(deps: AppraisalDeps) {
  const { client, models } = deps;
  /** Who completes a task of each process, keyed by the task's `process`. */
  const completers: Record<string, Completer> = { appraisal: appraisalTaskCompleter(deps) };
  // Records written before tasks named their process are all appraisal tasks.
  const processOf = (t: TaskRecord) => (t as { process?: string }).process ?? 'appraisal';

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
    if (query.overdue) Object.assign(filter, { status: 'open' });
    else if (query.status) filter.status = query.status;
    const due: Record<string, Date> = {};
    if (query.dueBefore) due.$lt = new Date(query.dueBefore);
    if (query.dueAfter) due.$gte = new Date(query.dueAfter);
    if (query.overdue) due.$lt = due.$lt && due.$lt < now ? due.$lt : now;
    if (Object.keys(due).length) filter.dueAt = due;
    const tasks = await models.tasks.find(filter).sort({ dueAt: 1, _id: 1 }).limit(query.limit).lean();
    return tasks.map((t) => toTaskView(t, now));
  }

  /** Completes a task: only its assignee may (HR for the Wali Kota); its process checks the payload. */
  async function completeTask(principal: Principal, input: { id: string; payload: Record<string, unknown> }) {
    const t = await findTask(input.id);
    const isAssignee =
      t.assigneeKind === 'head-of-region' ? principal.role === 'hr' : principal.nip === t.assigneeNip;
    if (!isAssignee) throw forbidden('only the assignee may complete this task');
    const process = processOf(t);
    const complete = completers[process];
    if (!complete) throw new Error(`no completer for ${process} tasks`);
    return complete(principal, t, input.payload);
  }

  /** HR moves a task's deadline (audited by the workflow; the reminder and escalation move with it). */
  async function extendDeadline(principal: Principal, input: { id: string; dueAt: string; reason: string }) {
    const t = await findTask(input.id);
    return viaUpdate('the appraisal', () =>
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
