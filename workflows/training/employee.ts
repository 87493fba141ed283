// One employee's competency development in a year (workflow ID `development/<year>/<nip>`), started by the
// first record they enter: each record entered is a human step for their superior (verify or reject it by
// a deadline, reminded before it and escalated after it: the one Task mechanism), and the decision is
// written to the record. Counting the year's JP is the database's, never this workflow's. It ends once the
// year's entries have closed and every record is decided. Workflow code: deterministic, no I/O.
import { allHandlersFinished, condition, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { Task } from '../lib/task';
import {
  decideRecord,
  developmentState,
  extendVerification,
  submitRecord,
  type EmployeeDevelopmentInput,
} from './messages';

type Decision = { approved: boolean; note?: string; actor: Actor };

export async function employeeDevelopment(input: EmployeeDevelopmentInput): Promise<{ decided: number }> {
  const wf = workflowInfo().workflowId;
  let seq = 0;
  const next = () => ++seq;
  const closesAt = Date.parse(input.entriesCloseAt);
  /** Open verifications by task id, and the task of each record submitted (a resubmission is answered with it). */
  const open = new Map<string, { recordId: string; task: Task<Decision> }>();
  const byRecord = new Map<string, Promise<{ taskId: string; dueAt: string }>>();
  let decided = 0;

  setHandler(developmentState, () => ({
    open: [...open.entries()].map(([taskId, o]) => ({
      recordId: o.recordId,
      taskId,
      dueAt: o.task.dueAt,
      assigneeNip: o.task.assignee.nip,
    })),
    decided,
  }));

  // A record to verify: its task opens (the superior is told), and the step runs in the background.
  setHandler(
    submitRecord,
    ({ recordId }) => {
      // Taken before the first await, so that two submissions at once open one step.
      const known = byRecord.get(recordId);
      if (known) return known;
      const opening = openVerification(recordId);
      byRecord.set(recordId, opening);
      return opening;
    },
    {
      validator: ({ recordId }) => {
        if (!/^r_[\w-]{10,40}$/.test(recordId)) throw new Error('not a record id');
        if (!byRecord.has(recordId) && Date.now() >= closesAt)
          throw new Error(`the records of ${input.year} closed at ${input.entriesCloseAt}`);
      },
    },
  );

  async function openVerification(recordId: string) {
    const stepKey = `verification/${recordId}`;
    const prepared = await acts.prepareTrainingTask({ workflowId: wf, stepKey, recordId });
    const ref = {
      employeeName: prepared.subjectName,
      title: prepared.title,
      jp: prepared.jp,
    };
    const task: Task<Decision> = new Task<Decision>({
      taskId: prepared.taskId,
      workflowId: wf,
      stepKey,
      assignee: prepared.assignee,
      record: {
        process: 'training',
        type: 'training-verification',
        year: input.year,
        subjectNip: input.nip,
        subjectName: prepared.subjectName,
        unitCode: prepared.unitCode,
      },
      times: {
        dueAt: Date.now() + durationMs(input.verification.within),
        remindBeforeMs: durationMs(input.verification.reminderBefore),
        escalateAfterMs: durationMs(input.verification.escalationAfter),
        expiresAtDue: false,
      },
      nextSeq: next,
      hooks: {
        announce: (t, key) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/${key}`,
            to: t.assignee.email,
            template: 'trainingVerificationRequested',
            data: { ...ref, dueAt: t.dueAt, assigneeName: t.assignee.name },
          }),
        remind: (t, n) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/reminder-${n}`,
            to: t.assignee.email,
            template: 'trainingVerificationReminder',
            data: { ...ref, dueAt: t.dueAt, assigneeName: t.assignee.name },
          }),
        escalate: (t, to, s) =>
          acts.sendEmail({
            key: `${wf}/${stepKey}/escalation-${s}`,
            to: to.email,
            template: 'trainingVerificationEscalation',
            data: { ...ref, dueAt: t.dueAt, assigneeName: t.assignee.name, supervisorName: to.name },
          }),
      },
    });
    open.set(task.taskId, { recordId, task });
    const answer = { taskId: task.taskId, dueAt: task.dueAt };
    await task.open();
    await acts.recordTrainingTask({ recordId, taskId: task.taskId });
    void task.run().then(() => open.delete(task.taskId));
    return answer;
  }

  setHandler(
    decideRecord,
    async ({ taskId, approved, note, actor }) => {
      const o = open.get(taskId)!;
      await o.task.complete({ approved, note, actor }, actor);
      open.delete(taskId);
      decided += 1;
      const status = approved ? 'verified' : 'rejected';
      await acts.decideTrainingRecord({ workflowId: wf, recordId: o.recordId, status, note, actor });
      return { recordId: o.recordId, status };
    },
    {
      validator: ({ taskId, approved, note }) => {
        if (!open.get(taskId)?.task.isOpen)
          throw new Error('this verification is not open (decided already?)');
        if (!approved && !note?.trim()) throw new Error('say why the record is rejected');
      },
    },
  );

  setHandler(
    extendVerification,
    async ({ taskId, dueAt, reason, actor }) => {
      await open.get(taskId)!.task.extend(dueAt, reason, actor);
      return { taskId, dueAt };
    },
    {
      validator: ({ taskId, dueAt }) => {
        if (!open.get(taskId)?.task.isOpen) throw new Error('this verification is not open');
        if (!(Date.parse(dueAt) > Date.now())) throw new Error('the new due date must be in the future');
      },
    },
  );

  const wait = closesAt - Date.now();
  if (wait > 0) await sleep(wait);
  await condition(() => open.size === 0 && allHandlersFinished());
  return { decided };
}
