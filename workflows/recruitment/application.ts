// One candidate's path through a recruitment cycle (`application/<cycleCode>/<applicantKey>`). The cycle
// fans results out to it by signal; the candidate and HR act on it by Update (appeal, appeal decision,
// documents, verification, withdrawal), each a human step with its deadline. Every transition follows the
// table in domain/recruitment/stages.ts, is saved to the read model, audited when it is a decision, and
// told to the candidate by email.
import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  log,
  patched,
  setHandler,
  workflowInfo,
  type SignalDefinition,
} from '@temporalio/workflow';
import type { TemplateData, TemplateName } from '../../domain/email/templates';
import {
  nextStatus,
  afterPassingStatuses,
  type AnnouncementStage,
  type ApplicationAction,
  type ApplicationStatus,
} from '../../domain/recruitment/stages';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { HumanStep } from '../lib/human-step';
import {
  announced,
  appealOpened,
  appealResolved,
  applicationState,
  appointed,
  cycleClosed,
  appealDeskWorkflowId,
  cycleWorkflowId,
  decideAppeal,
  documentsOpened,
  documentsResolved,
  finalRanked,
  replacedIn,
  screened,
  skbCutMade,
  skdScheduled,
  skdScored,
  submitAppeal,
  submitDocuments,
  vacancyOpened,
  verifyDocuments,
  withdraw,
  type Actor,
  type AppealRecord,
  type ApplicationInput,
} from './messages';

const iso = (ms: number) => new Date(ms).toISOString();

/** `{ 'documents.verification': v }` → `{ documents: { verification: v } }`: audit records hold no dotted keys. */
function nest(set: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(set)) {
    const keys = path.split('.');
    let at = out;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]!] = value;
  }
  return out;
}

