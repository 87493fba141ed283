// The human-step mechanism on the real Temporal dev server: Updates complete a step, a second completion
// is refused by the validator with a reason and changes nothing, and the decision reaches the audit trail.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { auditHistory } from '../../db/audit-chain';
import { testFields } from '../support/crypto';
import { workflowHarness } from '../support/harness';
import { maybeStoreHistory } from '../support/histories';
import { uniqueEmail } from '../support/servers';
import { completeStep, deadlineHarness, stepState } from './harness/deadline-harness';

const h = workflowHarness('dev-server', 'human-step-dev');

describe('a human step on the dev server', () => {
  it('refuses an invalid completion with a reason and changes nothing, then completes and records the decision', async () => {
    const workflowId = `deadline-harness-dev-${Date.now()}`;
    const handle = await h.env.client.workflow.start(deadlineHarness, {
      taskQueue: h.taskQueue,
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
    const audit = await auditHistory(h.db.models, testFields, workflowId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'step.completed', reason: 'disetujui', role: 'supervisor' });
    await maybeStoreHistory(handle, 'deadline-harness-completed');
  });
});
