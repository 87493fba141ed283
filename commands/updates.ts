// The one mapping of a workflow's answer to an Update onto a refusal: a validator's refusal (a step that is
// not open, a stale or duplicate completion) is a 409 with the workflow's reason; a process that has ended
// is a 409, one that never ran a 404.
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { conflict, notFound } from './errors';

/**
 * Runs an Update (or a signal) on `what` and turns the workflow's refusal into a problem. `existed`: the
 * caller knows the process was started (its record exists), so a workflow not found has ended.
 */
export async function viaUpdate<T>(
  what: string,
  run: () => Promise<T>,
  opts: { existed?: boolean } = {},
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) {
      const cause = err.cause;
      const details = cause instanceof ApplicationFailure ? cause.details?.[0] : undefined;
      throw conflict(cause?.message ?? 'refused', details ? { details } : undefined);
    }
    if (err instanceof WorkflowNotFoundError) {
      throw opts.existed || /completed|closed/i.test(err.message)
        ? conflict(`${what} has already ended`)
        : notFound(`${what} is not running`);
    }
    throw err;
  }
}
