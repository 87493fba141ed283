// Activity stubs shared by every workflow, with the retry policy the platform relies on: activities are
// idempotent, so Temporal may retry them with backoff until they succeed.
//
// The timeouts bound how long a step stalls when the worker running it dies (SIGKILL, lost machine):
// the server only retries an attempt it has given up on. `acts` are short steps (one record, one email;
// the mailer's own timeouts are shorter still, so a slow SMTP server fails the attempt rather than
// outliving it); `batchActs` walk a whole cycle or year and heartbeat their position, so a dead attempt is
// noticed within the heartbeat timeout and the next one resumes where it stopped.
import { proxyActivities, type RetryPolicy } from '@temporalio/workflow';
import type { Activities } from '../../activities';

const retry: RetryPolicy = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '5 minutes',
};

export const acts = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry });

export const batchActs = proxyActivities<Activities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '30 seconds',
  retry,
});
