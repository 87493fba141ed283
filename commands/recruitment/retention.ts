// Retention of a closed cycle's unsuccessful candidates' personal data: HR asks, after the configured
// period (RECRUITMENT_RETENTION from the cycle's closing); the work runs in its own workflow, one per cycle
// and mode, so a crash resumes it and a repeated request joins it or reads its result.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Actor } from '../../domain/actor';
import {
  defaultRecruitmentRetention,
  retentionDueAt,
  type RetentionRequest,
} from '../../domain/recruitment/retention';
import { retentionWorkflowId } from '../../domain/workflow-ids';
import type { RetentionResult } from '../../activities/recruitment/retention';
import { conflict } from '../errors';
import { records, type RecruitmentDeps } from './context';

export function retentionCommands(deps: RecruitmentDeps) {
  const { client } = deps;
  const { cycleOrThrow } = records(deps);
  const clock = deps.clock ?? (() => new Date());
  const period = deps.retention ?? defaultRecruitmentRetention;

  return {
    async applyRetention(code: string, body: RetentionRequest, actor: Actor): Promise<RetentionResult> {
      const cycle = await cycleOrThrow(code);
      if (cycle.phase !== 'closed')
        throw conflict(
          `cycle ${code} is in phase ${cycle.phase}: retention may run ${period} after it has closed`,
        );
      // A cycle closed before the closing time was recorded: its record's last write was the closing.
      const closedAt = cycle.closedAt ?? (cycle as { updatedAt?: Date }).updatedAt ?? new Date(0);
      const due = retentionDueAt(closedAt, period);
      if (clock() < due)
        throw conflict(
          `cycle ${code} closed at ${closedAt.toISOString()}: retention may run from ${due.toISOString()} (RECRUITMENT_RETENTION ${period})`,
          { retentionFrom: due.toISOString() },
        );
      const workflowId = retentionWorkflowId(code, body.mode);
      try {
        const handle = await client.workflow.start('cycleRetention', {
          taskQueue: deps.taskQueue,
          workflowId,
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          args: [{ code, mode: body.mode, reason: body.reason, actor }],
        });
        return (await handle.result()) as RetentionResult;
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        // Run before (and ended): its result stands.
        return (await client.workflow.getHandle(workflowId).result()) as RetentionResult;
      }
    },
  };
}
