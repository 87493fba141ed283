// A recruitment cycle (`recruitment-cycle/<code>`), read as the stages of RULES.md 1.1: registration,
// administrative screening and its announcement and appeal window, SKD and its appeal window, the cut to
// SKB, SKB, the final ranking and its appeal window, the document stage with replacements, appointment.
// PPPK runs screening, then one competency test. The cycle holds the phase and the schedule; everything
// that scales with the number of applicants (batches, rankings, notifications) runs in activities over the
// database, and each stage's appeals are counted by its own appeal desk (a child workflow), so this
// history stays bounded whatever the number of applicants.
import {
  allHandlersFinished,
  condition,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { systemActor, type Actor } from '../../domain/actor';
import { durationMs } from '../../domain/time';
import type { AnnouncementStage, ApplicationStatus, CyclePhase } from '../../domain/recruitment/stages';
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import { acts, batchActs } from '../lib/activities';
import { HumanStep } from '../lib/human-step';
import { appealDesk } from './appeal-desk';
import {
  announce,
  announcePhases,
  batchPhases,
  cycleState,
  documentsResolved,
  submitBatch,
  vacancyOpened,
  type BatchKind,
  type CycleInput,
  type CycleState,
} from './messages';
import { appealDeskWorkflowId } from '../../domain/workflow-ids';

const iso = (ms: number) => new Date(ms).toISOString();

/** Who is told of each announcement: the screened, those who sat SKD, everyone the final ranking ranked. */
const announcedTo: Record<AnnouncementStage, { statuses?: ApplicationStatus[]; outcomes?: FinalOutcome[] }> =
  {
    administration: { statuses: ['screened-ms', 'screened-tms'] },
    skd: { statuses: ['screened-ms'] },
    final: { outcomes: ['passed', 'optimalisasi', 'not-passed'] },
  };

export async function recruitmentCycle(input: CycleInput): Promise<CycleState> {
  const wf = workflowInfo().workflowId;
  const windows = input.rules.windows;
  const state: CycleState = {
    code: input.code,
    phase: 'announced',
    appealWindows: {},
    documents: { opened: 0, resolved: 0 },
    replacements: 0,
    unfilled: [],
    batchesApplied: 0,
  };
  const batches: { batchId: string; kind: BatchKind }[] = [];
  let applying = false;
  let announcement: AnnouncementStage | undefined;
  /** Who asked for the announcement being sent (HR, through the API or the pages). */
  let announcedBy: Actor | undefined;
  let finalAppealsAccepted = 0;
  let finalRevision = 0;
  const vacancies: { formationCode: string; applicationId: string }[] = [];
  let offering = false;
  let seq = 0;

  const next = () => ++seq;
  const audit = (action: string, reason: string, after: unknown, actor: Actor = input.createdBy) =>
    acts.recordAudit({
      key: `${wf}/${action}/${seq}`,
      at: iso(Date.now()),
      actor: actor.sub,
      role: actor.role,
      action: `cycle.${action}`,
      subject: wf,
      reason,
      before: null,
      after,
    });

  /** A phase change: recorded, audited, and told to HR with the audit trail's checkpoint of the moment. */
  async function enter(phase: CyclePhase, reason: string) {
    const before = state.phase;
    state.phase = phase;
    const { checkpoint } = await acts.recordCyclePhase({ code: input.code, seq: next(), phase });
    await acts.recordAudit({
      key: `${wf}/phase/${phase}`,
      at: iso(Date.now()),
      actor: 'system',
      role: 'system',
      action: 'cycle.phase',
      subject: wf,
      reason,
      before: { phase: before },
      after: { phase },
    });
    await acts.sendEmail({
      key: `${wf}/phase/${phase}`,
      to: input.hr.email,
      template: 'cyclePhaseSummary',
      data: {
        recipientName: 'Panitia Seleksi BKPSDM',
        code: input.code,
        title: input.title,
        phase,
        reason,
        checkpoint,
      },
    });
  }

  setHandler(cycleState, () => state);

  setHandler(
    submitBatch,
    (b) => {
      batches.push({ batchId: b.batchId, kind: b.kind });
      return { batchId: b.batchId, accepted: true as const };
    },
    {
      validator: (b: { kind: BatchKind }) => {
        if (!batchPhases[b.kind].includes(state.phase)) {
          throw new Error(
            `${b.kind} results are not accepted while the cycle is in its ${state.phase} phase`,
          );
        }
      },
    },
  );

  setHandler(
    announce,
    (a) => {
      announcement = a.stage;
      announcedBy = a.actor;
      const closesAt = iso(Date.now() + durationMs(windows.appealWindow));
      state.appealWindows[a.stage] = closesAt;
      return { stage: a.stage, appealWindowClosesAt: closesAt };
    },
    {
      validator: (a: { stage: AnnouncementStage }) => {
        if (announcement) throw new Error(`the ${announcement} announcement is still being sent`);
        if (!announcePhases[a.stage].includes(state.phase) || state.appealWindows[a.stage]) {
          throw new Error(
            `the ${a.stage} result cannot be announced while the cycle is in its ${state.phase} phase`,
          );
        }
      },
    },
  );

  setHandler(vacancyOpened, (v) => {
    vacancies.push(v);
  });
  setHandler(documentsResolved, () => {
    state.documents.resolved += 1;
  });

  // Uploaded batches are applied one after the other, alongside the stages.
  let done = false;
  const batchLoop = (async () => {
    for (;;) {
      await condition(() => batches.length > 0 || done);
      if (batches.length === 0) return;
      applying = true;
      const b = batches[0]!;
      await batchActs.applyBatch({ batchId: b.batchId, seq: state.batchesApplied + 1 });
      batches.shift();
      state.batchesApplied += 1;
      applying = false;
    }
  })();

  // Vacancies are offered to the next candidates in rank order, alongside the stages.
  const vacancyLoop = (async () => {
    for (;;) {
      await condition(
        () => (vacancies.length > 0 && ['final-appeal', 'documents'].includes(state.phase)) || done,
      );
      if (done) return;
      const v = vacancies.shift()!;
      offering = true;
      const dueAt = iso(Date.now() + durationMs(windows.documentWindow));
      const offered = await acts.offerVacancy({
        cycleCode: input.code,
        formationCode: v.formationCode,
        replacing: v.applicationId,
        dueAt,
      });
      if (offered) {
        state.replacements += 1;
        state.documents.opened += 1;
        await audit(
          `replacement/${v.applicationId}`,
          `vacancy of ${v.applicationId} offered to ${offered.applicationId}`,
          offered,
          systemActor,
        );
      } else {
        state.unfilled.push(v.formationCode);
        await audit(
          `unfilled/${v.applicationId}`,
          `no candidate left in formation ${v.formationCode}`,
          v,
          systemActor,
        );
      }
      offering = false;
    }
  })();

  /** Waits for HR's announcement of `stage`, sends it, and holds the appeal window until it closes and every appeal is answered. */
  async function announceAndHearAppeals(stage: AnnouncementStage, beforeSending?: () => Promise<void>) {
    await condition(() => announcement === stage && batches.length === 0 && !applying);
    await beforeSending?.();
    const closesAt = state.appealWindows[stage]!;
    const desk = await startChild(appealDesk, {
      workflowId: appealDeskWorkflowId(input.code, stage),
      args: [{ cycleCode: input.code, stage, closesAt }],
    });
    await batchActs.signalApplications({
      cycleCode: input.code,
      ...announcedTo[stage],
      signal: 'announced',
      args: [{ stage, closesAt }],
    });
    await acts.recordAppealWindow({ code: input.code, seq: next(), stage, closesAt });
    // The officer who announced, not the one who opened the cycle (only the activity's input changes).
    await audit(
      `announced/${stage}`,
      `${stage} result announced; appeals until ${closesAt}`,
      { stage, closesAt },
      announcedBy ?? input.createdBy,
    );
    announcement = undefined;
    await enter(`${stage}-appeal` as CyclePhase, `appeal window of ${stage} open`);
    const window = new HumanStep<void>(`appeal-window/${stage}`, {
      dueAt: Date.parse(closesAt),
      expiresAtDue: true,
    });
    await window.run();
    const { accepted } = await desk.result();
    if (stage === 'final') finalAppealsAccepted += accepted;
  }

  async function rankFinal() {
    finalRevision += 1;
    await batchActs.rankFinal({ cycleCode: input.code, revision: finalRevision });
  }

  // ---------------------------------------------------------------- the stages, in the order of the rules

  await audit('created', 'cycle opened with its formations, schedule and rule set', {
    formations: input.formations,
    schedule: input.schedule,
    rules: input.rules.id,
  });
  await sleep(Math.max(1, Date.parse(input.schedule.registrationOpensAt) - Date.now()));
  await enter('registration', 'registration opened');
  await sleep(Math.max(1, Date.parse(input.schedule.registrationClosesAt) - Date.now()));
  await enter('screening', 'registration closed');

  await announceAndHearAppeals('administration');

  if (input.kind === 'CPNS') {
    await enter('skd', 'administration appeals answered');
    await announceAndHearAppeals('skd');
    await batchActs.makeSkbCut({ cycleCode: input.code });
    await audit('skb-cut', 'top 3 × vacancies per formation advance to SKB', {
      formations: input.formations.length,
    });
    await enter('skb', 'SKD appeals answered; cut to SKB made');
  } else {
    await enter('competency', 'administration appeals answered');
  }

  await announceAndHearAppeals('final', rankFinal);
  if (finalAppealsAccepted > 0) {
    await rankFinal();
    await audit('re-ranked', `${finalAppealsAccepted} final appeal(s) accepted`, { revision: finalRevision });
  }

  const due = iso(Date.now() + durationMs(windows.documentWindow));
  const { signalled } = await batchActs.signalApplications({
    cycleCode: input.code,
    outcomes: ['passed'],
    signal: 'documentsOpened',
    args: [{ dueAt: due }],
  });
  state.documents.opened += signalled;
  await enter('documents', `document submission open until ${due}`);
  await condition(
    () => vacancies.length === 0 && !offering && state.documents.resolved >= state.documents.opened,
  );

  await batchActs.signalApplications({
    cycleCode: input.code,
    statuses: ['documents-verified'],
    signal: 'appointed',
    args: [],
  });
  await enter('closed', 'every passed candidate verified, replaced or gone');
  done = true;
  await Promise.all([batchLoop, vacancyLoop]);
  await batchActs.signalApplications({ cycleCode: input.code, signal: 'cycleClosed', args: [] });
  await condition(allHandlersFinished);
  return state;
}
