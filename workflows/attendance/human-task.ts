// The human steps of attendance's processes, on the one mechanism (workflows/lib/task.ts): a task for the
// employee's direct superior with its deadline from the rule set, a reminder before it, an escalation to
// the superior's own superior after it and, if still nothing is done, a second escalation to HR. The
// completion and extension Updates and the state query are set here once for both processes. Workflow code.
import { condition, setHandler } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { StepDeadlines } from '../../domain/attendance/rule-sets';
import { attendanceTaskPayloads, type AttendanceTaskType } from '../../domain/attendance/schemas';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { Task } from '../lib/task';
import { attendanceProcessState, completeTask, extendTask } from './messages';

type Prepared = Awaited<ReturnType<typeof acts.prepareAttendanceTask>>;

interface Open {
  task: Task<{ value: unknown; actor: Actor }>;
  type: AttendanceTaskType;
  toHr: boolean;
}

export interface StepHooks {
  announce(t: Task<unknown>, key: string, p: Prepared): Promise<unknown>;
  /** Told when an escalation goes out (`to`: the superior's superior, or HR), for the process's record. */
  escalated?(type: AttendanceTaskType, to: string): Promise<unknown>;
}

export function attendanceSteps(
  wf: string,
  nip: string,
  next: () => number,
  opts: { year: number | null; check?: (type: AttendanceTaskType, value: unknown) => void },
) {
  const open = new Map<string, Open>();
  const closed = new Map<string, string>();
  const st = { stage: 'opened' };

  const openTask = (taskId: string): Open => {
    const t = open.get(taskId);
    if (!t) {
      const status = closed.get(taskId);
      throw new Error(status ? `the task is already ${status}` : 'no such open task in this process');
    }
    if (!t.task.isOpen) throw new Error(`the task is already ${t.task.step.status}`);
    return t;
  };

  setHandler(attendanceProcessState, () => ({
    stage: st.stage,
    openTasks: [...open.values()].map(({ task, type, toHr }) => ({
      taskId: task.taskId,
      type,
      dueAt: task.dueAt,
      assigneeNip: task.assignee.nip,
      assigneeName: task.assignee.name,
      reminded: task.step.reminded,
      escalated: task.step.escalated,
      escalatedToHr: toHr,
    })),
  }));

  setHandler(
    completeTask,
    async ({ taskId, actor, payload }) => {
      const t = open.get(taskId)!;
      const value = attendanceTaskPayloads[t.type].parse(payload);
      await t.task.complete({ value, actor }, actor);
      return { taskId, status: 'done' as const };
    },
    {
      validator: ({ taskId, actor, payload }) => {
        const t = openTask(taskId);
        const mayAct =
          t.task.assignee.kind === 'hr'
            ? actor.role === 'hr'
            : !!actor.nip && actor.nip === t.task.assignee.nip;
        if (!mayAct) throw new Error('only the assignee may complete this task');
        const parsed = attendanceTaskPayloads[t.type].safeParse(payload);
        if (!parsed.success)
          throw new Error(
            parsed.error.issues.map((i) => `${['payload', ...i.path].join('.')}: ${i.message}`).join('; '),
          );
        opts.check?.(t.type, parsed.data);
      },
    },
  );

  setHandler(
    extendTask,
    async ({ taskId, dueAt, reason, actor }) => {
      await open.get(taskId)!.task.extend(dueAt, reason, actor);
      return { taskId, dueAt };
    },
    {
      validator: ({ taskId, dueAt, actor }) => {
        openTask(taskId);
        if (actor.role !== 'hr') throw new Error('only HR may extend a deadline');
        if (Number.isNaN(Date.parse(dueAt))) throw new Error('dueAt is not an instant');
      },
    },
  );

  /** Runs one step to its completion; returns the value, who completed it and the subject's contact. */
  async function humanTask<T>(
    type: AttendanceTaskType,
    stepKey: string,
    deadlines: StepDeadlines,
    hooks: StepHooks,
  ): Promise<{ value: T; actor: Actor; prepared: Prepared }> {
    const p = await acts.prepareAttendanceTask({ workflowId: wf, stepKey, nip });
    const escalateAfterMs = durationMs(deadlines.escalateAfter);
    const againMs = durationMs(deadlines.escalateAgainAfter);
    const data = (task: Task<unknown>) => ({
      task: type,
      subjectName: p.subject.name,
      assigneeName: task.assignee.name,
      dueAt: task.dueAt,
    });
    const o: Open = { type, toHr: false, task: undefined! };
    o.task = new Task({
      taskId: p.taskId,
      workflowId: wf,
      stepKey,
      assignee: p.assignee,
      record: {
        process: 'attendance',
        type,
        year: opts.year,
        subjectNip: nip,
        subjectName: p.subject.name,
        unitCode: p.subject.unitCode,
      },
      times: {
        dueAt: Date.now() + durationMs(deadlines.within),
        remindBeforeMs: durationMs(deadlines.remindBefore),
        escalateAfterMs,
        expiresAtDue: false,
      },
      nextSeq: next,
      hooks: {
        announce: (t, key) => hooks.announce(t, key, p),
        remind: (t, n) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/reminder-${n}`,
            to: t.assignee.email,
            template: 'attendanceTaskReminder',
            data: data(t),
          }),
        escalate: async (t, to, s) => {
          await acts.sendEmail({
            key: `${wf}/${stepKey}/escalation-${s}`,
            to: to.email,
            template: 'attendanceTaskEscalation',
            data: { ...data(t), recipientName: to.name },
          });
          await hooks.escalated?.(type, to.name);
        },
      },
    });
    open.set(o.task.taskId, o);
    await o.task.open();
    // The second escalation, to HR, a while after the first; it follows the due date when HR moves it.
    const toHr = (async () => {
      while (o.task.isOpen && !o.toHr) {
        const due = o.task.step.dueAt;
        const at = due + escalateAfterMs + againMs;
        if (Date.now() >= at) {
          o.toHr = true;
          await acts.sendEmail({
            key: `${wf}/${stepKey}/escalation-hr`,
            to: p.hrEmail,
            template: 'attendanceTaskEscalation',
            data: { ...data(o.task as Task<unknown>), recipientName: 'BKPSDM' },
          });
          await hooks.escalated?.(type, 'BKPSDM');
          return;
        }
        await condition(() => !o.task.isOpen || o.task.step.dueAt !== due, at - Date.now());
      }
    })();
    const outcome = await o.task.run();
    await toHr;
    open.delete(o.task.taskId);
    closed.set(o.task.taskId, outcome.kind === 'completed' ? 'done' : outcome.kind);
    if (outcome.kind !== 'completed') throw new Error(`the ${type} step ended: ${outcome.kind}`);
    const done = outcome.value as { value: T; actor: Actor };
    return { ...done, prepared: p };
  }

  return { st, humanTask };
}
