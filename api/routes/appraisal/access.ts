// Who may touch an appraisal record, read from the registry: the employee, their supervisors up the
// line (appraiser and appraiser's superior), and the head's superior for a unit. HR passes before these
// run (api/route.ts). Also the mapping of a workflow's refusal to problem+json.
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Models } from '../../../db/connection';
import { conflict, notFound } from '../../problem';

/** The NIPs above `nip` in the reporting line, nearest first (up to `depth`). */
export async function supervisorsOf(models: Models, nip: string, depth = 2): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null | undefined = nip;
  for (let i = 0; i < depth && current; i++) {
    const e: { supervisorNip?: string | null } | null = await models.employees
      .findById(current, { supervisorNip: 1 })
      .lean();
    current = e?.supervisorNip ?? null;
    if (current) chain.push(current);
  }
  return chain;
}

/** The employee themselves or a supervisor up to `depth` levels above (2: appraiser and their superior). */
export async function isSelfOrAbove(models: Models, callerNip: string | undefined, nip: string, depth = 2) {
  if (!callerNip) return false;
  if (callerNip === nip) return true;
  return (await supervisorsOf(models, nip, depth)).includes(callerNip);
}

/**
 * Sends an Update and turns a refusal into 409 with the workflow's reason (a step that is not open, a
 * stale or duplicate completion), and a workflow that is not running into 404 or 409.
 */
export async function viaUpdate<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) {
      const cause = err.cause;
      const details = cause instanceof ApplicationFailure ? cause.details?.[0] : undefined;
      throw conflict(cause?.message ?? 'refused', details ? { details } : undefined);
    }
    if (err instanceof WorkflowNotFoundError) {
      throw /completed|closed/i.test(err.message)
        ? conflict(`${what} is no longer running`)
        : notFound(`${what} is not running`);
    }
    throw err;
  }
}
