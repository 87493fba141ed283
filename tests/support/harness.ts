// One describe-level set-up for workflow tests: a Temporal environment (time-skipping or dev server), a
// database of the file's own, and a worker running the bundled workflows with the real activities.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { Database } from '../../db/connection';
import { realActivities } from './activities';
import { devServerEnv, testDatabase, testWorker, timeSkippingEnv, uniqueTaskQueue } from './servers';

export interface Harness {
  env: TestWorkflowEnvironment;
  db: Database;
  taskQueue: string;
}

type Activities = ReturnType<typeof realActivities>['activities'];

/** `wrap` may stand in front of some activities, e.g. to hold one back while a test arranges a race. */
export function workflowHarness(
  server: 'time-skipping' | 'dev-server',
  name: string,
  wrap: (activities: Activities) => Activities = (a) => a,
): Harness {
  const h = { taskQueue: uniqueTaskQueue(name) } as Harness;
  let worker: Worker;
  let running: Promise<void>;
  let closeMailer: () => void;
  beforeAll(async () => {
    h.env = server === 'time-skipping' ? await timeSkippingEnv() : await devServerEnv();
    h.db = await testDatabase(name);
    const { activities, mailer } = realActivities(h.db, h.env);
    closeMailer = () => mailer.close();
    worker = await testWorker(h.env, { taskQueue: h.taskQueue, activities: wrap(activities) });
    running = worker.run();
  });
  afterAll(async () => {
    worker.shutdown();
    await running;
    closeMailer();
    await h.db.close();
    await h.env.teardown();
  });
  return h;
}