export async function recruitmentApplication(
  input: ApplicationInput,
): Promise<{ status: ApplicationStatus }> {
  const wf = workflowInfo().workflowId;
  const { applicationId, candidate, windows } = input;
  const cycle = getExternalWorkflowHandle(cycleWorkflowId(input.cycleCode));
  // Where a stage's appeals are counted: its appeal desk when the announcement named one, else the cycle.
  // A desk that has already ended (an appeal accepted just before the window closed, counted after it)
  // leaves the appeal to HR's answer step like any other; the stage has moved on.
  const deskStages = new Set<AnnouncementStage>();
  const tellAppeals = async <A>(stage: AnnouncementStage, signal: SignalDefinition<[A]>, arg: A) => {
    if (!deskStages.has(stage)) return cycle.signal(signal, arg);
    const desk = getExternalWorkflowHandle(appealDeskWorkflowId(input.cycleCode, stage));
    await desk.signal(signal, arg).catch(() => undefined);
  };
  const base = { name: candidate.name, cycleTitle: input.cycleTitle };

  let status: ApplicationStatus = 'registered';
  let seq = 0;
  let closed = false;
  let finalRevision = 0;
  let skd:
    { twk: number; tiu: number; tkp: number; total: number; passed: boolean; reasons: string[] } | undefined;
  let final: { outcome: 'passed' | 'optimalisasi' | 'not-passed'; rank: number; score: number } | undefined;
  let screening: { decision: 'MS' | 'TMS'; reason: string } | undefined;
  const appealWindows = new Map<AnnouncementStage, HumanStep<void>>();
  const answerSteps = new Map<AnnouncementStage, HumanStep<void>>();
  const appeals: Partial<Record<AnnouncementStage, AppealRecord>> = {};
  let documentsStep: HumanStep<{ kind: string; reference: string }[]> | undefined;
  /** Whose vacancy this application filled, once replaced in. */
  let replacing: string | undefined;
  /** True once a replacement offer that arrived after the withdrawal was passed on. */
  let offerPassedOn = false;
  const background: Promise<void>[] = [];

  // State changes happen one at a time, in arrival order, even when handlers await activities.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn);
    chain = next.catch(() => undefined);
    return next;
  };

  /** Mails the candidate (with their personal link) or, given `to`, HR (with a link to the application). */
  function mail<N extends TemplateName>(
    step: string,
    template: N,
    data: Omit<TemplateData<N>, 'link'>,
    to?: string,
  ) {
    return acts.sendEmail({
      key: `${wf}/${step}`,
      to: to ?? candidate.email,
      template,
      data: data as TemplateData<N>,
      language: to ? 'id' : candidate.language,
      link: to ? { path: `/api/v1/recruitment/applications/${applicationId}` } : { candidate: applicationId },
    });
  }

  /** Moves the application by the transition table, saves it, and audits it when a person decided. */
  async function move(
    action: ApplicationAction,
    set: Record<string, unknown> = {},
    decision?: Actor & { reason: string },
  ): Promise<boolean> {
    const next = nextStatus(status, action);
    if (!next.ok) {
      log.warn('transition refused', { applicationId, reason: next.reasons[0] });
      return false;
    }
    const before = status;
    status = next.value;
    seq += 1;
    await acts.saveApplication({ applicationId, seq, set: { status, ...set } });
    if (decision) {
      await acts.recordAudit({
        key: `${wf}/${seq}`,
        at: iso(Date.now()),
        actor: decision.actor,
        role: decision.role,
        action: `application.${action}`,
        subject: wf,
        reason: decision.reason,
        before: { status: before },
        after: { status, ...nest(set) },
      });
    }
    return true;
  }

  const save = (set: Record<string, unknown>) => {
    seq += 1;
    return acts.saveApplication({ applicationId, seq, set });
  };

  const isOver = () => closed || status === 'withdrawn' || status === 'appointed';

  // ------------------------------------------------------------------ results fanned out by the cycle

  setHandler(
    screened,
    (d) =>
      void serial(async () => {
        if (isOver()) return;
        screening = { decision: d.decision, reason: d.reason };
        await move(d.decision === 'MS' ? 'screen-ms' : 'screen-tms', { screening }, d);
      }),
  );

  setHandler(
    skdScheduled,
    (d) =>
      void serial(async () => {
        if (isOver() || status !== 'screened-ms') return;
        await save({ skdSession: d });
        await mail(`skd-schedule/${d.code}`, 'skdSchedule', {
          ...base,
          sessionCode: d.code,
          place: d.place,
          startsAt: d.startsAt,
        });
      }),
  );

  setHandler(
    skdScored,
    (d) =>
      void serial(async () => {
        if (isOver()) return;
        skd = d;
        await save({ skd });
      }),
  );

  setHandler(
    finalRanked,
    (d) =>
      void serial(async () => {
        if (isOver() || d.revision <= finalRevision) return;
        finalRevision = d.revision;
        const previous = final?.outcome;
        final = { outcome: d.outcome, rank: d.rank, score: d.score };
        const action =
          d.outcome === 'passed'
            ? 'final-pass'
            : d.outcome === 'optimalisasi'
              ? 'final-optimalisasi'
              : 'final-fail';
        const pppk =
          input.kind === 'PPPK' ? (action.replace('final-', 'competency-') as ApplicationAction) : action;
        await move(input.kind === 'PPPK' ? pppk : action, { final });
        // A re-ranking after an accepted appeal tells only those whose result changed.
        if (d.revision > 1 && previous !== d.outcome) {
          await mail(`final-result/${d.revision}`, 'finalResult', {
            ...base,
            formationTitle: input.formation.title,
            outcome: d.outcome,
            finalScore: d.score,
            rank: d.rank,
          });
        }
      }),
  );

  setHandler(announced, (d) => {
    if (d.desk) deskStages.add(d.stage);
    void serial(async () => {
      if (isOver() || appealWindows.has(d.stage)) return;
      if (d.stage === 'administration') {
        if (!screening) return;
        await mail('administration/result', 'screeningResult', {
          ...base,
          decision: screening.decision,
          reason: screening.reason,
        });
      } else if (d.stage === 'skd') {
        if (status !== 'screened-ms') return;
        const result = skd ?? {
          twk: 0,
          tiu: 0,
          tkp: 0,
          total: 0,
          passed: false,
          reasons: ['tidak mengikuti SKD / absent'],
        };
        await move(result.passed ? 'skd-pass' : 'skd-fail', { skd: result });
        await mail('skd/result', 'skdResult', {
          ...base,
          scores: { twk: result.twk, tiu: result.tiu, tkp: result.tkp },
          total: result.total,
          passed: result.passed,
          reasons: result.reasons,
        });
      } else {
        if (!final) return;
        await mail('final/result', 'finalResult', {
          ...base,
          formationTitle: input.formation.title,
          outcome: final.outcome,
          finalScore: final.score,
          rank: final.rank,
        });
      }
      openAppealWindow(d.stage, Date.parse(d.closesAt));
      await save({ [`deadlines.appeal-${d.stage}`]: d.closesAt });
      await mail(`${d.stage}/appeal-window`, 'appealWindowOpened', {
        ...base,
        stage: d.stage,
        closesAt: d.closesAt,
      });
    });
  });

  setHandler(
    skbCutMade,
    (d) =>
      void serial(async () => {
        if (isOver()) return;
        if (await move(d.advances ? 'advance-to-skb' : 'not-advance', { skdRank: d.rank })) {
          await mail('skb-cut', 'skbAdvancement', {
            ...base,
            formationTitle: input.formation.title,
            advanced: d.advances,
            rank: d.rank,
          });
        }
      }),
  );

  setHandler(
    documentsOpened,
    (d) =>
      void serial(async () => {
        // A repeat (a fan-out retried after a crash) changes nothing; versioned for histories before it.
        if (documentsStep && patched('documents-opened-once')) return;
        if (isOver() || status !== 'passed') {
          // The cycle counted this application in: tell it there is nothing to wait for here.
          await cycle.signal(documentsResolved, { applicationId, verified: false });
          return;
        }
        await openDocuments(Date.parse(d.dueAt), 'documents/window', 'documentWindowOpened');
      }),
  );

  setHandler(
    replacedIn,
    (d) =>
      void serial(async () => {
        if (isOver()) {
          // The cycle chose this candidate from a read model that did not show the withdrawal yet: the
          // vacancy goes on to the next in rank, once (a repeated offer, or one to a candidate who was
          // replaced in and withdrew later, passes nothing on). Versioned for histories before it.
          if (
            status === 'withdrawn' &&
            !closed &&
            replacing === undefined &&
            !offerPassedOn &&
            patched('replacement-offer-after-withdrawal-passed-on')
          ) {
            offerPassedOn = true;
            await openVacancy(`offered the vacancy of ${d.replacing} after withdrawing`);
          }
          return;
        }
        if (
          await move(
            'replace-in',
            { replacementOf: d.replacing },
            { actor: 'system', role: 'system', reason: `replaces ${d.replacing}` },
          )
        ) {
          replacing = d.replacing;
          await openDocuments(Date.parse(d.dueAt), 'documents/replacement-offer', 'replacementOffer');
        }
      }),
  );

  setHandler(
    appointed,
    () =>
      void serial(async () => {
        if (status !== 'documents-verified') return;
        if (
          await move(
            'appoint',
            {},
            { actor: 'system', role: 'system', reason: 'documents verified; cycle closed' },
          )
        ) {
          await mail('appointed', 'appointment', { ...base, formationTitle: input.formation.title });
        }
      }),
  );

  setHandler(cycleClosed, () => {
    closed = true;
  });

  // ------------------------------------------------------------------ human steps

  function openAppealWindow(stage: AnnouncementStage, closesAt: number) {
    const step = new HumanStep<void>(`appeal-window/${stage}`, { dueAt: closesAt, expiresAtDue: true });
    appealWindows.set(stage, step);
    background.push(step.run().then(() => undefined));
  }

  async function openDocuments(
    dueAt: number,
    step: string,
    template: 'documentWindowOpened' | 'replacementOffer',
  ) {
    const docs = new HumanStep<{ kind: string; reference: string }[]>(
      'documents',
      { dueAt, remindBeforeMs: durationMs(windows.documentReminderBefore), expiresAtDue: true },
      {
        onRemind: async () => {
          await mail('documents/reminder', 'documentReminder', { ...base, deadline: iso(dueAt) });
        },
      },
    );
    documentsStep = docs;
    await save({ 'deadlines.documents': iso(dueAt) });
    const data = { ...base, deadline: iso(dueAt), formationTitle: input.formation.title };
    await mail(step, template, data);
    background.push(
      docs.run().then((outcome) =>
        serial(async () => {
          if (outcome.kind !== 'expired' || isOver()) return;
          const failed = await move(
            'miss-document-deadline',
            {},
            { actor: 'system', role: 'system', reason: 'document deadline passed' },
          );
          // Only when this application really left the pass list (a refused move leaves it where it is).
          if (failed || !patched('vacancy-only-when-leaving')) await openVacancy('document deadline missed');
          // The candidate is told that the pass is cancelled and why. Versioned for histories before it.
          if (failed && patched('document-deadline-missed-email')) {
            await mail('documents/deadline-missed', 'documentDeadlineMissed', data);
          }
        }),
      ),
    );
  }

  async function openVacancy(reason: string) {
    await cycle.signal(vacancyOpened, { formationCode: input.formation.code, applicationId, reason });
    await cycle.signal(documentsResolved, { applicationId, verified: false });
  }

  setHandler(
    submitAppeal,
    (d) =>
      serial(async () => {
        const answerBy = Date.now() + durationMs(windows.appealAnswerWindow);
        const record: AppealRecord = {
          reason: d.reason,
          at: iso(Date.now()),
          answerBy: iso(answerBy),
          status: 'pending',
        };
        appeals[d.stage] = record;
        const task = {
          cycleTitle: input.cycleTitle,
          stage: d.stage,
          applicationRef: applicationId,
          answerBy: record.answerBy,
        };
        const answer = new HumanStep<void>(
          `appeal-answer/${d.stage}`,
          {
            dueAt: answerBy,
            remindBeforeMs: durationMs(windows.appealAnswerReminderBefore),
            escalateAfterMs: 0,
            expiresAtDue: false,
          },
          {
            onRemind: async () => {
              await mail(
                `${d.stage}/appeal/hr-reminder`,
                'appealAnswerReminder',
                { ...task, officerName: 'Panitia Seleksi' },
                input.hr.email,
              );
            },
            onEscalate: async () => {
              await mail(
                `${d.stage}/appeal/hr-escalation`,
                'appealEscalation',
                { ...task, officerName: 'Panitia Seleksi', headName: 'Kepala BKPSDM' },
                input.hr.headEmail,
              );
            },
          },
        );
        answerSteps.set(d.stage, answer);
        background.push(answer.run().then(() => undefined));
        await save({ [`appeals.${d.stage}`]: record });
        await acts.recordAudit({
          key: `${wf}/appeal/${d.stage}`,
          at: record.at,
          actor: applicationId,
          role: 'candidate',
          action: 'application.appealed',
          subject: wf,
          reason: d.reason,
          before: { status },
          after: { appeal: d.stage },
        });
        await tellAppeals(d.stage, appealOpened, { stage: d.stage });
        await mail(`${d.stage}/appeal/received`, 'appealReceived', {
          ...base,
          stage: d.stage,
          answerBy: record.answerBy,
        });
        return record;
      }),
    {
      validator: (d: { stage: AnnouncementStage; reason: string }) => {
        if (isOver()) throw new Error(`the application is ${status}`);
        if (!appealWindows.get(d.stage)?.isOpen)
          throw new Error(`no appeal window is open for the ${d.stage} stage`);
        if (appeals[d.stage]) throw new Error(`an appeal for the ${d.stage} stage was already submitted`);
      },
    },
  );

  setHandler(
    decideAppeal,
    (d) =>
      serial(async () => {
        const record = appeals[d.stage]!;
        record.status = d.accepted ? 'accepted' : 'rejected';
        record.decision = { reason: d.reason, at: iso(Date.now()), actor: d.actor };
        answerSteps.get(d.stage)?.complete();
        await save({ [`appeals.${d.stage}`]: record });
        await acts.recordAudit({
          key: `${wf}/appeal/${d.stage}/decision`,
          at: record.decision.at,
          actor: d.actor,
          role: d.role,
          action: d.accepted ? 'application.appeal-accepted' : 'application.appeal-rejected',
          subject: wf,
          reason: d.reason,
          before: { status },
          after: { appeal: record.status },
        });
        if (d.accepted) {
          // An accepted appeal reverses the stage's result; a final result is re-ranked by the cycle.
          if (d.stage === 'administration' && status === 'screened-tms') {
            screening = { decision: 'MS', reason: d.reason };
            await move('screen-ms', { screening }, { ...d, reason: `appeal accepted: ${d.reason}` });
          } else if (d.stage === 'skd' && status === 'skd-failed') {
            await move('skd-pass', {}, { ...d, reason: `appeal accepted: ${d.reason}` });
          }
        }
        await mail(`${d.stage}/appeal/decision`, 'appealDecision', {
          ...base,
          stage: d.stage,
          accepted: d.accepted,
          reason: d.reason,
        });
        await tellAppeals(d.stage, appealResolved, { stage: d.stage, accepted: d.accepted });
        return record;
      }),
    {
      validator: (d: { stage: AnnouncementStage }) => {
        if (appeals[d.stage]?.status !== 'pending')
          throw new Error(`no pending appeal for the ${d.stage} stage`);
      },
    },
  );

  setHandler(
    submitDocuments,
    (d) => {
      // Completed as it is accepted: the deadline may pass while earlier steps in the queue still run, and
      // completing an expired step would fail the workflow task. Versioned for histories before it.
      const onAccept = patched('documents-complete-on-accept');
      if (onAccept) documentsStep!.complete(d.documents);
      return serial(async () => {
        if (!onAccept) documentsStep!.complete(d.documents);
        await move('submit-documents', { documents: { submitted: d.documents, at: iso(Date.now()) } });
        return { status };
      });
    },
    {
      validator: (_d) => {
        if (!documentsStep?.isOpen) throw new Error('the document window is not open');
      },
    },
  );

  setHandler(
    verifyDocuments,
    (d) =>
      serial(async () => {
        const ok = await move(
          d.accepted ? 'verify-documents' : 'reject-documents',
          { 'documents.verification': { accepted: d.accepted, reason: d.reason ?? '' } },
          { ...d, reason: d.reason ?? 'documents complete' },
        );
        if (ok) {
          await mail('documents/verification', 'documentsVerification', {
            ...base,
            accepted: d.accepted,
            reason: d.reason,
          });
          if (d.accepted) await cycle.signal(documentsResolved, { applicationId, verified: true });
          else await openVacancy('documents rejected');
        }
        return { status };
      }),
    {
      validator: (_d) => {
        if (status !== 'documents-submitted')
          throw new Error(
            `documents can be verified only after they are submitted; the application is ${status}`,
          );
      },
    },
  );

  setHandler(
    withdraw,
    (d) =>
      serial(async () => {
        const afterPassing = afterPassingStatuses.includes(status);
        const hadDocuments = documentsStep !== undefined && status !== 'documents-failed';
        const year = Number(
          new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Makassar' }).format(Date.now()),
        );
        const banYears = afterPassing
          ? Array.from({ length: input.withdrawalBanBudgetYears }, (_, i) => year + 1 + i)
          : [];
        const left = await move(
          'withdraw',
          { withdrawal: { reason: d.reason, at: iso(Date.now()), afterPassing, banYears } },
          { actor: applicationId, role: 'candidate', reason: d.reason },
        );
        for (const step of [
          ...appealWindows.values(),
          ...answerSteps.values(),
          ...(documentsStep ? [documentsStep] : []),
        ]) {
          if (step.isOpen) step.cancel('withdrawn');
        }
        // Every status after passing accepts a withdrawal, so `left` holds here; checked all the same.
        if (afterPassing && (left || !patched('vacancy-only-when-leaving'))) {
          await acts.recordWithdrawalBan({ applicationId, years: banYears, reason: d.reason });
          await cycle.signal(vacancyOpened, {
            formationCode: input.formation.code,
            applicationId,
            reason: 'withdrawn after passing',
          });
          if (hadDocuments) await cycle.signal(documentsResolved, { applicationId, verified: false });
        }
        await mail('withdrawal', 'withdrawalConfirmed', {
          ...base,
          banBudgetYears: afterPassing ? input.withdrawalBanBudgetYears : undefined,
        });
        return { status, banYears };
      }),
    {
      validator: (_d) => {
        if (status === 'withdrawn' || status === 'appointed' || closed)
          throw new Error(`the application is ${closed ? 'closed' : status}`);
      },
    },
  );

  setHandler(applicationState, () => ({
    applicationId,
    status,
    seq,
    appealWindows: Object.fromEntries([...appealWindows].map(([k, v]) => [k, v.snapshot()])),
    appeals,
    documents: documentsStep?.snapshot(),
  }));

  // ------------------------------------------------------------------ the path itself

  seq += 1;
  await acts.saveApplication({ applicationId, seq, set: { status } });
  await mail('received', 'applicationReceived', { ...base, formationTitle: input.formation.title });

  await condition(() => closed || status === 'withdrawn');
  for (const step of [
    ...appealWindows.values(),
    ...answerSteps.values(),
    ...(documentsStep ? [documentsStep] : []),
  ]) {
    if (step.isOpen) step.cancel('cycle closed');
  }
  await Promise.all(background);
  // A step queued while the last ones ran (say, a vacancy offered just as the candidate withdrew, which
  // must be passed on) runs before the workflow ends. Versioned for histories before it.
  for (;;) {
    const last = chain;
    await last;
    await condition(allHandlersFinished);
    if (last === chain || !patched('queued-steps-finish-before-the-end')) break;
  }
  return { status };
}
