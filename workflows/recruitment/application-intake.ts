// Registration (RULES 1.1 step 2): the workflow writes the application's record before anything else, and
// answers the apply command's intake Update once it exists, so that the command's 201 comes after both
// the workflow and its record exist. Workflow code.
import { condition, setHandler } from '@temporalio/workflow';
import { acts } from '../lib/activities';
import type { Application } from './application-context';
import { intake } from './messages';

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
