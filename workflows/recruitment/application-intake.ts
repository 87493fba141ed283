// Registration (RULES 1.1 step 2): the workflow writes the application's record before anything else, and
// answers the apply command's intake Update once it exists, so that the command's 201 comes after both
// the workflow and its record exist. The application then waits for its confirmation: it becomes real
// only when the candidate opens the link sent to the address they gave (so that nobody can make the city
// mail an address that did not ask for it, and the first applicant of a NIK holds its address); until
// then it counts nowhere, and without it the application expires and its record goes. Workflow code.
import { condition, setHandler } from '@temporalio/workflow';
import { durationMs } from '../../domain/time';
import { acts } from '../lib/activities';
import { iso, type Application } from './application-context';
import { confirmApplication, intake } from './messages';

export async function recordIntake(app: Application): Promise<void> {
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
        if (app.status === 'expired')
          throw new Error('this application expired without confirmation; apply again in a moment');
        if (formationCode !== app.input.formation.code)
          throw new Error('this NIK has already applied to another formation of this cycle');
      },
    },
  );
  // Retried until the database takes it (activities are retried without limit), so the workflow never
  // goes on without its record.
  await acts.recordApplication({ workflowId: app.wf, input: app.input });
  recorded = true;
}

/**
 * The confirmation step, registered before the record is written (a confirmation that arrives that early
 * waits for it): `wait()` sends the link and waits for it; false when the application expired unconfirmed.
 * A confirmation email the mail server refuses for good expires the application at once, since its link
 * can never arrive: the NIK may apply again straight away with an address that works.
 */
export function handleConfirmation(app: Application) {
  const { input, applicationId } = app;
  let confirmBy: number | undefined;
  setHandler(
    confirmApplication,
    async ({ actor }) => {
      await condition(() => confirmBy !== undefined);
      return app.serial(async () => {
        if (app.status === 'unconfirmed') {
          // Numbered only once confirmed, so that an unconfirmed or expired application never takes one.
          const { registrationNumber } = await acts.assignRegistrationNumber({
            applicationId,
            cycleCode: input.cycleCode,
          });
          app.base = { ...app.base, registrationNumber };
          await app.moveTo('confirm', { actor, reason: 'the candidate confirmed their email address' });
          await app.mail('received', 'applicationReceived', {
            ...app.base,
            formationTitle: input.formation.title,
          });
        }
        return { status: app.status };
      });
    },
    {
      validator: (_d: unknown) => {
        if (app.status === 'expired') throw new Error('this application expired unconfirmed; apply again');
      },
    },
  );

  const expire = () =>
    app.serial(async () => {
      if (app.status !== 'unconfirmed') return true; // confirmed just as the window closed
      // Its record goes rather than moving on: the NIK may apply again.
      await app.move('expire', () => acts.discardApplication({ applicationId }));
      return false;
    });

  return {
    async wait(): Promise<boolean> {
      const by = Math.min(
        Date.now() + durationMs(input.windows.confirmationWindow),
        Date.parse(input.registrationClosesAt),
      );
      confirmBy = by;
      const sent = await app.mail('confirmation', 'applicationConfirmation', {
        ...app.base,
        formationTitle: input.formation.title,
        confirmBy: iso(by),
      });
      if (sent.status === 'failed') return expire();
      const confirmed = await condition(() => app.status !== 'unconfirmed', Math.max(1, by - Date.now()));
      return confirmed || expire();
    },
  };
}
