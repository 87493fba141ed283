// The retention of a closed cycle (`recruitment-cycle/<code>/retention/<mode>`): one batch activity that
// walks the cycle's records and heartbeats its position, so a crash resumes where it stopped, and a
// repeated request joins this run (or reads its result) instead of starting another.
import type { RetentionInput, RetentionResult } from '../../activities/recruitment/retention';
import { workflowInfo } from '@temporalio/workflow';
import { batchActs } from '../lib/activities';

export async function cycleRetention(input: Omit<RetentionInput, 'workflowId'>): Promise<RetentionResult> {
  return batchActs.applyCycleRetention({ ...input, workflowId: workflowInfo().workflowId });
}
