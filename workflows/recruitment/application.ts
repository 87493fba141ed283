// One candidate's path through a recruitment cycle (`application/<cycleCode>/<applicantKey>`), in the order
// of RULES 1.1: registered (the workflow writes the application's record first, and the apply command
// waits for that through the intake Update it was started with, so that neither exists without the
// other); the results the cycle fans out (screening, SKD, the cut to SKB, the final
// ranking), each announcement opening an appeal window; the document stage; appointment; and, at any
// point, withdrawal. Each part lives in its own module, registered here in stage order; every transition
// follows the table in domain/recruitment/stages.ts, is recorded in the read model, audited when someone
// decided, and told to the candidate by email.
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { applicationContext } from './application-context';
import { handleAppeals } from './application-appeals';
import { handleDocuments } from './application-documents';
import { handleResults, type Results } from './application-results';
import { handleWithdrawal } from './application-withdrawal';
import { acts } from '../lib/activities';
import { applicationState, cycleClosed, intake, type ApplicationInput } from './messages';

export async function recruitmentApplication(
  input: ApplicationInput,
): Promise<{ status: ApplicationStatus }> {
  const app = applicationContext(input);
  const results: Results = { finalRevision: 0 };

  const appeals = handleAppeals(app, results);
  handleResults(app, results, appeals);
  const documents = handleDocuments(app);
  handleWithdrawal(app, documents);
  setHandler(cycleClosed, () => {
    app.closed = true;
  });
  setHandler(applicationState, () => ({
    applicationId: input.applicationId,
    status: app.status,
    seq: app.seq,
    ...appeals.state(),
    documents: documents.state(),
  }));

  let recorded = false;
  let intakes = 0;
  setHandler(
    intake,
    async () => {
      await condition(() => recorded);
      return { first: intakes++ === 0 };
    },
    {
      validator: ({ formationCode }) => {
        if (formationCode !== input.formation.code)
          throw new Error('this NIK has already applied to another formation of this cycle');
      },
    },
  );
  // Retried until the database takes it (activities are retried without limit), so a workflow never
  // runs without its record.
  await acts.recordApplication({ workflowId: app.wf, input });
  recorded = true;

  await app.mail('received', 'applicationReceived', { ...app.base, formationTitle: input.formation.title });

  await condition(() => app.closed || app.status === 'withdrawn');
  app.cancelOpenSteps('cycle closed');
  await Promise.all(app.background);
  // A step queued while the last ones ran (say, a vacancy offered just as the candidate withdrew, which
  // must be passed on) runs before the workflow ends.
  await condition(() => !app.lock.isLocked() && allHandlersFinished());
  return { status: app.status };
}
