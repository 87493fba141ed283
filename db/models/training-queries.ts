// What competency development counts, and the database counts it: each employee's verified JP of a year
// (one $group over the year's records for a batch of NIPs), the employees short of the yearly minimum in
// NIP order per unit (a cursor over the registry, batch by batch, so that a city of any size streams), and
// the count of those short per unit. Shared by the activities (the mid-year reminder, the year's end) and
// the commands (progress, the shortfall list and its export).
import type { Models } from '../connection';
import { jpTotal, shortfall, type JpEntry, type JpTotal } from '../../domain/training/jp';
import type { TrainingKind, TrainingRules } from '../../domain/training/rule-sets';

/** Each NIP's JP of `year` (verified by kind, and pending), computed by the database. */
export async function jpTotals(models: Models, year: number, nips: string[]): Promise<Map<string, JpTotal>> {
  const rows = await models.trainingRecords.aggregate<{
    _id: { nip: string; kind: TrainingKind; status: JpEntry['status'] };
    jp: number;
  }>([
    { $match: { year, nip: { $in: nips }, status: { $in: ['verified', 'pending'] } } },
    { $group: { _id: { nip: '$nip', kind: '$kind', status: '$status' }, jp: { $sum: '$jp' } } },
  ]);
  const entries = new Map<string, JpEntry[]>(nips.map((n) => [n, []]));
  for (const r of rows) entries.get(r._id.nip)?.push({ kind: r._id.kind, status: r._id.status, jp: r.jp });
  return new Map([...entries].map(([nip, e]) => [nip, jpTotal(e)]));
}

export interface ProgressRow {
  nip: string;
  name: string;
  unitCode: string;
  jp: JpTotal;
  missing: number;
}

export interface StaffScope {
  /** Only these units (a year's scope, HR's filter). */
  units?: string[];
  /** Only these NIPs (a supervisor's team). */
  nips?: string[];
}

const BATCH = 500;

/**
 * Every active employee in scope with their JP of the year, ordered by unit then NIP, a batch at a time
 * (`onlyShort`: those short of the minimum). `byNip`: in NIP order only, to resume after `after` (a NIP).
 */
export async function* progressRows(
  models: Models,
  year: number,
  rules: TrainingRules,
  scope: StaffScope & { onlyShort?: boolean; after?: string; byNip?: boolean } = {},
): AsyncGenerator<ProgressRow> {
  const filter: Record<string, unknown> = { active: true };
  if (scope.units) filter.unitCode = { $in: scope.units };
  if (scope.nips) filter.nip = { $in: scope.nips };
  if (scope.after) filter.nip = { ...(filter.nip as object), $gt: scope.after };
  const cursor = models.employees
    .find(filter, { nip: 1, name: 1, unitCode: 1 })
    .sort(scope.byNip ? { nip: 1 } : { unitCode: 1, nip: 1 })
    .lean()
    .cursor({ batchSize: BATCH });
  let batch: { nip: string; name: string; unitCode: string }[] = [];
  async function* flush() {
    const totals = await jpTotals(
      models,
      year,
      batch.map((e) => e.nip),
    );
    for (const e of batch) {
      const jp = totals.get(e.nip)!;
      const missing = shortfall(jp.total, rules);
      if (!scope.onlyShort || missing > 0) yield { ...e, jp, missing };
    }
    batch = [];
  }
  for await (const e of cursor) {
    batch.push(e);
    if (batch.length >= BATCH) yield* flush();
  }
  if (batch.length) yield* flush();
}

/** Per unit: the employees in scope and how many of them are short of the yearly minimum. */
export async function shortByUnit(models: Models, year: number, rules: TrainingRules, units?: string[]) {
  const byUnit = new Map<string, { unitCode: string; employees: number; short: number }>();
  for await (const r of progressRows(models, year, rules, { units })) {
    const u = byUnit.get(r.unitCode) ?? { unitCode: r.unitCode, employees: 0, short: 0 };
    u.employees += 1;
    if (r.missing > 0) u.short += 1;
    byUnit.set(r.unitCode, u);
  }
  return [...byUnit.values()];
}
