// The document stage of one application (RULES 1.1, step 10): a passer (or a candidate moved up to fill a
// vacancy) has a window to submit the documents for the NIP (their task, reminded before it closes; a
// missed deadline fails the stage and hands the vacancy on); HR then verifies them (HR's task, reminded
// and escalated); verified documents are appointed when the cycle closes. Workflow code.
import { setHandler } from '@temporalio/workflow';
import { systemActor } from '../../domain/actor';
import type { RecruitmentTaskType } from '../../domain/tasks';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import type { StepTimes } from '../lib/human-step';
import { Task, type TaskHooks } from '../lib/task';
import { iso, type Application } from './application-context';
import {
  appointed,
  documentsOpened,
  documentsResolved,
  submitDocuments,
  verifyDocuments,
  vacancyOpened,
} from './messages';

type Documents = { kind: string; reference: string }[];

export type DocumentStage = ReturnType<typeof handleDocuments>;

export function handleDocuments(app: Application) {
  const { input, applicationId } = app;
  const { windows } = input;
  let submission: Task<Documents> | undefined;
  let verification: Task<void> | undefined;

  setHandler(
    documentsOpened,
    (d) =>
      void app.serial(async () => {
        if (submission) return; // a repeat (a fan-out retried after a crash) changes nothing
        if (app.isOver() || app.status !== 'passed') {
          // The cycle counted this application in: tell it there is nothing to wait for here.
          await app.cycle.signal(documentsResolved, { applicationId, verified: false });
          return;
        }
        await open(Date.parse(d.dueAt), 'documents/window', 'documentWindowOpened');
      }),
  );

  setHandler(
    submitDocuments,
    (d) => {
      // Completed as it is accepted: the deadline may pass while earlier steps in the queue still run.
      const closed = submission!.complete(d.documents, d.actor);
      return app.serial(async () => {
        await closed;
        const at = iso(Date.now());
        if (
          await app.move('submit-documents', (status, seq) =>
            acts.recordDocuments({ applicationId, seq, status, documents: d.documents, at }),
          )
        ) {
          await openVerification();
        }
        return { status: app.status };
      });
    },
    {
      validator: (_d: unknown) => {
        if (!submission?.isOpen) throw new Error('the document window is not open');
      },
    },
  );

  setHandler(
    verifyDocuments,
    (d) =>
      app.serial(async () => {
        const verified = { accepted: d.accepted, reason: d.reason ?? '' };
        const ok = await app.move(
          d.accepted ? 'verify-documents' : 'reject-documents',
          (status, seq) =>
            acts.recordDocumentsVerification({ applicationId, seq, status, verification: verified }),
          { actor: d.actor, reason: d.reason ?? 'documents complete', after: { verification: verified } },
        );
        if (ok) {
          if (verification?.isOpen) await verification.complete(undefined, d.actor);
          await app.mail('documents/verification', 'documentsVerification', {
            ...app.base,
            accepted: d.accepted,
            reason: d.reason,
          });
          if (d.accepted) await app.cycle.signal(documentsResolved, { applicationId, verified: true });
          else await openVacancy('documents rejected');
        }
        return { status: app.status };
      }),
    {
      validator: (_d: unknown) => {
        if (app.status !== 'documents-submitted')
          throw new Error(
            `documents can be verified only after they are submitted; the application is ${app.status}`,
          );
      },
    },
  );

  setHandler(
    appointed,
    () =>
      void app.serial(async () => {
        if (app.status !== 'documents-verified') return;
        if (await app.moveTo('appoint', { actor: systemActor, reason: 'documents verified; cycle closed' })) {
          await app.mail('appointed', 'appointment', { ...app.base, formationTitle: input.formation.title });
        }
      }),
  );

  /** A task of this stage, written to the inbox and run alongside the path. */
  async function task<R>(
    type: RecruitmentTaskType,
    stepKey: string,
    assignee: Task<R>['assignee'],
    times: StepTimes,
    hooks: TaskHooks,
  ) {
    const { taskId } = await acts.prepareTask({ workflowId: app.wf, stepKey });
    return new Task<R>({
      taskId,
      workflowId: app.wf,
      stepKey,
      assignee,
      record: {
        process: 'recruitment',
        type,
        subjectName: input.candidate.name,
        applicationId,
        cycleCode: input.cycleCode,
      },
      times,
      nextSeq: app.nextSeq,
      hooks,
    });
  }

  /** The candidate's document window: their task, reminded before it closes; missing it fails the stage. */
  async function open(dueAt: number, step: string, template: 'documentWindowOpened' | 'replacementOffer') {
    const data = { ...app.base, deadline: iso(dueAt), formationTitle: input.formation.title };
    const docs = await task<Documents>(
      'documents-submission',
      'documents',
      { kind: 'candidate', nip: null, name: input.candidate.name, email: app.email },
      { dueAt, remindBeforeMs: durationMs(windows.documentReminderBefore), expiresAtDue: true },
      {
        announce: () => app.mail(step, template, data),
        remind: () =>
          app.mail('documents/reminder', 'documentReminder', { ...app.base, deadline: iso(dueAt) }),
      },
    );
    submission = docs;
    await acts.recordDeadline({ applicationId, seq: app.nextSeq(), deadline: 'documents', at: iso(dueAt) });
    await docs.open();
    app.alongside(
      docs,
      docs.run().then((outcome) =>
        app.serial(async () => {
          if (outcome.kind !== 'expired' || app.isOver()) return;
          const failed = await app.moveTo('miss-document-deadline', {
            actor: systemActor,
            reason: 'document deadline passed',
          });
          // Only when this application really left the pass list (a refused move leaves it where it is).
          if (!failed) return;
          await openVacancy('document deadline missed');
          await app.mail('documents/deadline-missed', 'documentDeadlineMissed', data);
        }),
      ),
    );
  }

  /** HR's task: verify what was submitted, reminded before its due date and escalated after it. */
  async function openVerification() {
    if (verification) return; // documents submitted again: the same verification waits
    const verifyBy = Date.now() + durationMs(windows.documentVerificationWindow);
    const ref = {
      cycleTitle: input.cycleTitle,
      applicationRef: applicationId,
      candidateName: input.candidate.name,
      formationTitle: input.formation.title,
      verifyBy: iso(verifyBy),
      officerName: 'Panitia Seleksi',
    };
    verification = await task<void>(
      'documents-verification',
      'documents-verification',
      { kind: 'hr', nip: null, name: ref.officerName, email: input.hr.email },
      {
        dueAt: verifyBy,
        remindBeforeMs: durationMs(windows.documentVerificationReminderBefore),
        escalateAfterMs: 0,
        expiresAtDue: false,
      },
      {
        remind: () => app.mail('documents/hr-reminder', 'verificationReminder', ref, input.hr.email),
        escalate: () =>
          app.mail(
            'documents/hr-escalation',
            'verificationEscalation',
            { ...ref, headName: 'Kepala BKPSDM' },
            input.hr.headEmail,
          ),
      },
    );
    await verification.open();
    app.alongside(verification, verification.run());
  }

  /** The vacancy this application leaves goes to the next candidate in rank. */
  async function openVacancy(reason: string) {
    await app.cycle.signal(vacancyOpened, { formationCode: input.formation.code, applicationId, reason });
    await app.cycle.signal(documentsResolved, { applicationId, verified: false });
  }

  return {
    open,
    openVacancy,
    /** Whether this application had a document stage it has not already failed. */
    hadDocuments: () => submission !== undefined && app.status !== 'documents-failed',
    state: () => submission?.step.snapshot(),
  };
}
