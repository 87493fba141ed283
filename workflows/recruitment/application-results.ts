// The results the cycle fans out to an application, in the order of the stages (RULES 1.1): the screening
// decision, the SKD session and score, each announcement (which tells the candidate and opens the appeal
// window), the cut to SKB and the final ranking. Each is a signal: the cycle does not wait for it, a
// repeat changes nothing, and the changes it makes happen one at a time (`app.serial`). Workflow code.
import { setHandler } from '@temporalio/workflow';
import type { LastTest } from '../../domain/recruitment/emails';
import type { FinalFacts, SkdFacts } from '../../domain/recruitment/explanation-facts';
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import type { ApplicationAction } from '../../domain/recruitment/stages';
import { absentFromSkd, type ScreeningRecord, type SkdResult } from '../../domain/recruitment/views';
import { acts } from '../lib/activities';
import type { Application } from './application-context';
import type { AppealWindows } from './application-appeals';
import { announced, finalRanked, screened, skbCutMade, skdScheduled, skdScored } from './messages';

/** What the results told this application so far, for its emails and its appeals. */
export interface Results {
  screening?: ScreeningRecord;
  skd?: SkdResult & { facts?: SkdFacts };
  /** `score` absent: the candidate did not sit the last test. */
  final?: { outcome: FinalOutcome; rank: number; score?: number; facts?: FinalFacts };
  finalRevision: number;
}

/** The test a finalist without a final score was absent from. */
const lastTest: Record<'CPNS' | 'PPPK', LastTest> = { CPNS: 'skb', PPPK: 'competency' };

const finalActions: Record<'CPNS' | 'PPPK', Record<FinalOutcome, ApplicationAction>> = {
  CPNS: { passed: 'final-pass', optimalisasi: 'final-optimalisasi', 'not-passed': 'final-fail' },
  PPPK: {
    passed: 'competency-pass',
    optimalisasi: 'competency-optimalisasi',
    'not-passed': 'competency-fail',
  },
};

export function handleResults(app: Application, results: Results, appeals: AppealWindows): void {
  const { input, applicationId } = app;

  setHandler(
    screened,
    (d) =>
      void app.serial(async () => {
        if (app.isOver()) return;
        const screening = { decision: d.decision, reason: d.reason };
        results.screening = screening;
        await app.move(
          d.decision === 'MS' ? 'screen-ms' : 'screen-tms',
          (status, seq) => acts.recordScreening({ applicationId, seq, status, screening }),
          { actor: d.actor, reason: d.reason, after: { screening } },
        );
      }),
  );

  setHandler(
    skdScheduled,
    (d) =>
      void app.serial(async () => {
        if (app.isOver() || app.status !== 'screened-ms') return;
        await acts.recordSkdSession({ applicationId, seq: app.nextSeq(), skdSession: d });
        await app.mail(`skd-schedule/${d.code}`, 'skdSchedule', {
          ...app.base,
          sessionCode: d.code,
          place: d.place,
          startsAt: d.startsAt,
        });
      }),
  );

  // The score itself is the cycle's to record; the application keeps it for its announcement.
  setHandler(
    skdScored,
    (d) =>
      void app.serial(async () => {
        if (!app.isOver()) results.skd = d;
      }),
  );

  setHandler(
    announced,
    (d) =>
      void app.serial(async () => {
        if (app.isOver() || appeals.hasWindow(d.stage)) return;
        if (d.stage === 'administration') {
          if (!results.screening) return;
          await app.mail('administration/result', 'screeningResult', {
            ...app.base,
            ...results.screening,
            kind: input.kind,
          });
        } else if (d.stage === 'skd') {
          if (app.status !== 'screened-ms') return;
          const result = results.skd ?? absentFromSkd;
          const facts = results.skd ? results.skd.facts : { absent: true as const };
          await app.moveTo(result.passed ? 'skd-pass' : 'skd-fail', undefined, {
            ...(results.skd ? {} : { skdAbsent: true as const }),
            ...(facts ? { explanation: { stage: 'skd' as const, facts } } : {}),
          });
          await app.mail('skd/result', 'skdResult', {
            ...app.base,
            scores: { twk: result.twk, tiu: result.tiu, tkp: result.tkp },
            total: result.total,
            passed: result.passed,
            reasons: result.reasons,
            facts,
          });
        } else {
          if (!results.final) return;
          await recordFinalFacts();
          await mailFinalResult('final/result');
        }
        await appeals.openWindow(d.stage, d.closesAt);
      }),
  );

  setHandler(
    skbCutMade,
    (d) =>
      void app.serial(async () => {
        if (app.isOver()) return;
        const explanation = d.facts && { stage: 'skbCut' as const, facts: d.facts };
        if (await app.moveTo(d.advances ? 'advance-to-skb' : 'not-advance', undefined, { explanation })) {
          await app.mail('skb-cut', 'skbAdvancement', {
            ...app.base,
            formationTitle: input.formation.title,
            advanced: d.advances,
            rank: d.rank,
            facts: d.facts,
          });
        }
      }),
  );

  setHandler(
    finalRanked,
    (d) =>
      void app.serial(async () => {
        if (app.isOver() || d.revision <= results.finalRevision) return;
        results.finalRevision = d.revision;
        const previous = results.final?.outcome;
        results.final = { outcome: d.outcome, rank: d.rank, score: d.score, facts: d.facts };
        await app.moveTo(finalActions[input.kind][d.outcome]);
        if (d.revision > 1) {
          // A re-ranking comes after the announcement: its facts stand at once; it mails only those whose
          // result changed.
          await recordFinalFacts();
          if (previous !== d.outcome) await mailFinalResult(`final-result/${d.revision}`);
        }
      }),
  );

  /** The final result's facts, recorded once the result is told (the ranking comes just before it). */
  async function recordFinalFacts() {
    const facts = results.final?.facts;
    if (facts)
      await acts.recordExplanation({
        applicationId,
        seq: app.nextSeq(),
        explanation: { stage: 'final', facts },
      });
  }

  function mailFinalResult(step: string) {
    const final = results.final!;
    return app.mail(step, 'finalResult', {
      ...app.base,
      formationTitle: input.formation.title,
      outcome: final.outcome,
      finalScore: final.score,
      rank: final.rank,
      absentFrom: final.score === undefined ? lastTest[input.kind] : undefined,
      facts: final.facts,
    });
  }
}
