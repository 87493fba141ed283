// The candidate's email address when the mail server refuses it for good (a 5xx reply, say 501 for a
// local part over 64 characters): the path goes on without the email, and HR gets one task for the
// application — not one per email — to correct the address (reminded before its due date, escalated to
// the head of HR after it). Every refused email, until the correction, is kept; the correction sets the
// address for the candidate's later emails and resends those under keys of their own. Workflow code.
import { setHandler } from '@temporalio/workflow';
import type { TemplateName } from '../../domain/email/templates';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { Task } from '../lib/task';
import { iso, type Application, type RefusedMail } from './application-context';
import { correctAddress } from './messages';

export function handleAddress(app: Application) {
  const { input, applicationId } = app;
  const { windows } = input;
  const refused: RefusedMail[] = [];
  let corrections = 0;
  let task: Task<string> | undefined;
  /** A task is open or opening: set before its first await, so two refusals at once open one. */
  let waiting = false;

  app.onRefused = async (mail) => {
    // An unconfirmed application is not real yet: its refused confirmation expires it, and nothing is for HR.
    if (app.status === 'unconfirmed') return;
    // A resent email keeps the step it was first sent for: `received/resent-1`, never `…/resent-1/resent-2`.
    refused.push({ ...mail, step: mail.step.replace(/\/resent-\d+$/, '') });
    // Once the path has ended its open steps are cancelled: a task opened then would stay open.
    if (waiting || app.closed || app.status === 'withdrawn') return;
    waiting = true;
    await openTask(mail.reason);
  };

  setHandler(
    correctAddress,
    ({ email, actor }) => {
      // Completed as it is accepted, like every task: an earlier step in the queue may still be running.
      const closed = task!.complete(email, actor);
      return app.serial(async () => {
        await closed;
        waiting = false;
        app.email = email;
        await app.audit(
          `address-correction/${corrections}`,
          'application.correct-address',
          actor,
          'the mail server refused the email address',
          { refusedEmails: refused.length },
          { resentEmails: refused.length },
        );
        const resend = refused.splice(0);
        for (const m of resend)
          await app.mail(`${m.step}/resent-${corrections}`, m.template as TemplateName, m.data as never);
        return { resent: resend.length };
      });
    },
    {
      validator: (_d: unknown) => {
        if (!task?.isOpen) throw new Error('no email address of this application waits for a correction');
      },
    },
  );

  /** HR's task, one at a time: a corrected address that is refused again opens the next. */
  async function openTask(reason: string) {
    const stepKey = `address-correction/${++corrections}`;
    const correctBy = Date.now() + durationMs(windows.documentVerificationWindow);
    const ref = {
      cycleTitle: input.cycleTitle,
      applicationRef: applicationId,
      correctBy: iso(correctBy),
      refusal: reason,
      officerName: 'Panitia Seleksi',
    };
    const { taskId } = await acts.prepareTask({ workflowId: app.wf, stepKey });
    task = new Task<string>({
      taskId,
      workflowId: app.wf,
      stepKey,
      assignee: { kind: 'hr', nip: null, name: ref.officerName, email: input.hr.email },
      record: {
        process: 'recruitment',
        type: 'address-correction',
        subjectName: input.candidate.name,
        applicationId,
        cycleCode: input.cycleCode,
      },
      // HR's window for a candidate's record, as for the verification of their documents.
      times: {
        dueAt: correctBy,
        remindBeforeMs: durationMs(windows.documentVerificationReminderBefore),
        escalateAfterMs: 0,
        expiresAtDue: false,
      },
      nextSeq: app.nextSeq,
      hooks: {
        announce: () => app.mail(`${stepKey}/hr`, 'addressRefused', ref, input.hr.email),
        remind: () =>
          app.mail(`${stepKey}/hr-reminder`, 'addressRefused', { ...ref, reminder: true }, input.hr.email),
        escalate: () =>
          app.mail(
            `${stepKey}/hr-escalation`,
            'addressCorrectionEscalation',
            { ...ref, headName: 'Kepala BKPSDM' },
            input.hr.headEmail,
          ),
      },
    });
    await task.open();
    app.alongside(task, task.run());
  }
}
