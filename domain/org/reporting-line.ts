// Who appraises whom (RULES 2.1): the direct supervisor, or the Wali Kota for a head of agency (JPT), and
// the appraiser's own superior, who decides objections. Also the check of a bulk import of units and
// employees as a whole, since a reporting line is only sound when every row is read together.
// The directory is a lookup function so that an activity can back it with the database.
import type { z } from 'zod';
import { appraisalRuleSets, defaultAppraisalRuleSetId, type AppraisalRules } from '../appraisal/rule-sets';
import { employeeImportSchema, unitImportSchema, type EmployeeImport, type UnitImport } from './schemas';

/** The fields of an employee record the reporting line needs. */
export type ReportingLineEntry = Pick<EmployeeImport, 'nip' | 'name' | 'level' | 'supervisorNip'>;
export type Directory<E extends ReportingLineEntry = EmployeeImport> = (nip: string) => E | undefined;

/** The city head appraises heads of agencies, who have no supervisor among the city's employees. */
export const headOfRegion = { kind: 'head-of-region', name: 'Wali Kota Kupang' } as const;
export type HeadOfRegion = typeof headOfRegion;
export type Appraiser<E extends ReportingLineEntry = EmployeeImport> =
  { kind: 'employee'; employee: E } | HeadOfRegion;

/** A reporting line that cannot be resolved. The NIP is a property, kept out of the message (personal data). */
export class ReportingLineError extends Error {
  constructor(
    message: string,
    readonly nip: string,
  ) {
    super(message);
    this.name = 'ReportingLineError';
  }
}

export function directoryOf<E extends ReportingLineEntry>(employees: readonly E[]): Directory<E> {
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  return (nip) => byNip.get(nip);
}

/** The pejabat penilai kinerja: the direct supervisor, or the Wali Kota for a JPT without one. */
export function appraiserOf<E extends ReportingLineEntry>(
  nip: string,
  directory: Directory<E>,
): Appraiser<E> {
  const employee = directory(nip);
  if (!employee) throw new ReportingLineError('unknown employee', nip);
  if (employee.supervisorNip) {
    const supervisor = directory(employee.supervisorNip);
    if (!supervisor) throw new ReportingLineError('missing supervisor: not in the directory', nip);
    return { kind: 'employee', employee: supervisor };
  }
  if (employee.level === 'jpt') return headOfRegion;
  throw new ReportingLineError('missing supervisor: only a JPT may have none', nip);
}

/**
 * The atasan pejabat penilai, who decides an objection: the appraiser's own appraiser. When the appraiser is
 * the Wali Kota there is no one above within the city, so the Wali Kota decides the objection too.
 */
export function appraisersSuperiorOf<E extends ReportingLineEntry>(
  nip: string,
  directory: Directory<E>,
): Appraiser<E> {
  const appraiser = appraiserOf(nip, directory);
  return appraiser.kind === 'head-of-region' ? headOfRegion : appraiserOf(appraiser.employee.nip, directory);
}

export interface OrgImportIssue {
  sheet: 'units' | 'employees';
  /** Index of the row in its list, from 0. */
  index: number;
  field: string;
  reason: string;
}

/** Records already in the registry; an imported row with the same code or NIP replaces its record. */
export interface ExistingOrg {
  unit?: (code: string) => Pick<UnitImport, 'code' | 'parentCode'> | undefined;
  employee?: Directory<Pick<EmployeeImport, 'nip' | 'name' | 'level' | 'supervisorNip' | 'unitCode'>>;
}

export type OrgImportResult =
  | { ok: true; units: UnitImport[]; employees: EmployeeImport[]; warnings: OrgImportIssue[] }
  | { ok: false; errors: OrgImportIssue[]; warnings: OrgImportIssue[] };

/**
 * Checks an import of units and employees as a whole and returns every bad row: schema errors, duplicate
 * codes and NIPs (every row sharing one), unknown units and parents, a supervisor that is neither imported
 * nor existing, reporting-line and unit cycles (every imported row in the cycle), unit heads who are not
 * employees of their unit, and employees other than JPT without a supervisor. An appraiser below the
 * rule set's appraiser levels (pengawas) is a warning only.
 */
