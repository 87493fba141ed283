// The records of attendance's human processes: who must act on a case or a request (the direct superior
// from the registry; HR when there is none), the disciplinary case's read model at each step with the
// audit trail's entry for each (the decision with its reason), and the excused absence's request and, once
// approved, its days written as izin, sakit, cuti or dinas luar. Each write carries the workflow's sequence.
import { writeIfNewer } from '../../db/write-if-newer';
import type { Actor } from '../../domain/actor';
import { isWorkingDay, addDays, type WorkingCalendar } from '../../domain/attendance/calendar';
import { tppCutMonths } from '../../domain/attendance/discipline';
import { bandByCode, attendanceRuleSet } from '../../domain/attendance/rule-sets';
import type { ExcuseRequest } from '../../domain/attendance/schemas';
import { taskIdOf, type Assignee } from '../tasks';
import { recordId, writeDays, type AttendanceActivityDeps, type DayRecord } from './shared';

export interface CaseStepInput {
  workflowId: string;
  seq: number;
  year: number;
  nip: string;
  step: 'opened' | 'summoned' | 'examined' | 'decided' | 'escalated';
  band: string;
  ruleSetId: string;
  days?: number;
  payload?: Record<string, unknown>;
  actor?: Actor;
}

export function createAttendanceCaseActivities({ models, settings, clock, audit }: AttendanceActivityDeps) {
  async function subject(nip: string) {
    const e = await models.employees
      .findById(nip, { name: 1, email: 1, unitCode: 1, supervisorNip: 1 })
      .lean();
    if (!e) throw new Error('the employee is not in the registry');
    return e;
  }

  return {
    /** The direct superior who must act (HR when the registry names none), and the subject. */
    async prepareAttendanceTask(input: { workflowId: string; stepKey: string; nip: string }) {
      const e = await subject(input.nip);
      const boss = e.supervisorNip
        ? await models.employees.findById(e.supervisorNip, { name: 1, email: 1 }).lean()
        : null;
      const assignee: Assignee = boss
        ? { kind: 'employee', nip: boss._id, name: boss.name, email: boss.email }
        : { kind: 'hr', nip: null, name: 'BKPSDM', email: settings.hrEmail };
      return {
        taskId: taskIdOf(input.workflowId, input.stepKey),
        assignee,
        subject: { name: e.name, email: e.email, unitCode: e.unitCode },
        hrEmail: settings.hrEmail,
      };
    },

    /** A step of a case: its read model, and the audit trail's entry (the decision with its reason). */
    async recordCaseStep(
      input: CaseStepInput,
    ): Promise<{ tppCut: { percent: number; from: string; to: string } | null }> {
      const now = clock();
      const e = await subject(input.nip);
      const band = bandByCode(attendanceRuleSet(input.ruleSetId), input.band)!;
      let tppCut = null as { percent: number; from: string; to: string } | null;
      const set: Record<string, unknown> = {};
      if (input.step === 'opened') Object.assign(set, { status: 'open', days: input.days, openedAt: now });
      else if (input.step === 'summoned')
        Object.assign(set, { status: 'summoned', summons: { ...input.payload, by: input.actor?.sub } });
      else if (input.step === 'examined')
        Object.assign(set, { status: 'examined', examination: { ...input.payload, by: input.actor?.sub } });
      else if (input.step === 'decided') {
        const sanction = input.payload!.sanction as string;
        if (sanction !== 'none' && band.tppCut)
          tppCut = {
            percent: band.tppCut.percent,
            ...tppCutMonths(now.toISOString().slice(0, 7), band.tppCut.months),
          };
        Object.assign(set, {
          status: 'decided',
          decision: { ...input.payload, by: input.actor?.sub, at: now.toISOString() },
          tppCut,
        });
      }
      await writeIfNewer(models.disciplineCases as never, input.workflowId, input.seq, set, {
        setOnInsert: {
          year: input.year,
          nip: input.nip,
          name: e.name,
          unitCode: e.unitCode,
          band: input.band,
          ruleSetId: input.ruleSetId,
          days: input.days ?? 0,
          status: 'open',
          openedAt: now,
        },
        ...(input.step === 'escalated'
          ? { push: { escalations: { ...input.payload, at: now.toISOString() } } }
          : {}),
      });
      await audit.append({
        key: `${input.workflowId}/${input.step}-${input.seq}`,
        at: now.toISOString(),
        actor: input.actor?.sub ?? 'system',
        role: input.actor?.role ?? 'system',
        action: `attendance.case.${input.step}`,
        subject: input.workflowId,
        reason:
          input.step === 'decided'
            ? String(input.payload!.reason)
            : input.step === 'opened'
              ? `${input.days} hari tanpa keterangan (${input.ruleSetId}, band ${input.band})`
              : input.step,
        ...(input.step === 'decided'
          ? {
              before: { band: input.band, sanctionOfBand: band.sanction },
              after: { sanction: input.payload!.sanction, tppCut },
            }
          : {}),
      });
      return { tppCut };
    },

    /** An excused-absence request as it stands (pending, approved, refused). */
    async recordExcuse(input: {
      workflowId: string;
      requestId: string;
      seq: number;
      nip: string;
      request: ExcuseRequest;
      status: 'pending' | 'approved' | 'refused';
      actor?: Actor;
      note?: string;
    }): Promise<{ days: number }> {
      const e = await subject(input.nip);
      await writeIfNewer(
        models.excusedAbsences as never,
        input.requestId,
        input.seq,
        {
          status: input.status,
          decidedBy: input.actor?.sub ?? null,
          note: input.note ?? null,
        },
        {
          setOnInsert: {
            nip: input.nip,
            unitCode: e.unitCode,
            kind: input.request.kind,
            from: input.request.from,
            to: input.request.to,
            reason: input.request.reason,
            evidence: input.request.evidence,
            workflowId: input.workflowId,
          },
        },
      );
      if (input.status === 'pending') return { days: 0 };
      await audit.append({
        key: `${input.workflowId}/${input.status}`,
        at: clock().toISOString(),
        actor: input.actor?.sub ?? 'system',
        role: input.actor?.role ?? 'system',
        action: `attendance.excuse.${input.status}`,
        subject: input.workflowId,
        reason: input.note ?? input.request.reason,
        after: { kind: input.request.kind, from: input.request.from, to: input.request.to },
      });
      if (input.status === 'refused') return { days: 0 };
      // Approved: each working day of the range becomes a day of that kind (a punch keeps its times).
      const docs: DayRecord[] = [];
      const calendars = new Map<number, WorkingCalendar | null>();
      for (let d = input.request.from; d <= input.request.to; d = addDays(d, 1)) {
        const year = Number(d.slice(0, 4));
        if (!calendars.has(year)) {
          const c = await models.attendanceCalendars.findById(year).lean();
          calendars.set(year, c ? ({ year, hours: c.hours, holidays: c.holidays } as WorkingCalendar) : null);
        }
        const cal = calendars.get(year);
        if (cal && !isWorkingDay(cal, d)) continue;
        docs.push({
          _id: recordId(d, input.nip),
          nip: input.nip,
          unitCode: e.unitCode,
          date: d,
          year,
          month: d.slice(0, 7),
          status: input.request.kind,
          checkIn: null,
          checkOut: null,
          lateMinutes: 0,
          earlyMinutes: 0,
          source: 'excused',
          ref: input.requestId,
        });
      }
      await writeDays(models, docs, () => ({
        status: input.request.kind,
        ref: input.requestId,
        lateMinutes: 0,
        earlyMinutes: 0,
      }));
      return { days: docs.length };
    },
  };
}
