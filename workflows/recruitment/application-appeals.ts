// The appeals (sanggah) of one application (RULES 1.1, step 5): each announcement opens a window in which
// the candidate may appeal that stage's result once; an appeal opens HR's task to answer it (reminded a
// day before its due date, escalated to the head of HR when missed); an accepted appeal reverses the
// result (a final result is re-ranked by the cycle). The stage's appeal desk counts what is open.
import { getExternalWorkflowHandle, setHandler, type SignalDefinition } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { AnnouncementStage } from '../../domain/recruitment/stages';
import type { AppealRecord } from '../../domain/recruitment/views';
import { durationMs } from '../../domain/time';
import { appealDeskWorkflowId } from '../../domain/workflow-ids';
import { acts } from '../lib/activities';
import { HumanStep } from '../lib/human-step';
import { Task } from '../lib/task';
import { iso, type Application } from './application-context';
import type { Results } from './application-results';
import { appealOpened, appealResolved, decideAppeal, submitAppeal } from './messages';

export type AppealWindows = ReturnType<typeof handleAppeals>;

export function handleAppeals(app: Application, results: Results) {
  const { input, applicationId } = app;
  const { windows } = input;
  const appealWindows = new Map<AnnouncementStage, HumanStep<void>>();
  const answers = new Map<AnnouncementStage, Task<void>>();
  const appeals: Partial<Record<AnnouncementStage, AppealRecord>> = {};

  /** The stage's appeal desk counts its open appeals; one that has ended (the stage moved on) hears nothing. */
  const tellDesk = async <A>(stage: AnnouncementStage, signal: SignalDefinition<[A]>, arg: A) => {
    const desk = getExternalWorkflowHandle(appealDeskWorkflowId(input.cycleCode, stage));
    await desk.signal(signal, arg).catch(() => undefined);
  };

  setHandler(
    submitAppeal,
    (d) =>
      app.serial(async () => {
        const answerBy = Date.now() + durationMs(windows.appealAnswerWindow);
        const appeal: AppealRecord = {
          reason: d.reason,
          at: iso(Date.now()),
          answerBy: iso(answerBy),
          status: 'pending',
        };
        appeals[d.stage] = appeal;
        await openAnswerTask(d.stage, answerBy);
        await acts.recordAppeal({ applicationId, seq: app.nextSeq(), stage: d.stage, appeal });
        await app.audit(
          `appeal/${d.stage}`,
          'application.appealed',
          d.actor,
          d.reason,
          { status: app.status },
          {
            appeal: d.stage,
          },
        );
        await tellDesk(d.stage, appealOpened, { stage: d.stage });
        await app.mail(`${d.stage}/appeal/received`, 'appealReceived', {
          ...app.base,
          stage: d.stage,
          answerBy: appeal.answerBy,
        });
        return appeal;
      }),
    {
      validator: (d: { stage: AnnouncementStage }) => {
        if (app.isOver()) throw new Error(`the application is ${app.status}`);
        if (!appealWindows.get(d.stage)?.isOpen)
          throw new Error(`no appeal window is open for the ${d.stage} stage`);
        if (appeals[d.stage]) throw new Error(`an appeal for the ${d.stage} stage was already submitted`);
      },
    },
  );

  setHandler(
    decideAppeal,
    (d) =>
      app.serial(async () => {
        const appeal = appeals[d.stage]!;
        appeal.status = d.accepted ? 'accepted' : 'rejected';
        appeal.decision = { reason: d.reason, at: iso(Date.now()), actor: d.actor.sub };
        const answer = answers.get(d.stage);
        if (answer?.isOpen) await answer.complete(undefined, d.actor);
        await acts.recordAppeal({ applicationId, seq: app.nextSeq(), stage: d.stage, appeal });
        await app.audit(
          `appeal/${d.stage}/decision`,
          d.accepted ? 'application.appeal-accepted' : 'application.appeal-rejected',
          d.actor,
          d.reason,
          { status: app.status },
          { appeal: appeal.status },
        );
        if (d.accepted) await reverse(d.stage, d);
        await app.mail(`${d.stage}/appeal/decision`, 'appealDecision', {
          ...app.base,
          stage: d.stage,
          accepted: d.accepted,
          reason: d.reason,
        });
        await tellDesk(d.stage, appealResolved, { stage: d.stage, accepted: d.accepted });
        return appeal;
      }),
    {
      validator: (d: { stage: AnnouncementStage }) => {
        if (appeals[d.stage]?.status !== 'pending')
          throw new Error(`no pending appeal for the ${d.stage} stage`);
      },
    },
  );

  /** An accepted appeal reverses the stage's result; a final result is re-ranked by the cycle. */
  async function reverse(stage: AnnouncementStage, d: { reason: string; actor: Actor }) {
    const decision = { actor: d.actor, reason: `appeal accepted: ${d.reason}` };
    if (stage === 'administration' && app.status === 'screened-tms') {
      const screening = { decision: 'MS' as const, reason: d.reason };
      results.screening = screening;
      await app.move(
        'screen-ms',
        (status, seq) => acts.recordScreening({ applicationId, seq, status, screening }),
        {
          ...decision,
          after: { screening },
        },
      );
    } else if (stage === 'skd' && app.status === 'skd-failed') {
      await app.moveTo('skd-pass', decision);
    }
  }

  async function openAnswerTask(stage: AnnouncementStage, answerBy: number) {
    const stepKey = `appeal-answer/${stage}`;
    const { taskId } = await acts.prepareTask({ workflowId: app.wf, stepKey });
    const task = {
      cycleTitle: input.cycleTitle,
      stage,
      applicationRef: applicationId,
      candidateName: input.candidate.name,
      formationTitle: input.formation.title,
      answerBy: iso(answerBy),
      officerName: 'Panitia Seleksi',
    };
    const answer = new Task<void>({
      taskId,
      workflowId: app.wf,
      stepKey,
      assignee: { kind: 'hr', nip: null, name: task.officerName, email: input.hr.email },
      record: {
        process: 'recruitment',
        type: 'appeal-answer',
        subjectName: input.candidate.name,
        applicationId,
        cycleCode: input.cycleCode,
      },
      times: {
        dueAt: answerBy,
        remindBeforeMs: durationMs(windows.appealAnswerReminderBefore),
        escalateAfterMs: 0,
        expiresAtDue: false,
      },
      nextSeq: app.nextSeq,
      hooks: {
        remind: () => app.mail(`${stage}/appeal/hr-reminder`, 'appealAnswerReminder', task, input.hr.email),
        escalate: () =>
          app.mail(
            `${stage}/appeal/hr-escalation`,
            'appealEscalation',
            { ...task, headName: 'Kepala BKPSDM' },
            input.hr.headEmail,
          ),
      },
    });
    answers.set(stage, answer);
    await answer.open();
    app.alongside(answer, answer.run());
  }

  return {
    hasWindow: (stage: AnnouncementStage) => appealWindows.has(stage),
    /** Opens the candidate's appeal window for a stage just announced, and tells them until when. */
    async openWindow(stage: AnnouncementStage, closesAt: string) {
      const window = new HumanStep<void>(`appeal-window/${stage}`, {
        dueAt: Date.parse(closesAt),
        expiresAtDue: true,
      });
      appealWindows.set(stage, window);
      app.alongside(window, window.run());
      await acts.recordDeadline({
        applicationId,
        seq: app.nextSeq(),
        deadline: `appeal-${stage}`,
        at: closesAt,
      });
      await app.mail(`${stage}/appeal-window`, 'appealWindowOpened', { ...app.base, stage, closesAt });
    },
    state: () => ({
      appealWindows: Object.fromEntries([...appealWindows].map(([k, v]) => [k, v.snapshot()])),
      appeals,
    }),
  };
}