export function validateOrgImport(
  unitRows: readonly unknown[],
  employeeRows: readonly unknown[],
  existing: ExistingOrg = {},
  rules: Pick<AppraisalRules, 'appraiserLevels'> = appraisalRuleSets[defaultAppraisalRuleSetId],
): OrgImportResult {
  const errors: OrgImportIssue[] = [];
  const warnings: OrgImportIssue[] = [];
  const units = parseRows('units', unitRows, unitImportSchema, errors);
  const employees = parseRows('employees', employeeRows, employeeImportSchema, errors);
  const unitIssue = (index: number, field: string, reason: string) =>
    errors.push({ sheet: 'units', index, field, reason });
  const employeeIssue = (index: number, field: string, reason: string) =>
    errors.push({ sheet: 'employees', index, field, reason });

  const unitRowsByCode = groupBy(units, (u) => u.row.code);
  const employeeRowsByNip = groupBy(employees, (e) => e.row.nip);
  reportDuplicates(unitRowsByCode, 'code', unitIssue);
  reportDuplicates(employeeRowsByNip, 'nip', employeeIssue);

  const unitOf = (code: string) => unitRowsByCode.get(code)?.[0].row ?? existing.unit?.(code);
  const employeeOf = (nip: string) => employeeRowsByNip.get(nip)?.[0].row ?? existing.employee?.(nip);
  // A row refused by its schema is already reported: references to it are not reported again.
  const refusedCodes = keysOfRefused(unitRows, units, 'code');
  const refusedNips = keysOfRefused(employeeRows, employees, 'nip');
  const unitKnown = (code: string) => !!unitOf(code) || refusedCodes.has(code);

  for (const { index, row } of units) {
    if (row.parentCode && !unitKnown(row.parentCode)) {
      unitIssue(index, 'parentCode', `unknown parent ${row.parentCode}`);
    }
    const head = row.headNip ? employeeOf(row.headNip) : undefined;
    if (row.headNip && !head && !refusedNips.has(row.headNip)) {
      unitIssue(index, 'headNip', `unit head ${row.headNip} is not an employee`);
    } else if (head && head.unitCode !== row.code) {
      unitIssue(
        index,
        'headNip',
        `unit head ${head.nip} is an employee of ${head.unitCode}, not of ${row.code}`,
      );
    }
  }
  reportCycles(
    'unit cycle',
    unitRowsByCode,
    (code) => unitOf(code)?.parentCode,
    (index, reason) => unitIssue(index, 'parentCode', reason),
  );

  for (const { index, row } of employees) {
    if (!unitKnown(row.unitCode)) employeeIssue(index, 'unitCode', `unknown unit ${row.unitCode}`);
    const { supervisorNip } = row;
    const supervisor = supervisorNip ? employeeOf(supervisorNip) : undefined;
    if (!supervisorNip && row.level !== 'jpt') {
      employeeIssue(index, 'supervisorNip', 'missing supervisor: only a JPT (head of agency) may have none');
    } else if (supervisorNip && !supervisor && !refusedNips.has(supervisorNip)) {
      employeeIssue(
        index,
        'supervisorNip',
        `missing supervisor ${supervisorNip}: neither imported nor existing`,
      );
    } else if (supervisor && !rules.appraiserLevels.includes(supervisor.level)) {
      const reason = `appraiser ${supervisorNip} is at level ${supervisor.level}, not ${rules.appraiserLevels.join(', ')}`;
      warnings.push({ sheet: 'employees', index, field: 'supervisorNip', reason });
    }
  }
  reportCycles(
    'reporting-line cycle',
    employeeRowsByNip,
    (nip) => employeeOf(nip)?.supervisorNip,
    (index, reason) => employeeIssue(index, 'supervisorNip', reason),
  );

  if (errors.length > 0) return { ok: false, errors: sortIssues(errors), warnings };
  return { ok: true, units: units.map((u) => u.row), employees: employees.map((e) => e.row), warnings };
}

interface Parsed<T> {
  index: number;
  row: T;
}

function parseRows<T>(
  sheet: OrgImportIssue['sheet'],
  rows: readonly unknown[],
  schema: z.ZodType<T>,
  errors: OrgImportIssue[],
): Parsed<T>[] {
  return rows.flatMap((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) return [{ index, row: result.data }];
    for (const issue of result.error.issues) {
      const at = issue.path.map(String);
      // An unknown field is named like any other (employees.0.hobby: unknown field), as recruitment does.
      const fields =
        issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...at, k].join('.')) : [at.join('.')];
      for (const field of fields)
        errors.push({
          sheet,
          index,
          field: field || '(row)',
          reason: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
        });
    }
    return [];
  });
}

function keysOfRefused<T>(rows: readonly unknown[], parsed: Parsed<T>[], key: string): Set<string> {
  const accepted = new Set(parsed.map((p) => p.index));
  const keys = rows
    .filter((row, index) => !accepted.has(index) && typeof row === 'object' && row !== null)
    .map((row) => (row as Record<string, unknown>)[key]);
  return new Set(keys.filter((k): k is string => typeof k === 'string'));
}

function groupBy<T>(rows: Parsed<T>[], key: (p: Parsed<T>) => string): Map<string, Parsed<T>[]> {
  const groups = new Map<string, Parsed<T>[]>();
  for (const p of rows) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return groups;
}

function reportDuplicates<T>(
  groups: Map<string, Parsed<T>[]>,
  field: string,
  report: (index: number, field: string, reason: string) => void,
): void {
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const rows = group.map((p) => p.index).join(', ');
    for (const { index } of group) report(index, field, `duplicate ${field} ${key} (rows ${rows})`);
  }
}

/** Reports every imported row of every cycle, naming the keys around the cycle (A → B → A). */
function reportCycles<T>(
  label: string,
  rowsByKey: Map<string, Parsed<T>[]>,
  next: (key: string) => string | null | undefined,
  report: (index: number, reason: string) => void,
): void {
  for (const cycle of findCycles([...rowsByKey.keys()], next)) {
    const reason = `${label}: ${[...cycle, cycle[0]].join(' → ')}`;
    for (const key of cycle) for (const { index } of rowsByKey.get(key) ?? []) report(index, reason);
  }
}

/**
 * The cycles reachable from `starts` in a graph where every node has at most one successor (a supervisor,
 * a parent unit), each once, in the order of the edges.
 */
function findCycles(starts: string[], next: (key: string) => string | null | undefined): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of starts) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | null | undefined = start;
    while (node && !done.has(node)) {
      if (onPath.has(node)) {
        cycles.push(path.slice(onPath.get(node)));
        break;
      }
      onPath.set(node, path.length);
      path.push(node);
      node = next(node);
    }
    for (const visited of path) done.add(visited);
  }
  return cycles;
}

/** Units first, then employees, each by row; issues of one row keep the order they were found in. */
function sortIssues(issues: OrgImportIssue[]): OrgImportIssue[] {
  const sheetOrder = { units: 0, employees: 1 };
  return [...issues].sort((a, b) => sheetOrder[a.sheet] - sheetOrder[b.sheet] || a.index - b.index);
}
