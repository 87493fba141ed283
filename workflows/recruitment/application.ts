// One candidate's path through a recruitment cycle (`application/<cycleCode>/<applicantKey>`), in the order
// of RULES 1.1: registered (its record written first and confirmed from the candidate's mailbox, or
// expired, `application-intake.ts`); the results the cycle fans
// out (screening, SKD, the cut to SKB, the final ranking), each announcement opening an appeal window; the
// document stage; appointment; and, at any point, withdrawal; alongside, HR's correction of an email
// address the mail server refused. Each part lives in its own module, registered here in stage order;
// every transition follows the table in domain/recruitment/stages.ts, is recorded in the read model,
// audited when someone decided, and told to the candidate by email.
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import { handleAddress } from './application-address';
import { applicationContext } from './application-context';
import { handleAppeals } from './application-appeals';
import { handleDocuments } from './application-documents';
import { handleConfirmation, recordIntake } from './application-intake';
import { handleResults, type Results } from './application-results';
import { handleWithdrawal } from './application-withdrawal';
import { applicationState, cycleClosed, type ApplicationInput } from './messages';

export async function recruitmentApplication(
  input: ApplicationInput,
): Promise<{ status: ApplicationStatus }> {
  const app = applicationContext(input);
  const results: Results = { finalRevision: 0 };

  const appeals = handleAppeals(app, results);
  handleResults(app, results, appeals);
  const documents = handleDocuments(app);
  handleWithdrawal(app, documents);
  handleAddress(app);
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

  const confirmation = handleConfirmation(app);
  await recordIntake(app);
  if (!(await confirmation.wait())) return { status: app.status };

  await condition(() => app.closed || app.status === 'withdrawn');
  app.cancelOpenSteps('cycle closed');
  await Promise.all(app.background);
  // A step queued while the last ones ran (say, a vacancy offered just as the candidate withdrew, which
  // must be passed on) runs before the workflow ends.
  await condition(() => !app.lock.isLocked() && allHandlersFinished());
  return { status: app.status };
}
