// What the parts of one employee's appraisal workflow share: its input, where it stands (`st`), its open
// tasks, and the one way a human step of it runs (`humanTask`: a task in the inbox, reminded before its
// due date and escalated after it). Workflow code: deterministic, no I/O.
import { workflowInfo } from '@temporalio/workflow';
import type { Assignee } from '../../activities/tasks';
import type { EmployeeContext } from '../../activities/appraisal/records';
import type { Actor } from '../../domain/actor';
import type { PeriodCode } from '../../domain/appraisal/periods';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import type { AppraisalTaskType } from '../../domain/appraisal/tasks';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import type { HumanStep } from '../lib/human-step';
import { Task } from '../lib/task';
import type { EmployeeAppraisalInput } from './messages';

export interface Completion<T> {
  value: T;
  actor: Actor;
  assignee: Assignee;
}

/** An open step of this appraisal: its task, and what the task is about. */
export interface OpenTask {
  task: Task<{ value: unknown; actor: Actor }>;
  type: AppraisalTaskType;
  period: PeriodCode | 'annual' | null;
}

/** The employee left: every stage stops. */
export class Left extends Error {}

export const iso = (ms: number) => new Date(ms).toISOString();

export type Appraisal = ReturnType<typeof appraisalContext>;

export function appraisalContext(input: EmployeeAppraisalInput) {
  const { year, nip, config } = input;
  const wf = workflowInfo().workflowId;
  const remindBeforeMs = durationMs(config.reminderBefore);
  const escalateAfterMs = durationMs(config.escalationAfter);
  let seq = 0;
  const next = () => ++seq;
  /** Where the appraisal stands; `employee` is read when it starts (and again after a new position). */
  const st = {
    phase: 'planning',
    left: null as { reason: string } | null,
    newPosition: null as string | null,
    skpVersion: 0,
    predikat: null as Predikat | null,
    objected: false,
    acceptanceRecorded: false,
    /** Completed tasks whose decision is in the read model (their completing Update waits for it). */
    recordedTasks: new Set<string>(),
    objectionWindow: null as HumanStep<{ reason: string; actor: Actor; accepted?: true }> | null,
    employee: undefined as unknown as EmployeeContext,
  };
  const open = new Map<string, OpenTask>();
  const closed = new Map<string, string>();
  const base = () => ({ workflowId: wf, year, nip, seq: next() });

  function taskRef(t: OpenTask) {
    return {
      task: t.type,
      subjectName: st.employee.name,
      year,
      ...(t.period ? { period: t.period } : {}),
      dueAt: t.task.dueAt,
    };
  }

  /**
   * One human step: the task opens, is reminded and escalated, and once it is completed `record` writes
   * what it decided to the read model. The Update that completed it answers only after that, so the page
   * the person lands on already shows their decision.
   */
  async function humanTask<T, R = unknown>(
    type: AppraisalTaskType,
    stepKey: string,
    period: OpenTask['period'],
    dueAt: string,
    announce: (t: Task<unknown>, key: string) => Promise<unknown>,
    record: (c: Completion<T>) => Promise<R>,
  ): Promise<Completion<T> & { recorded: R }> {
    if (st.left) throw new Left();
    const opened = await acts.prepareAppraisalTask({ workflowId: wf, stepKey, type, subjectNip: nip });
    const t: OpenTask = { type, period, task: undefined! };
    t.task = new Task({
      taskId: opened.taskId,
      workflowId: wf,
      stepKey,
      assignee: opened.assignee,
      record: {
        process: 'appraisal',
        type,
        year,
        period,
        subjectNip: nip,
        subjectName: opened.subjectName,
        unitCode: opened.unitCode,
      },
      times: { dueAt: Date.parse(dueAt), remindBeforeMs, escalateAfterMs, expiresAtDue: false },
      nextSeq: next,
      hooks: {
        announce,
        remind: (task, n) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/reminder-${n}`,
            to: task.assignee.email,
            template: 'taskReminder',
            data: { ...taskRef(t), assigneeName: task.assignee.name },
          }),
        escalate: (task, to, s) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/escalation-${s}`,
            to: to.email,
            template: 'taskEscalation',
            data: { ...taskRef(t), assigneeName: task.assignee.name, supervisorName: to.name },
          }),
      },
    });
    open.set(t.task.taskId, t);
    await t.task.open();
    const outcome = await t.task.run();
    open.delete(t.task.taskId);
    closed.set(t.task.taskId, outcome.kind === 'completed' ? 'done' : outcome.kind);
    if (outcome.kind !== 'completed') throw new Left();
    const c = { ...(outcome.value as { value: T; actor: Actor }), assignee: t.task.assignee };
    const recorded = await record(c);
    st.recordedTasks.add(t.task.taskId);
    return { ...c, recorded };
  }

  const mail = (key: string, to: string, template: string, data: object) =>
    acts.sendEmail({ key: `${wf}/${key}`, to, template, data } as Parameters<typeof acts.sendEmail>[0]);
  const setPhase = async (p: string) => {
    st.phase = p;
    await acts.setAppraisalPhase({ ...base(), phase: p });
  };

  /** The open task `taskId`, or the reason it is not open (for an Update's validator). */
  const openTask = (taskId: string): OpenTask => {
    const t = open.get(taskId);
    if (!t) {
      const status = closed.get(taskId);
      throw new Error(status ? `the task is already ${status}` : 'no such open task in this appraisal');
    }
    if (!t.task.isOpen) throw new Error(`the task is already ${t.task.step.status}`);
    return t;
  };

  return {
    input,
    year,
    nip,
    config,
    wf,
    st,
    open,
    closed,
    next,
    base,
    taskRef,
    humanTask,
    mail,
    setPhase,
    openTask,
  };
}
