// The human-step mechanism on the real Temporal dev server: Updates complete a step, a second completion
// is refused by the validator with a reason and changes nothing, and the decision reaches the audit trail.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { Database } from '../../db/connection';
import { auditHistory } from '../../db/audit-chain';
import { realActivities } from '../support/activities';
import { maybeStoreHistory } from '../support/histories';
import { devServerEnv, testDatabase, testWorker, uniqueEmail, uniqueTaskQueue } from '../support/servers';
import { completeStep, deadlineHarness, stepState } from './harness/deadline-harness';

let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
const taskQueue = uniqueTaskQueue('human-step-dev');

beforeAll(async () => {
  env = await devServerEnv();
  db = await testDatabase('human-step-devserver');
  const { activities, mailer } = realActivities(db, env);
  closeMailer = () => mailer.close();
  worker = await testWorker(env, { taskQueue, activities });
  running = worker.run();
});
afterAll(async () => {
  worker.shutdown();
  await running;
  closeMailer();
  await db.close();
  await env.teardown();
});

describe('a human step on the dev server', () => {
  it('refuses an invalid completion with a reason and changes nothing, then completes and records the decision', async () => {
    const workflowId = `deadline-harness-dev-${Date.now()}`;
    const handle = await env.client.workflow.start(deadlineHarness, {
      taskQueue,
      workflowId,
      args: [
        {
          to: uniqueEmail('a'),
          supervisor: uniqueEmail('s'),
          dueAt: Date.now() + 7 * 24 * 3600 * 1000,
          remindBeforeMs: 3 * 24 * 3600 * 1000,
          expiresAtDue: false,
        },
      ],
    });
    const refused = await handle.executeUpdate(completeStep, { args: ['  '] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toBe('a note is required');
    expect(await handle.query(stepState)).toMatchObject({ status: 'open' });
    await expect(handle.executeUpdate(completeStep, { args: ['disetujui'] })).resolves.toBe('disetujui');
    await expect(handle.executeUpdate(completeStep, { args: ['lagi'] })).rejects.toThrow('already completed');
    await expect(handle.result()).resolves.toMatchObject({ kind: 'completed', value: 'disetujui' });
    const audit = await auditHistory(db.models, workflowId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'step.completed', reason: 'disetujui', role: 'supervisor' });
    await maybeStoreHistory(handle, 'deadline-harness-completed');
  });
});
