// Who may see or touch an employee's development, read from the organisation registry (never the token):
// the employee, their superiors up to two levels (the team a supervisor leads), and HR. A supervisor's
// team is the people who report to them directly or through one of their direct reports.
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';
import { isSelfOrAbove } from '../appraisal/access';
import { forbidden, notFound } from '../errors';

/** The employee on the registry (404 when unknown), once the caller may see them (403 otherwise). */
export async function requireEmployeeAccess(models: Models, principal: Principal, nip: string) {
  if (principal.role !== 'hr' && !(await isSelfOrAbove(models, principal.nip, nip)))
    throw forbidden("this is someone else's development record");
  const e = await models.employees.findById(nip, { nip: 1, name: 1, unitCode: 1, supervisorNip: 1 }).lean();
  if (!e) throw notFound('no such employee');
  return e;
}

/** The NIPs of the caller's team (direct reports and theirs), without the caller. */
export async function teamOf(models: Models, nip: string): Promise<string[]> {
  const direct = (await models.employees.find({ supervisorNip: nip, active: true }, { nip: 1 }).lean()).map(
    (e) => e.nip,
  );
  const second = direct.length
    ? (await models.employees.find({ supervisorNip: { $in: direct }, active: true }, { nip: 1 }).lean()).map(
        (e) => e.nip,
      )
    : [];
  return [...direct, ...second];
}
