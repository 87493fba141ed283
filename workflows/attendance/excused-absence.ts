// An excused absence (izin, sakit, cuti, dinas luar) asked for by the employee with its evidence, workflow
// ID `excused-absence/<nip>/<requestId>`: the direct superior approves or refuses it (a human step with
// its deadline, reminder and escalations); approved, its working days are written with that status, so the
// count does not hold them against the employee. The employee is told either way. Workflow code.
import { allHandlersFinished, condition, workflowInfo } from '@temporalio/workflow';
import { attendanceRuleSet } from '../../domain/attendance/rule-sets';
import { acts } from '../lib/activities';
import { attendanceSteps } from './human-task';
import type { ExcusedAbsenceInput } from './messages';

export async function excusedAbsence(
  input: ExcusedAbsenceInput,
): Promise<{ status: 'approved' | 'refused'; days: number }> {
  const { requestId, nip, request } = input;
  const rules = attendanceRuleSet(input.ruleSetId);
  const wf = workflowInfo().workflowId;
  let seq = 0;
  const next = () => ++seq;
  const { st, humanTask } = attendanceSteps(wf, nip, next, { year: Number(request.from.slice(0, 4)) });
  const record = (status: 'pending' | 'approved' | 'refused', more: object = {}) =>
    acts.recordExcuse({ workflowId: wf, requestId, seq: next(), nip, request, status, ...more });

  await record('pending');
  const answer = await humanTask<{ approved: boolean; note?: string }>(
    'excused-absence-approval',
    'approval',
    rules.excusedApproval,
    {
      announce: (t, key, p) =>
        acts.sendEmail({
          key: `${wf}/approval/${key}`,
          to: t.assignee.email,
          template: 'excuseRequested',
          data: {
            superiorName: t.assignee.name,
            employeeName: p.subject.name,
            kind: request.kind,
            from: request.from,
            to: request.to,
            reason: request.reason,
            dueAt: t.dueAt,
          },
        }),
    },
  );
  const status = answer.value.approved ? 'approved' : 'refused';
  st.stage = status;
  const { days } = await record(status, {
    actor: answer.actor,
    ...(answer.value.note ? { note: answer.value.note } : {}),
  });
  const who = answer.prepared.subject;
  await acts.sendEmail({
    key: `${wf}/decided`,
    to: who.email,
    template: 'excuseDecided',
    data: {
      employeeName: who.name,
      kind: request.kind,
      from: request.from,
      to: request.to,
      approved: answer.value.approved,
      ...(answer.value.note ? { note: answer.value.note } : {}),
    },
  });
  await condition(allHandlersFinished);
  return { status, days };
}
