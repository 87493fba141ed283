// The disciplinary cases and the year's counts as people read them: the employee their own, their
// supervisors their team's, HR every one (by unit or employee). Each case with its steps, decision and
// any TPP cut, and its open tasks from the task inbox.
import type { Models } from '../../db/connection';
import type { DisciplineCaseRecord } from '../../db/models/attendance';
import type { Principal } from '../../domain/actor';
import { bandByCode, attendanceRuleSet } from '../../domain/attendance/rule-sets';
import { disciplineWorkflowId } from '../../domain/workflow-ids';
import { notFound } from '../errors';
import { toTaskView } from '../tasks/view';
import { requireSelfOrAbove, teamOf } from './access';
import type { AttendanceDeps } from './deps';

export function caseView(c: DisciplineCaseRecord & { _id: string }) {
  const band = bandByCode(attendanceRuleSet(c.ruleSetId), c.band);
  return {
    caseId: c._id,
    year: c.year,
    nip: c.nip,
    name: c.name,
    unitCode: c.unitCode,
    band: c.band,
    days: c.days,
    ruleSetId: c.ruleSetId,
    sanctionOfBand: band?.sanction ?? null,
    level: band?.level ?? null,
    status: c.status,
    openedAt: new Date(c.openedAt).toISOString(),
    summons: (c.summons as Record<string, unknown> | null) ?? null,
    examination: (c.examination as Record<string, unknown> | null) ?? null,
    decision: (c.decision as Record<string, unknown> | null) ?? null,
    tppCut: (c.tppCut as { percent: number; from: string; to: string } | null) ?? null,
    escalations: (c.escalations as Record<string, unknown>[]) ?? [],
  };
}

export function caseCommands(deps: AttendanceDeps) {
  const models: Models = deps.models;

  async function listCases(principal: Principal, q: { year: number; unitCode?: string; nip?: string }) {
    const filter: Record<string, unknown> = { year: q.year };
    if (q.nip) {
      await requireSelfOrAbove(models, principal, q.nip);
      filter.nip = q.nip;
    } else if (principal.role !== 'hr') {
      // Without a NIP: one's own cases and the team's.
      filter.nip = { $in: [principal.nip!, ...(await teamOf(models, principal.nip!))] };
    }
    if (q.unitCode) filter.unitCode = q.unitCode;
    const rows = await models.disciplineCases.find(filter).sort({ openedAt: 1, _id: 1 }).limit(1000).lean();
    return rows.map((c) => caseView(c as never));
  }

  async function getCase(principal: Principal, id: { year: number; nip: string; band: string }) {
    await requireSelfOrAbove(models, principal, id.nip);
    const workflowId = disciplineWorkflowId(id.year, id.nip, id.band);
    const c = await models.disciplineCases.findById(workflowId).lean();
    if (!c) throw notFound('no such disciplinary case');
    const now = new Date();
    const tasks = await models.tasks.find({ workflowId }).sort({ openedAt: 1 }).lean();
    return { ...caseView(c as never), tasks: tasks.map((t) => toTaskView(t, now)) };
  }

  /** The year's count of an employee, as the last count left it. */
  async function yearCount(principal: Principal, year: number, nip: string) {
    await requireSelfOrAbove(models, principal, nip);
    const c = await models.attendanceCounts.findById(`${year}/${nip}`).lean();
    if (!c) throw notFound('no count of this employee and year yet');
    const { _id, ...rest } = c;
    return { ...rest, band: rest.band ?? null, createdAt: undefined, updatedAt: undefined, id: _id };
  }

  return { listCases, getCase, yearCount };
}
