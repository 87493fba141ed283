// What an employee's appraisal accepts while it runs: the completion and extension of its tasks (the
// assignee completes, HR extends), feedback notes, the employee's objection to or acceptance of the annual
// result, the employee leaving, and the organisation's changes (a new supervisor, a new position).
// Each Update's validator refuses a step that is not open, with the reason. Workflow code.
import { condition, patched, setHandler } from '@temporalio/workflow';
import { appraisalTasks } from '../../domain/appraisal/tasks';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { iso, type Appraisal } from './employee-context';
import {
  acceptResult,
  appraisalState,
  completeTask,
  extendTask,
  fileObjection,
  leaveAppraisal,
  positionChanged,
  recordFeedback,
  reportingLineChanged,
} from './messages';

export function handleAppraisalMessages(a: Appraisal): void {
  const { st, open, nip, wf, config, base, taskRef, openTask } = a;

  setHandler(appraisalState, () => ({
    phase: st.phase,
    openTasks: [...open.values()].map(({ task, type, period }) => ({
      taskId: task.taskId,
      type,
      period,
      dueAt: task.dueAt,
      assigneeNip: task.assignee.nip,
      assigneeName: task.assignee.name,
      reminded: task.step.reminded,
      escalated: task.step.escalated,
    })),
    objectionOpenUntil: st.objectionWindow?.isOpen ? iso(st.objectionWindow.dueAt) : null,
    predikat: st.predikat,
    left: !!st.left,
  }));

  setHandler(
    completeTask,
    async ({ taskId, actor, payload }) => {
      const t = open.get(taskId)!;
      const value = appraisalTasks[t.type].payload.parse(payload);
      await t.task.complete({ value, actor }, actor);
      // Answered once the decision is in the read model, so that the page the person lands on shows it.
      // (Behind a patch: histories answered at completion.)
      if (patched('task-answers-once-recorded'))
        await condition(() => st.recordedTasks.has(taskId) || st.left !== null);
      return { taskId, status: 'done' as const };
    },
    {
      validator: ({ taskId, actor, payload }) => {
        const t = openTask(taskId);
        const mayAct =
          t.task.assignee.kind === 'head-of-region'
            ? actor.role === 'hr'
            : !!actor.nip && actor.nip === t.task.assignee.nip;
        if (!mayAct) throw new Error('only the assignee may complete this task');
        const parsed = appraisalTasks[t.type].payload.safeParse(payload);
        if (!parsed.success) {
          throw new Error(
            parsed.error.issues.map((i) => `${['payload', ...i.path].join('.')}: ${i.message}`).join('; '),
          );
        }
      },
    },
  );

  setHandler(
    extendTask,
    async ({ taskId, dueAt, reason, actor }) => {
      const t = open.get(taskId)!;
      const previousDueAt = t.task.dueAt;
      const s = await t.task.extend(dueAt, reason, actor);
      await acts.sendEmail({
        key: `${wf}/${t.task.stepKey}/extended-${s}`,
        to: t.task.assignee.email,
        template: 'deadlineExtended',
        data: { ...taskRef(t), recipientName: t.task.assignee.name, previousDueAt, reason },
      });
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

  setHandler(recordFeedback, ({ note, actor }) => acts.recordFeedback({ ...base(), note, actor }), {
    validator: (_input) => {
      if (st.left || st.phase === 'done')
        throw new Error(`the appraisal is ${st.left ? 'ended: the employee left' : 'done'}`);
    },
  });

  setHandler(
    fileObjection,
    async ({ reason, actor }) => {
      st.objectionWindow!.complete({ reason, actor });
      await acts.recordObjection({ ...base(), reason, actor, predikat: st.predikat! });
      return { decisionDueAt: iso(Date.now() + durationMs(config.deadlines.objectionWindow)) };
    },
    {
      validator: ({ actor }) => {
        if (!st.objectionWindow?.isOpen) throw new Error('the objection window is not open');
        if (actor.nip !== nip) throw new Error('only the employee may object to their result');
      },
    },
  );

  // The employee accepts the annual result: the window closes now instead of at its end. (A new Update:
  // a history without it runs as before.)
  setHandler(
    acceptResult,
    async ({ note, actor }) => {
      const acceptedAt = iso(Date.now());
      st.objectionWindow!.complete({ reason: note ?? '', actor, accepted: true });
      // Recorded by the stage itself (before the follow-up, so in sequence order); answered once it is.
      await condition(() => st.acceptanceRecorded || st.left !== null);
      return { predikat: st.predikat!, acceptedAt };
    },
    {
      validator: ({ actor }) => {
        if (!st.objectionWindow?.isOpen) throw new Error('the objection window is not open');
        if (actor.nip !== nip) throw new Error('only the employee may accept their result');
      },
    },
  );

  setHandler(
    leaveAppraisal,
    async ({ reason, actor }) => {
      st.left = { reason };
      for (const t of open.values()) t.task.cancel('the employee left');
      if (st.objectionWindow?.isOpen) st.objectionWindow.cancel('the employee left');
      await acts.recordLeaving({ ...base(), reason, actor });
      return { status: 'left' as const };
    },
    {
      validator: (_input) => {
        if (st.left) throw new Error('the employee has already left');
        if (st.phase === 'done') throw new Error('the appraisal is already done');
      },
    },
  );

  setHandler(reportingLineChanged, async () => {
    for (const t of [...open.values()]) {
      if (!t.task.isOpen || appraisalTasks[t.type].assignee === 'employee') continue;
      const now = await acts.prepareAppraisalTask({
        workflowId: wf,
        stepKey: t.task.stepKey,
        type: t.type,
        subjectNip: nip,
      });
      const same = now.assignee.nip === t.task.assignee.nip && now.assignee.kind === t.task.assignee.kind;
      if (t.task.isOpen && !same) await t.task.reassign(now.assignee);
    }
  });

  setHandler(positionChanged, ({ position }) => {
    st.newPosition = position;
  });
}
