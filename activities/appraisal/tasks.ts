// The task inbox side of each human step: an activity opens the task (resolving its assignee from the
// reporting line), marks reminders and escalations, moves it to a new appraiser or a new due date, and
// closes it. The workflow decides; these only record, idempotently and never backwards.
import { createHash } from 'node:crypto';
import { assigneeOf, type AppraisalTaskType } from '../../domain/appraisal/tasks';
import type { Actor } from '../../domain/actor';
import { directoryAround, type AppraisalActivityDeps } from './shared';
import { serialAudit } from '../audit';
import { writeIfNewer } from '../../db/write-if-newer';

/** The person who must do a task; for the Wali Kota, HR's mailbox receives the task. */
export interface Assignee {
  kind: 'employee' | 'head-of-region';
  nip: string | null;
  name: string;
  email: string;
}

export interface OpenTaskInput {
  workflowId: string;
  stepKey: string;
  seq: number;
  type: AppraisalTaskType;
  year: number;
  period: string | null;
  subjectNip: string;
  dueAt: string;
}

/** An opaque, stable task id: URLs carry it, so it holds no NIP. */
export function taskIdOf(workflowId: string, stepKey: string): string {
  return `t_${createHash('sha256').update(`${workflowId}/${stepKey}`).digest('base64url').slice(0, 22)}`;
}

export function createTaskActivities({ models, settings, clock }: AppraisalActivityDeps) {
  const appendAudit = serialAudit(models);
  async function resolveAssignee(type: AppraisalTaskType, subjectNip: string): Promise<Assignee> {
    const directory = await directoryAround(models, subjectNip);
    const who = assigneeOf(type, subjectNip, directory);
    if (who.kind === 'head-of-region')
      return { kind: 'head-of-region', nip: null, name: who.name, email: settings.hrEmail };
    const e = who.employee;
    return { kind: 'employee', nip: e.nip, name: e.name, email: e.email };
  }

  return {
    /**
     * Who must do a task and its id, read only: the workflow registers the task before its record is
     * written (saveAppraisalTask), so that an inbox never shows a task its workflow does not know yet.
     */
    async prepareAppraisalTask(input: {
      workflowId: string;
      stepKey: string;
      type: AppraisalTaskType;
      subjectNip: string;
    }): Promise<{ taskId: string; assignee: Assignee; subjectName: string; unitCode: string }> {
      const taskId = taskIdOf(input.workflowId, input.stepKey);
      const subject = await models.employees.findById(input.subjectNip, { name: 1, unitCode: 1 }).lean();
      if (!subject) throw new Error(`the subject of task ${taskId} is not in the registry`);
      const assignee = await resolveAssignee(input.type, input.subjectNip);
      return { taskId, assignee, subjectName: subject.name, unitCode: subject.unitCode };
    },

    /** Writes an opened task, or its new assignee after a change of supervisor. */
    async saveAppraisalTask(
      input: OpenTaskInput & { taskId: string; assignee: Assignee; subjectName: string; unitCode: string },
    ): Promise<void> {
      await writeIfNewer(models.tasks as never, input.taskId, input.seq, {
        type: input.type,
        assigneeNip: input.assignee.nip,
        assigneeName: input.assignee.name,
        assigneeKind: input.assignee.kind,
        subjectNip: input.subjectNip,
        subjectName: input.subjectName,
        unitCode: input.unitCode,
        year: input.year,
        period: input.period,
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

    /** Marks a reminder or an escalation; for an escalation, returns the assignee's own supervisor. */
    async markAppraisalTask(input: {
      taskId: string;
      seq: number;
      event: 'reminded' | 'escalated';
      assigneeNip: string | null;
    }): Promise<{ escalateTo: { name: string; email: string } }> {
      let escalateTo = { name: 'Kepala BKPSDM', email: settings.hrHeadEmail };
      if (input.event === 'escalated' && input.assigneeNip) {
        const assignee = await models.employees.findById(input.assigneeNip, { supervisorNip: 1 }).lean();
        const boss = assignee?.supervisorNip
          ? await models.employees.findById(assignee.supervisorNip, { name: 1, email: 1, nip: 1 }).lean()
          : null;
        if (boss) escalateTo = { name: boss.name, email: boss.email };
      }
      await writeIfNewer(models.tasks as never, input.taskId, input.seq, {
        [input.event]: true,
        ...(input.event === 'escalated' ? { escalatedTo: escalateTo.name } : {}),
      });
      return { escalateTo };
    },

    /** HR moves a due date: an audited event. */
    async extendAppraisalTask(input: {
      taskId: string;
      seq: number;
      workflowId: string;
      stepKey: string;
      previousDueAt: string;
      dueAt: string;
      reason: string;
      actor: Actor;
    }): Promise<void> {
      await writeIfNewer(models.tasks as never, input.taskId, input.seq, {
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
        action: 'appraisal.task.extended',
        subject: input.workflowId,
        reason: input.reason,
        before: { taskId: input.taskId, dueAt: input.previousDueAt },
        after: { taskId: input.taskId, dueAt: input.dueAt },
      });
    },

    async closeAppraisalTask(input: {
      taskId: string;
      seq: number;
      status: 'done' | 'cancelled' | 'expired';
      actor?: Actor;
    }): Promise<void> {
      await writeIfNewer(models.tasks as never, input.taskId, input.seq, {
        status: input.status,
        closedAt: clock(),
        closedBy: input.actor?.sub ?? null,
      });
    },
  };
}
