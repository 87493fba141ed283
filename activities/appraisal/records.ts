// The employee's appraisal record for a year (SKP, feedback, ratings, objection, follow-up), written as
// the employee workflow decides, each decision also appended to the audit trail with actor, reason and
// before/after. The arithmetic (predikat, credit points, follow-up) comes from domain/appraisal.
import { periodicCreditPoints } from '../../domain/appraisal/credit-points';
import { annualFollowUp } from '../../domain/appraisal/follow-up';
import { monthsPerPeriod } from '../../domain/appraisal/periods';
import { predikat, unitHeadHasilKerja } from '../../domain/appraisal/predikat';
import {
  resolveAppraisalRules,
  type Predikat,
  type RatingLevel,
  type UnitResult,
} from '../../domain/appraisal/rule-sets';
import type { AppraisalYearConfig, Rating, SkpDraft } from '../../domain/appraisal/schemas';
import type { FunctionalGrade, PositionLevel } from '../../domain/org/schemas';
import { WorkflowNotFoundError } from '@temporalio/client';
import { appraisalsSettled } from '../../workflows/appraisal/messages';
import type { Actor } from '../../domain/actor';
import type { AppraisalActivityDeps } from './shared';
import { writeIfNewer } from '../../db/write-if-newer';
import { appraisalYearWorkflowId } from '../../domain/workflow-ids';

export interface EmployeeContext {
  nip: string;
  name: string;
  email: string;
  unitCode: string;
  level: PositionLevel;
  functionalGrade: FunctionalGrade | null;
  position: string;
  /** The unit this employee heads, if any: their Rating Hasil Kerja is that unit's result. */
  headOf: string | null;
}

interface Base {
  workflowId: string;
  year: number;
  nip: string;
  seq: number;
}

export interface RatingResult {
  hasilKerja: RatingLevel;
  perilakuKerja: RatingLevel;
  predikat: Predikat;
  /** Set when the unit result replaced the appraiser's Rating Hasil Kerja (the employee heads the unit). */
  unitResult: UnitResult | null;
  creditPoints: number | null;
}

const recordId = (year: number, nip: string) => `${year}/${nip}`;

