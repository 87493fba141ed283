// Who may see which attendance: the employee their own, their supervisors up the line their team's, the
// head of a unit the unit's day, HR everything (RULES 3.1, DESIGN "Errors and safety"). Read from the
// registry, never from the token. The commands check these, so the API and the pages share one rule.
import type { Models } from '../../db/connection';
import type { Principal } from '../../domain/actor';
import { isSelfOrAbove, isUnitHead } from '../appraisal/access';
import { forbidden, notFound } from '../errors';

/** How far up the line a supervisor sees a member of their team. */
const TEAM_DEPTH = 3;

export async function employeeOrThrow(models: Models, nip: string) {
  const e = await models.employees
    .findById(nip, { name: 1, unitCode: 1, supervisorNip: 1, active: 1 })
    .lean();
  if (!e) throw notFound('no such employee');
  return e;
}

/** The employee, a supervisor above them, or HR. */
export async function requireSelfOrAbove(models: Models, principal: Principal, nip: string) {
  if (principal.role === 'hr') return;
  if (!(await isSelfOrAbove(models, principal.nip, nip, TEAM_DEPTH)))
    throw forbidden("this employee's attendance belongs to someone else");
}

/** The head of the unit, or HR. */
export async function requireUnitHeadOrHr(models: Models, principal: Principal, unitCode: string) {
  if (!(await models.orgUnits.exists({ _id: unitCode }))) throw notFound('no such unit');
  if (principal.role === 'hr') return;
  if (!(await isUnitHead(models, principal.nip, unitCode)))
    throw forbidden("only the unit's head and HR see the unit's attendance");
}

/** The NIPs of the caller's team: the staff reporting to them, and to those, down to TEAM_DEPTH. */
export async function teamOf(models: Models, nip: string): Promise<string[]> {
  const team: string[] = [];
  let level = [nip];
  for (let i = 0; i < TEAM_DEPTH && level.length; i++) {
    const below = await models.employees.find({ supervisorNip: { $in: level } }, { _id: 1 }).lean();
    level = below.map((e) => e._id);
    team.push(...level);
  }
  return team;
}
