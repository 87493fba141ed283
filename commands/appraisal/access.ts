// Who may touch an appraisal record, read from the registry: the employee, their supervisors up the
// line (appraiser and appraiser's superior), and the head's superior for a unit. HR passes before these
// run (api/route.ts).
import type { Models } from '../../db/connection';

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
