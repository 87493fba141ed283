// Excused absences: the employee asks for leave, sick leave, permission or official travel with its
// evidence; `excused-absence/<nip>/<id>` takes it to the direct superior. A request the same as one still
// pending (same kind and days) is that one, not a second. The employee, their supervisors and HR read them.
import { randomBytes } from 'node:crypto';
import type { Principal } from '../../domain/actor';
import { addDays, witaDateTime } from '../../domain/attendance/calendar';
import { attendanceRuleSet } from '../../domain/attendance/rule-sets';
import type { ExcuseRequest } from '../../domain/attendance/schemas';
import { excusedAbsenceWorkflowId } from '../../domain/workflow-ids';
import { badRequest, forbidden } from '../errors';
import { employeeOrThrow, requireSelfOrAbove } from './access';
import type { AttendanceDeps } from './deps';

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export function excuseCommands(deps: AttendanceDeps) {
  const { models, client, taskQueue } = deps;
  const clock = deps.clock ?? (() => new Date());

  async function requestExcuse(principal: Principal, input: ExcuseRequest) {
    if (!principal.nip) throw forbidden('only an employee asks for an excused absence, for themselves');
    const e = await employeeOrThrow(models, principal.nip);
    if (e.active === false) throw forbidden('the employee has left');
    const rules = attendanceRuleSet();
    const today = witaDateTime(clock()).date;
    const bad = (path: string, message: string) => badRequest(message, [{ path: `body.${path}`, message }]);
    if (input.from < addDays(today, -rules.excused.maxDaysBack))
      throw bad('from', `at most ${rules.excused.maxDaysBack} days back`);
    if (input.to > addDays(today, rules.excused.maxDaysAhead))
      throw bad('to', `at most ${rules.excused.maxDaysAhead} days ahead`);
    if (daysBetween(input.from, input.to) + 1 > rules.excused.maxLengthDays)
      throw bad('to', `at most ${rules.excused.maxLengthDays} days in one request`);
    const same = await models.excusedAbsences
      .findOne(
        { nip: principal.nip, kind: input.kind, from: input.from, to: input.to, status: 'pending' },
        { workflowId: 1 },
      )
      .lean();
    if (same) return { requestId: same._id, workflowId: same.workflowId, alreadyRequested: true };
    const requestId = `x_${randomBytes(12).toString('base64url')}`;
    const workflowId = excusedAbsenceWorkflowId(principal.nip, requestId);
    await client.workflow.start('excusedAbsence', {
      taskQueue,
      workflowId,
      args: [{ requestId, nip: principal.nip, request: input, ruleSetId: rules.id }],
    });
    return { requestId, workflowId, alreadyRequested: false };
  }

  async function listExcuses(principal: Principal, nip: string) {
    await requireSelfOrAbove(models, principal, nip);
    const rows = await models.excusedAbsences.find({ nip }).sort({ from: -1 }).limit(200).lean();
    return rows.map((r) => ({
      requestId: r._id,
      kind: r.kind,
      from: r.from,
      to: r.to,
      reason: r.reason,
      evidence: r.evidence as { description: string; reference: string },
      status: r.status,
      note: r.note ?? null,
    }));
  }

  return { requestExcuse, listExcuses };
}
