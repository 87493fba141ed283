// The organisation registry: bulk import of units and employees (validated as a whole: any bad row is a
// 400 naming every bad row, nothing imported), an employee's record (they and eight levels above), and a
// departure. Changes reach the running appraisals (running-appraisals.ts).
import { importOrg } from '../../db/models/org-import';
import type { Principal } from '../../domain/actor';
import type { OrgImportIssue } from '../../domain/org/reporting-line';
import { registryFields, type EmployeeView, type OrgImportSummary } from '../../domain/org/views';
import type { AppraisalDeps } from '../appraisal/deps';
import { isSelfOrAbove, requireAccess } from '../appraisal/access';
import { badRequest, notFound } from '../errors';
import { runningAppraisals } from './running-appraisals';

const issuesToErrors = (issues: OrgImportIssue[]) =>
  issues.map((i) => ({ path: `body.${i.sheet}.${i.index}.${i.field}`, message: i.reason }));

export function orgCommands(deps: AppraisalDeps) {
  const { models } = deps;
  const appraisals = runningAppraisals(deps);

  /** Imports units and employees together (either may be empty) and tells the running appraisals. */
  async function importRegistry(
    _principal: Principal,
    input: { units: unknown[]; employees: unknown[] },
  ): Promise<OrgImportSummary> {
    const outcome = await importOrg(models, input.units, input.employees);
    if (!outcome.result.ok) {
      throw badRequest(
        `the import has ${new Set(outcome.result.errors.map((e) => `${e.sheet}/${e.index}`)).size} bad rows; nothing was imported`,
        issuesToErrors(outcome.result.errors),
      );
    }
    await appraisals.tellOfChanges(outcome);
    return {
      imported: { units: outcome.result.units.length, employees: outcome.result.employees.length },
      warnings: outcome.result.warnings,
      supervisorChanged: outcome.supervisorChanged.length,
      positionChanged: outcome.positionChanged.length,
    };
  }

  /** One employee of the registry, for HR, the employee and their supervisors. */
  async function employee(principal: Principal, input: { nip: string }): Promise<EmployeeView> {
    await requireAccess(principal, () => isSelfOrAbove(models, principal.nip, input.nip, 8));
    const e = await models.employees.findById(input.nip).lean();
    if (!e) throw notFound('no such employee');
    return { ...registryFields(e), active: e.active };
  }

  /** The employee leaves: marked inactive with the reason, and their running appraisals end. */
  async function recordDeparture(principal: Principal, input: { nip: string; reason: string }) {
    const e = await models.employees.findById(input.nip).lean();
    if (!e) throw notFound('no such employee');
    await models.employees.updateOne(
      { _id: input.nip },
      { $set: { active: false, leftReason: input.reason } },
    );
    const ended = await appraisals.endAppraisals(input.nip, input.reason, { sub: principal.sub, role: 'hr' });
    return { appraisalsEnded: ended };
  }

  return { importRegistry, employee, recordDeparture };
}
