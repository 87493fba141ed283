// The task inbox side of every human step, of every process: an activity names the task, writes it when
// it opens (or moves to a new assignee), marks its reminders and escalations, moves its due date (an
// audited event) and closes it. The workflow decides; these only record, idempotently and never backwards
// (each write carries the workflow's step sequence), and they are the only writers of the tasks collection.
import { createHash } from 'node:crypto';
import type { Models } from '../db/connection';
import { writeIfNewer } from '../db/write-if-newer';
import type { Actor } from '../domain/actor';
import type { TaskProcess, TaskStatus } from '../domain/tasks';
import type { AuditTrail } from '../db/audit-trail';

/** Who must do a task. HR's own tasks, and the Wali Kota's (HR completes them), name no NIP. */
export interface Assignee {
  kind: 'employee' | 'head-of-region' | 'hr' | 'candidate';
  nip: string | null;
  name: string;
  email: string;
}

export interface TaskRecordInput {
  taskId: string;
  seq: number;
  process: TaskProcess;
  type: string;
  workflowId: string;
  stepKey: string;
  dueAt: string;
  assignee: Assignee;
  subjectName: string;
  subjectNip?: string | null;
  unitCode?: string | null;
  year?: number | null;
  period?: string | null;
  applicationId?: string | null;
  cycleCode?: string | null;
}

/** An opaque, stable task id: URLs carry it, so it holds no NIP. */
export function taskIdOf(workflowId: string, stepKey: string): string {
  return `t_${createHash('sha256').update(`${workflowId}/${stepKey}`).digest('base64url').slice(0, 22)}`;
}

export interface TaskActivityDeps {
  models: Models;
  settings: { hrHeadEmail: string };
  clock: () => Date;
  audit: AuditTrail;
}

export function createTaskActivities({ models, settings, clock, audit }: TaskActivityDeps) {
  const appendAudit = audit.append;
  const write = (taskId: string, seq: number, set: Record<string, unknown>) =>
    writeIfNewer(models.tasks as never, taskId, seq, set);

  return {
    /** The id of a task, before its record exists (the workflow registers it first). */
    async prepareTask(input: { workflowId: string; stepKey: string }): Promise<{ taskId: string }> {
      return { taskId: taskIdOf(input.workflowId, input.stepKey) };
    },

    /** Writes an opened task, or its new assignee after a change of supervisor. */
    async saveTask(input: TaskRecordInput): Promise<void> {
      await write(input.taskId, input.seq, {
        process: input.process,
        type: input.type,
        assigneeNip: input.assignee.nip,
        assigneeName: input.assignee.name,
        assigneeKind: input.assignee.kind,
        subjectNip: input.subjectNip ?? null,
        subjectName: input.subjectName,
        unitCode: input.unitCode ?? null,
        year: input.year ?? null,
        period: input.period ?? null,
        applicationId: input.applicationId ?? null,
        cycleCode: input.cycleCode ?? null,
        dueAt: new Date(input.dueAt),
        status: 'open',
        workflowId: input.workflowId,
        stepKey: input.stepKey,
        openedAt: clock(),
        reminded: false,
        escalated: false,
        escalatedTo: null,
      });
    },

    /**
     * Marks a reminder or an escalation. An escalation goes to the assignee's own supervisor, or to the
     * head of HR when the assignee has none in the registry (HR itself, the Wali Kota, a candidate).
     */
    async markTask(input: {
      taskId: string;
      seq: number;
      event: 'reminded' | 'escalated';
      assigneeNip: string | null;
    }): Promise<{ escalateTo: { name: string; email: string } }> {
      let escalateTo = { name: 'Kepala BKPSDM', email: settings.hrHeadEmail };
      if (input.event === 'escalated' && input.assigneeNip) {
        const assignee = await models.employees.findById(input.assigneeNip, { supervisorNip: 1 }).lean();
        const boss = assignee?.supervisorNip
          ? await models.employees.findById(assignee.supervisorNip, { name: 1, email: 1 }).lean()
          : null;
        if (boss) escalateTo = { name: boss.name, email: boss.email };
      }
      await write(input.taskId, input.seq, {
        [input.event]: true,
        ...(input.event === 'escalated' ? { escalatedTo: escalateTo.name } : {}),
      });
      return { escalateTo };
    },

    /** HR moves a due date: an audited event. */
    async extendTask(input: {
      taskId: string;
      process: TaskProcess;
      seq: number;
      workflowId: string;
      stepKey: string;
      previousDueAt: string;
      dueAt: string;
      reason: string;
      actor: Actor;
    }): Promise<void> {
      await write(input.taskId, input.seq, {
        dueAt: new Date(input.dueAt),
        reminded: false,
        escalated: false,
        escalatedTo: null,
      });
      await appendAudit({
        key: `${input.workflowId}/${input.stepKey}/extension-${input.seq}`,
        at: clock().toISOString(),
        actor: input.actor.sub,
        role: input.actor.role,
        action: `${input.process}.task.extended`,
        subject: input.workflowId,
        reason: input.reason,
        before: { taskId: input.taskId, dueAt: input.previousDueAt },
        after: { taskId: input.taskId, dueAt: input.dueAt },
      });
    },

    async closeTask(input: {
      taskId: string;
      seq: number;
      status: Exclude<TaskStatus, 'open'>;
      actor?: Actor;
    }): Promise<void> {
      await write(input.taskId, input.seq, {
        status: input.status,
        closedAt: clock(),
        closedBy: input.actor?.sub ?? null,
      });
    },
  };
}
