// What an auditor of the merit system asks of an appraisal year (RULES 3.3: rewards and sanctions based on
// objective and transparent appraisal, development planned from its results), folded from the year's
// records one at a time so that a city's year never sits in memory:
// - appraisals on time: of every human step (SKP, approvals, ratings, objection decisions), the share
//   completed by its due date, the late ones and by how much, the ones still open past due;
// - decisions with reasons, from the audit trail: every decision that must give one (an SKP returned, an
//   objection and its decision, a deadline moved, a departure, a unit's result and finalisation) has a
//   reason and a person entitled to it (`system` only for a timer or a rule), and the trail's records
//   check against their keyed hashes and predecessors;
// - objections decided within their window (the decision task's due date), late, or undecided past due;
// - development planned from the results: every employee whose final predikat is below Baik has an
//   improvement plan, and those who have none yet are named.
// Pure: the command streams the tasks and the records into `add…` and reads `result()`.
import { predikatValues, type Predikat } from './rule-sets';

export interface EvidenceTask {
  id: string;
  type: string;
  status: string;
  dueAt: Date | string;
  closedAt?: Date | string | null;
  subjectName: string;
  assigneeName: string;
}

export interface EvidenceRecord {
  nip: string;
  name: string;
  unitCode: string;
  phase: string;
  predikat?: string | null;
  objection?: unknown;
  followUp?: unknown;
}

/** One exception of an item: who and what, and by how much when it is about time. */
/** One record of the audit trail, opened (db/audit-chain.ts). */
export interface EvidenceDecision {
  seq: number;
  action: string;
  actor: string;
  role: string;
  subject: string;
  reason: string;
  erased: boolean;
}

/** The decisions that must give their reason, by the trail's action. */
export const reasonedActions: readonly string[] = [
  'appraisal.skp.returned',
  'appraisal.objection.filed',
  'appraisal.objection.decided',
  'appraisal.task.extended',
  'appraisal.left',
  'appraisal.unit.finalised',
];

export interface EvidenceException {
  kind: 'late' | 'overdue' | 'no-reason' | 'undecided' | 'decided-late' | 'no-plan' | 'no-actor' | 'tampered';
  subject: string;
  /** The task's type or the employee's predikat. */
  what: string;
  /** The task's id (a link to nothing personal), when it is a task. */
  taskId?: string;
  byMs?: number;
}

export interface YearEvidence {
  onTime: { steps: number; done: number; inTime: number; late: number; overdue: number; percent: number };
  objections: { filed: number; decided: number; inWindow: number; withReason: number };
  /** Decisions of the trail: all, those that must give a reason, those that do, and the chain's check. */
  decisions: { records: number; reasoned: number; withReason: number; erased: number; problems: number };
  development: { below: number; planned: number };
  exceptions: {
    onTime: EvidenceException[];
    objections: EvidenceException[];
    decisions: EvidenceException[];
    development: EvidenceException[];
  };
}

/** How many exceptions each item lists (the counts are whole). */
export const EXCEPTIONS_LISTED = 100;

const ms = (d: Date | string) => new Date(d).getTime();
const own = (o: unknown, key: string): unknown =>
  o !== null && typeof o === 'object' && Object.hasOwn(o, key)
    ? (o as Record<string, unknown>)[key]
    : undefined;

/** A predikat below Baik: what RULES 2.5 ties to an improvement period. */
export function isBelowExpectation(p: string | null | undefined): boolean {
  const i = (predikatValues as readonly string[]).indexOf(p ?? '');
  return i > (predikatValues as readonly Predikat[]).indexOf('baik');
}

export function yearEvidenceFold(now: Date) {
  const e: YearEvidence = {
    onTime: { steps: 0, done: 0, inTime: 0, late: 0, overdue: 0, percent: 100 },
    objections: { filed: 0, decided: 0, inWindow: 0, withReason: 0 },
    decisions: { records: 0, reasoned: 0, withReason: 0, erased: 0, problems: 0 },
    development: { below: 0, planned: 0 },
    exceptions: { onTime: [], objections: [], decisions: [], development: [] },
  };
  const push = (list: EvidenceException[], x: EvidenceException) => {
    if (list.length < EXCEPTIONS_LISTED) list.push(x);
  };

  return {
    addTask(t: EvidenceTask): void {
      if (t.status === 'cancelled') return; // a departure or a new appraiser: not a step anyone owed
      e.onTime.steps += 1;
      const due = ms(t.dueAt);
      const decision = t.type === 'objection-decision';
      if (t.status === 'done' && t.closedAt) {
        e.onTime.done += 1;
        const late = ms(t.closedAt) - due;
        if (late <= 0) e.onTime.inTime += 1;
        else {
          e.onTime.late += 1;
          push(e.exceptions.onTime, {
            kind: 'late',
            subject: t.subjectName,
            what: t.type,
            taskId: t.id,
            byMs: late,
          });
        }
        if (decision) {
          if (late <= 0) e.objections.inWindow += 1;
          else
            push(e.exceptions.objections, {
              kind: 'decided-late',
              subject: t.subjectName,
              what: t.type,
              taskId: t.id,
              byMs: late,
            });
        }
      } else if (t.status === 'open' && due < now.getTime()) {
        e.onTime.overdue += 1;
        const x = { subject: t.subjectName, what: t.type, taskId: t.id, byMs: now.getTime() - due };
        push(e.exceptions.onTime, { kind: 'overdue', ...x });
        if (decision) push(e.exceptions.objections, { kind: 'undecided', ...x });
      }
    },

    addRecord(r: EvidenceRecord): void {
      if (r.objection) {
        e.objections.filed += 1;
        const decision = own(r.objection, 'decision');
        if (decision) {
          e.objections.decided += 1;
          const reason = own(decision, 'reason');
          if (typeof reason === 'string' && reason.trim()) e.objections.withReason += 1;
          else push(e.exceptions.objections, { kind: 'no-reason', subject: r.name, what: r.predikat ?? '' });
        }
      }
      if (r.phase !== 'left' && isBelowExpectation(r.predikat)) {
        e.development.below += 1;
        if (own(own(r.followUp, 'improvement'), 'needed') === true) e.development.planned += 1;
        else push(e.exceptions.development, { kind: 'no-plan', subject: r.name, what: r.predikat! });
      }
    },

    /** A record of the trail, in `seq` order. */
    addDecision(d: EvidenceDecision): void {
      e.decisions.records += 1;
      const subject = d.subject;
      if (!d.actor || !d.role || (d.role === 'system' && reasonedActions.includes(d.action)))
        push(e.exceptions.decisions, { kind: 'no-actor', subject, what: d.action });
      if (!reasonedActions.includes(d.action)) return;
      e.decisions.reasoned += 1;
      if (d.erased) e.decisions.erased += 1;
      else if (d.reason.trim()) e.decisions.withReason += 1;
      else push(e.exceptions.decisions, { kind: 'no-reason', subject, what: d.action });
    },

    /** What the trail's own check found wrong with a record (its hash, its link to the one before). */
    addChainProblem(p: { seq: number; problem: string }): void {
      e.decisions.problems += 1;
      push(e.exceptions.decisions, { kind: 'tampered', subject: `#${p.seq}`, what: p.problem });
    },

    result(): YearEvidence {
      const { done, inTime } = e.onTime;
      return { ...e, onTime: { ...e.onTime, percent: done === 0 ? 100 : Math.floor((inTime / done) * 100) } };
    },
  };
}