export function createRecordActivities({ models, clock, client, audit: trail }: AppraisalActivityDeps) {
  const appendAudit = trail.append;
  /**
   * Once no appraisal of the year is running any more (this one was the last to end), tells the year, so
   * that it does not wait out the rest of the objection window. The year counts again before it acts; a
   * year that is not running (appraisals started on their own, a closed year) is not told.
   */
  const tellYearIfSettled = async (year: number) => {
    // Whether one is still running, not how many: the first match ends the read (FerretDB reads the
    // collection row by row for this filter, so a count cost a whole read at every appraisal's end).
    if (await models.appraisalRecords.exists({ year, phase: { $nin: ['done', 'left'] } })) return;
    try {
      await client.workflow.getHandle(appraisalYearWorkflowId(year)).signal(appraisalsSettled);
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  };
  const audit = (
    b: Base,
    step: string,
    action: string,
    actor: Actor,
    fields: { reason?: string; before?: unknown; after?: unknown },
  ) =>
    appendAudit({
      key: `${b.workflowId}/${step}`,
      at: clock().toISOString(),
      actor: actor.sub,
      role: actor.role,
      action,
      subject: b.workflowId,
      ...fields,
    });
  const set = (b: Base, fields: Record<string, unknown>, push?: Record<string, unknown>) =>
    writeIfNewer(models.appraisalRecords as never, recordId(b.year, b.nip), b.seq, fields, { push });

  return {
    /** Opens the year's record and says who the employee is now (name, position, unit headed). */
    async startAppraisalRecord(b: Base): Promise<EmployeeContext> {
      const e = await models.employees.findById(b.nip).lean();
      if (!e) throw new Error(`employee of ${b.workflowId} is not in the registry`);
      const headed = await models.orgUnits.findOne({ headNip: b.nip }, { code: 1 }).lean();
      const context: EmployeeContext = {
        nip: e.nip,
        name: e.name,
        email: e.email,
        unitCode: e.unitCode,
        level: e.level as PositionLevel,
        functionalGrade: (e.functionalGrade ?? null) as FunctionalGrade | null,
        position: e.position,
        headOf: headed?.code ?? null,
      };
      await writeIfNewer(
        models.appraisalRecords as never,
        recordId(b.year, b.nip),
        b.seq,
        {
          name: e.name,
          unitCode: e.unitCode,
          level: e.level,
          functionalGrade: e.functionalGrade ?? null,
          phase: 'planning',
        },
        { setOnInsert: { year: b.year, nip: b.nip, workflowId: b.workflowId } },
      );
      return context;
    },

    async setAppraisalPhase(b: Base & { phase: string }): Promise<void> {
      await set(b, { phase: b.phase });
    },

    /** A drafted SKP (submitted for approval) or the appraiser's decision on it. */
    async recordSkp(
      b: Base & {
        version: number;
        step: string;
        event: 'drafted' | 'approved' | 'returned';
        skp?: SkpDraft;
        note?: string;
        actor: Actor;
        position: string;
      },
    ): Promise<void> {
      const rec = await models.appraisalRecords.findById(recordId(b.year, b.nip), { skps: 1 }).lean();
      const skps = [...((rec?.skps as Record<string, unknown>[]) ?? [])];
      const before = skps[b.version - 1] ?? null;
      const current: Record<string, unknown> = {
        ...(before ?? { version: b.version, position: b.position }),
      };
      if (b.event === 'drafted') Object.assign(current, { results: b.skp!.results, status: 'submitted' });
      else current.status = b.event === 'approved' ? 'approved' : 'returned';
      if (b.note) current.note = b.note;
      skps[b.version - 1] = current;
      await set(b, { skps });
      await audit(b, b.step, `appraisal.skp.${b.event}`, b.actor, {
        reason: b.note ?? '',
        before: before ? { status: before.status } : null,
        after: { version: b.version, status: current.status, results: current.results },
      });
    },

    async recordFeedback(b: Base & { note: string; actor: Actor }): Promise<{ at: string }> {
      const at = clock().toISOString();
      await set(b, {}, { feedback: { at, by: b.actor.sub, note: b.note } });
      return { at };
    },

    /** A periodic or annual rating: the predikat from the matrix, the unit result for a unit head. */
    async recordRating(
      b: Base & {
        period: string; // a period code or 'annual'
        config: Pick<AppraisalYearConfig, 'ruleSetId' | 'ruleOverrides' | 'periodicity'>;
        rating: Rating;
        actor: Actor;
        headOf: string | null;
        functionalGrade: FunctionalGrade | null;
      },
    ): Promise<RatingResult> {
      const { rules } = resolveAppraisalRules(b.config.ruleOverrides, b.config.ruleSetId);
      let unitResult: UnitResult | null = null;
      if (b.headOf) {
        const unit = await models.appraisalUnits.findById(`${b.year}/${b.headOf}`).lean();
        unitResult = ((unit?.results as Record<string, UnitResult> | undefined)?.[b.period] ??
          null) as UnitResult | null;
      }
      const hasilKerja = unitResult ? unitHeadHasilKerja(unitResult) : b.rating.hasilKerja;
      const p = predikat(hasilKerja, b.rating.perilakuKerja, rules);
      const annual = b.period === 'annual';
      const creditPoints =
        b.functionalGrade && !annual
          ? periodicCreditPoints(p, b.functionalGrade, monthsPerPeriod(b.config.periodicity), rules)
          : null;
      const result: RatingResult = {
        hasilKerja,
        perilakuKerja: b.rating.perilakuKerja,
        predikat: p,
        unitResult,
        creditPoints,
      };
      const entry = { period: b.period, ...result, note: b.rating.note ?? null, by: b.actor.sub };
      if (annual) await set(b, { annual: entry, predikat: p });
      else await set(b, {}, { periods: entry });
      await audit(b, `rating-${b.period}`, 'appraisal.rated', b.actor, {
        reason: b.rating.note ?? '',
        before: null,
        after: entry,
      });
      return result;
    },

    async recordObjection(b: Base & { reason: string; actor: Actor; predikat: Predikat }): Promise<void> {
      const objection = { reason: b.reason, filedAt: clock().toISOString(), predikat: b.predikat };
      await set(b, { objection, phase: 'objection' });
      await audit(b, 'objection', 'appraisal.objection.filed', b.actor, {
        reason: b.reason,
        before: { predikat: b.predikat },
      });
    },

    /** The employee accepted the annual result: no objection, the window closed early. */
    async recordAcceptance(b: Base & { note: string; actor: Actor; predikat: Predikat }): Promise<void> {
      const acceptance = { at: clock().toISOString(), by: b.actor.sub, predikat: b.predikat, note: b.note };
      await set(b, { acceptance });
      await audit(b, 'acceptance', 'appraisal.result.accepted', b.actor, {
        reason: b.note,
        after: { predikat: b.predikat },
      });
    },

    /** The superior's decision, final: the annual predikat becomes the decided one. */
    async decideObjection(
      b: Base & { previous: Predikat; predikat: Predikat; reason: string; actor: Actor },
    ): Promise<void> {
      const rec = await models.appraisalRecords.findById(recordId(b.year, b.nip), { objection: 1 }).lean();
      const decision = { predikat: b.predikat, reason: b.reason, by: b.actor.sub, at: clock().toISOString() };
      await set(b, { objection: { ...(rec?.objection ?? {}), decision }, predikat: b.predikat });
      await audit(b, 'objection-decision', 'appraisal.objection.decided', b.actor, {
        reason: b.reason,
        before: { predikat: b.previous },
        after: { predikat: b.predikat },
      });
    },

    /** The end of the year for this employee: credit points, promotion eligibility, improvement plan. */
    async completeAppraisal(
      b: Base & {
        config: Pick<AppraisalYearConfig, 'ruleSetId' | 'ruleOverrides'>;
        predikat: Predikat;
        level: PositionLevel;
        functionalGrade: FunctionalGrade | null;
      },
    ): Promise<{ creditPoints: number | null; promotion: string; improvement: boolean }> {
      const { rules } = resolveAppraisalRules(b.config.ruleOverrides, b.config.ruleSetId);
      const history: Partial<Record<number, Predikat>> = {};
      // The earlier years' records, each read by its id (a query on other fields reads the whole
      // collection on FerretDB).
      for (let y = b.year - rules.followUp.promotionYears + 1; y < b.year; y++) {
        const r = await models.appraisalRecords.findById(recordId(y, b.nip), { predikat: 1 }).lean();
        if (r?.predikat) history[y] = r.predikat as Predikat;
      }
      const decidedAt = clock().toISOString();
      const followUp = annualFollowUp(
        {
          year: b.year,
          predikat: b.predikat,
          history,
          position: { level: b.level, functionalGrade: b.functionalGrade },
          decidedAt,
        },
        rules,
      );
      await set(b, { followUp, phase: 'done', predikat: b.predikat });
      await audit(
        b,
        'completed',
        'appraisal.completed',
        { sub: 'sdm-flow', role: 'system' },
        {
          after: { predikat: b.predikat, ...followUp },
        },
      );
      await tellYearIfSettled(b.year);
      return {
        creditPoints: followUp.creditPoints,
        promotion: followUp.promotion.status,
        improvement: followUp.improvement.needed,
      };
    },

    /** The employee left: the process ends with the recorded reason (its open tasks are closed as cancelled). */
    async recordLeaving(b: Base & { reason: string; actor: Actor }): Promise<void> {
      const left = { reason: b.reason, at: clock().toISOString(), by: b.actor.sub };
      await set(b, { left, phase: 'left' });
      await audit(b, 'left', 'appraisal.left', b.actor, { reason: b.reason, after: left });
      await tellYearIfSettled(b.year);
    },
  };
}
