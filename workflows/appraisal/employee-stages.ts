// The stages of an employee's year (PermenPANRB 6/2022, RULES 2.2), each a function of the appraisal:
// planning the SKP (drafted, approved or returned), the periodic and annual ratings, and the objection
// (keberatan) to the appraiser's superior, whose decision is final. Workflow code.
import { condition } from '@temporalio/workflow';
import { ratingDueAt, type AppraisalPeriod, type PeriodCode } from '../../domain/appraisal/periods';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import type { ObjectionDecision, Rating, SkpApproval, SkpDraft } from '../../domain/appraisal/schemas';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { HumanStep } from '../lib/human-step';
import { iso, Left, type Appraisal } from './employee-context';

export function appraisalStages(a: Appraisal) {
  const { st, year, config, base, humanTask, mail, setPhase } = a;

  // ---- Stage 1: planning (SKP drafted by the employee, approved or returned by the appraiser) ---------
  async function planSkp(): Promise<void> {
    const version = ++st.skpVersion;
    const position = st.newPosition ?? st.employee.position;
    st.newPosition = null;
    const dueAt =
      version === 1
        ? config.deadlines.skpDueAt
        : iso(
            Math.max(
              Date.parse(config.deadlines.skpDueAt),
              Date.now() + durationMs(config.deadlines.periodRatingWindow),
            ),
          );
    let returnedNote: string | null = null;
    for (let round = 1; ; round++) {
      const draftKey = `skp-${version}-draft-${round}`;
      await humanTask<SkpDraft>(
        'skp-draft',
        draftKey,
        null,
        dueAt,
        async (t, key) => {
          if (key === 'opened' && returnedNote !== null) return; // the return email asked for this draft
          await mail(`${draftKey}/${key}`, st.employee.email, 'skpDraftRequested', {
            employeeName: st.employee.name,
            year,
            dueAt: t.dueAt,
          });
        },
        (draft) =>
          acts.recordSkp({
            ...base(),
            version,
            step: draftKey,
            event: 'drafted',
            skp: draft.value,
            actor: draft.actor,
            position,
          }),
      );
      const approvalKey = `skp-${version}-approval-${round}`;
      const approval = await humanTask<SkpApproval>(
        'skp-approval',
        approvalKey,
        null,
        dueAt,
        (t, key) =>
          mail(`${approvalKey}/${key}`, t.assignee.email, 'skpSubmitted', {
            appraiserName: t.assignee.name,
            employeeName: st.employee.name,
            year,
            dueAt: t.dueAt,
          }),
        (approval) =>
          acts.recordSkp({
            ...base(),
            version,
            step: approvalKey,
            event: approval.value.approved ? 'approved' : 'returned',
            note: approval.value.note,
            actor: approval.actor,
            position,
          }),
      );
      const { approved, note } = approval.value;
      if (approved) {
        await mail(`${approvalKey}/approved`, st.employee.email, 'skpApproved', {
          employeeName: st.employee.name,
          appraiserName: approval.assignee.name,
          year,
        });
        return;
      }
      returnedNote = note ?? '';
      await mail(`${approvalKey}/returned`, st.employee.email, 'skpReturned', {
        employeeName: st.employee.name,
        appraiserName: approval.assignee.name,
        year,
        note: returnedNote,
        dueAt,
      });
    }
  }

  /** Waits for an instant; a new position starts a new SKP meanwhile, leaving stops everything. */
  async function waitUntil(instant: string): Promise<void> {
    for (;;) {
      if (st.left) throw new Left();
      if (st.newPosition !== null) {
        const p = st.phase;
        await setPhase('planning');
        await planSkp();
        await setPhase(p);
        continue;
      }
      const wait = Date.parse(instant) - Date.now();
      if (wait <= 0) return;
      await condition(() => st.left !== null || st.newPosition !== null, wait);
    }
  }

  // ---- Stages 3 and 4: periodic and annual evaluation -------------------------------------------------
  async function rate(period: PeriodCode | 'annual', dueAt: string) {
    const stepKey = `rating-${period}`;
    const type = period === 'annual' ? 'annual-rating' : 'period-rating';
    const rating = await humanTask<Rating, Awaited<ReturnType<typeof acts.recordRating>>>(
      type,
      stepKey,
      period,
      dueAt,
      (t, key) =>
        mail(`${stepKey}/${key}`, t.assignee.email, 'ratingRequested', {
          appraiserName: t.assignee.name,
          employeeName: st.employee.name,
          year,
          period,
          dueAt: t.dueAt,
        }),
      (rating) =>
        acts.recordRating({
          ...base(),
          period,
          config,
          rating: rating.value,
          actor: rating.actor,
          headOf: st.employee.headOf,
          functionalGrade: st.employee.functionalGrade,
        }),
    );
    return { ...rating.recorded, note: rating.value.note, appraiserName: rating.assignee.name };
  }

  async function ratePeriod(period: AppraisalPeriod): Promise<void> {
    const r = await rate(period.period, ratingDueAt(period, config.deadlines.periodRatingWindow));
    await mail(`rating-${period.period}/result`, st.employee.email, 'periodRatingGiven', {
      employeeName: st.employee.name,
      year,
      period: period.period,
      hasilKerja: r.hasilKerja,
      perilakuKerja: r.perilakuKerja,
      predikat: r.predikat,
      ...(r.note ? { note: r.note } : {}),
    });
  }

  // ---- Stage 5: objection (keberatan) to the appraiser's superior, whose decision is final ------------
  async function objectionStage(annual: {
    hasilKerja: string;
    perilakuKerja: string;
    predikat: Predikat;
    appraiserName: string;
  }): Promise<Predikat> {
    const windowMs = durationMs(config.deadlines.objectionWindow);
    const dueAt = Date.now() + windowMs;
    // The window opens before the record and the email say so, so that an employee who sees it open can
    // object or accept at once.
    st.objectionWindow = new HumanStep('objection-window', { dueAt, expiresAtDue: true });
    await setPhase('objection-window');
    await mail('annual/result', st.employee.email, 'annualResult', {
      employeeName: st.employee.name,
      year,
      hasilKerja: annual.hasilKerja,
      perilakuKerja: annual.perilakuKerja,
      predikat: annual.predikat,
      objectionDueAt: iso(dueAt),
    });
    const window = st.objectionWindow;
    if (st.left && window.isOpen) window.cancel('the employee left');
    const filed = await window.run();
    if (filed.kind === 'cancelled') throw new Left();
    if (filed.kind === 'expired') return annual.predikat;
    if (filed.value.accepted) {
      await acts.recordAcceptance({
        ...base(),
        note: filed.value.reason,
        actor: filed.value.actor,
        predikat: annual.predikat,
      });
      st.acceptanceRecorded = true;
      return annual.predikat;
    }
    st.objected = true;
    const decision = await humanTask<ObjectionDecision>(
      'objection-decision',
      'objection-decision',
      'annual',
      iso(Date.now() + windowMs),
      (t, key) =>
        mail(`objection-decision/${key}`, t.assignee.email, 'objectionReceived', {
          superiorName: t.assignee.name,
          employeeName: st.employee.name,
          appraiserName: annual.appraiserName,
          year,
          predikat: annual.predikat,
          reason: filed.value.reason,
          dueAt: t.dueAt,
        }),
      (decision) =>
        acts.decideObjection({
          ...base(),
          previous: annual.predikat,
          predikat: decision.value.predikat,
          reason: decision.value.reason,
          actor: decision.actor,
        }),
    );
    await mail('objection-decision/result', st.employee.email, 'objectionDecided', {
      employeeName: st.employee.name,
      year,
      previousPredikat: annual.predikat,
      predikat: decision.value.predikat,
      reason: decision.value.reason,
    });
    return decision.value.predikat;
  }

  return { planSkp, waitUntil, rate, ratePeriod, objectionStage };
}
