// Who may touch an appraisal record, read from the registry: the employee, their supervisors up the
// line (appraiser and appraiser's superior), and the head (or the head's superior) for a unit. HR may
// touch every record. The commands check these before acting, so the API and the pages share one rule.
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';
import { forbidden } from '../errors';

/** HR passes; anyone else only when `mayTouch` says so, or the command is refused with 403. */
export async function requireAccess(
  principal: Principal,
  mayTouch: () => boolean | Promise<boolean>,
): Promise<void> {
  if (principal.role === 'hr') return;
  if (!(await mayTouch())) throw forbidden('this record belongs to someone else');
}

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

/** The employee's appraiser: their direct supervisor. */
export async function isAppraiserOf(models: Models, callerNip: string | undefined, nip: string) {
  return (await supervisorsOf(models, nip, 1))[0] === callerNip;
}

/** The head of the unit. */
export async function isUnitHead(models: Models, callerNip: string | undefined, unitCode: string) {
  return (await models.orgUnits.findById(unitCode, { headNip: 1 }).lean())?.headNip === callerNip;
}

/** The superior of the unit's head, who sets the unit's own result. */
export async function isUnitHeadsSuperior(models: Models, callerNip: string | undefined, unitCode: string) {
  const unit = await models.orgUnits.findById(unitCode, { headNip: 1 }).lean();
  return !!unit?.headNip && (await supervisorsOf(models, unit.headNip, 1))[0] === callerNip;
}
