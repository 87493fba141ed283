// Writes a validated import of units and employees (domain/org validateOrgImport: all rows or none) and
// says which employees changed supervisor or position, so that their running appraisals can be told.
import { validateOrgImport, type OrgImportResult } from '../../domain/org/reporting-line';
import type { EmployeeImport, UnitImport } from '../../domain/org/schemas';
import { registryFields } from '../../domain/org/views';
import type { Models } from '../connection';

export interface OrgImportOutcome {
  result: OrgImportResult;
  supervisorChanged: string[];
  positionChanged: { nip: string; position: string }[];
}

export async function importOrg(
  models: Models,
  unitRows: readonly unknown[],
  employeeRows: readonly unknown[],
): Promise<OrgImportOutcome> {
  // The existing registry, read once (a city's staff fits in memory; the check needs the whole line).
  const units = new Map((await models.orgUnits.find({}).lean()).map((u) => [u.code, u]));
  const employees = new Map((await models.employees.find({}).lean()).map((e) => [e.nip, e]));
  const result = validateOrgImport(unitRows, employeeRows, {
    unit: (code) => units.get(code) as Pick<UnitImport, 'code' | 'parentCode'> | undefined,
    employee: (nip) => employees.get(nip) as EmployeeImport | undefined,
  });
  const outcome: OrgImportOutcome = { result, supervisorChanged: [], positionChanged: [] };
  if (!result.ok) return outcome;
  for (const e of result.employees) {
    const before = employees.get(e.nip);
    if (before && (before.supervisorNip ?? null) !== (e.supervisorNip ?? null))
      outcome.supervisorChanged.push(e.nip);
    if (before && before.position !== e.position)
      outcome.positionChanged.push({ nip: e.nip, position: e.position });
  }
  if (result.units.length > 0) {
    await models.orgUnits.bulkWrite(
      result.units.map((u) => ({
        updateOne: {
          filter: { _id: u.code },
          update: {
            $set: {
              code: u.code,
              name: u.name,
              parentCode: u.parentCode ?? null,
              headNip: u.headNip ?? null,
            },
          },
          upsert: true,
          setDefaultsOnInsert: false,
        },
      })),
    );
  }
  if (result.employees.length > 0) {
    await models.employees.bulkWrite(
      result.employees.map((e) => ({
        updateOne: {
          filter: { _id: e.nip },
          update: {
            $set: { ...registryFields(e), active: true, leftReason: null },
          },
          upsert: true,
          setDefaultsOnInsert: false,
        },
      })),
    );
  }
  return outcome;
}
