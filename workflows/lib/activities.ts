// Activity stubs shared by every workflow, with the retry policy the platform relies on: activities are
// idempotent, so Temporal may retry them with backoff until they succeed.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

export const acts = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});
