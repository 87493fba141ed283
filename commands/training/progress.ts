// The yearly 20 JP: one employee's progress (the employee, their superiors, HR), a supervisor's team, HR's
// whole staff (by unit), the year-end list of those short of it per unit, and its export (CSV or XLSX,
// streamed while the database is read). The database counts (db/models/training-queries.ts).
import type { Writable } from 'node:stream';
import { jpTotals, progressRows, type ProgressRow } from '../../db/models/training-queries';
import type { Principal } from '../../domain/actor';
import { shortfall } from '../../domain/training/jp';
import { forbidden } from '../errors';
import { streamTable, type Cell } from '../files/table-stream';
import type { TableFormat } from '../files/tables';
import { requireEmployeeAccess, teamOf } from './access';
import type { TrainingDeps } from './deps';
import { yearSetting } from './year-config';

const rowView = (r: ProgressRow) => ({
  nip: r.nip,
  name: r.name,
  unitCode: r.unitCode,
  totalJp: r.jp.total,
  classicalJp: r.jp.classical,
  nonClassicalJp: r.jp.nonClassical,
  pendingJp: r.jp.pending,
  missingJp: r.missing,
});
export type ProgressView = ReturnType<typeof rowView>;

export function progressCommands(deps: TrainingDeps) {
  const { models } = deps;

  /** Whom the caller's list covers: HR everyone (or a unit), a supervisor their team, an employee themselves. */
  async function scopeOf(principal: Principal, unitCode?: string) {
    if (principal.role === 'hr') return unitCode ? { units: [unitCode] } : {};
    if (unitCode) throw forbidden('only HR lists a unit');
    const team = principal.role === 'supervisor' ? await teamOf(models, principal.nip!) : [];
    return { nips: [principal.nip!, ...team] };
  }

  async function collect(gen: AsyncGenerator<ProgressRow>, limit: number) {
    const out: ProgressView[] = [];
    for await (const r of gen) {
      if (out.length >= limit) break;
      out.push(rowView(r));
    }
    return out;
  }

  return {
    async progressOf(principal: Principal, year: number, nip: string) {
      const e = await requireEmployeeAccess(models, principal, nip);
      const { rules } = await yearSetting(models, year);
      const jp = (await jpTotals(models, year, [nip])).get(nip)!;
      return {
        year,
        nip,
        name: e.name,
        unitCode: e.unitCode,
        yearlyJp: rules.yearlyJp,
        ...jp,
        missing: shortfall(jp.total, rules),
        met: shortfall(jp.total, rules) === 0,
      };
    },

    /** Progress of everyone the caller may see, by unit then NIP. */
    async listProgress(principal: Principal, year: number, q: { unitCode?: string; limit: number }) {
      const { rules } = await yearSetting(models, year);
      const scope = await scopeOf(principal, q.unitCode);
      return {
        year,
        yearlyJp: rules.yearlyJp,
        employees: await collect(progressRows(models, year, rules, scope), q.limit),
      };
    },

    /** Those short of the yearly minimum, per unit (HR, or a supervisor for their team). */
    async shortfallList(principal: Principal, year: number, q: { unitCode?: string; limit: number }) {
      if (principal.role === 'employee') throw forbidden('the shortfall list is for HR and supervisors');
      const { rules } = await yearSetting(models, year);
      const scope = await scopeOf(principal, q.unitCode);
      const rows = await collect(progressRows(models, year, rules, { ...scope, onlyShort: true }), q.limit);
      const units = new Map<string, { unitCode: string; short: number; employees: ProgressView[] }>();
      for (const r of rows) {
        const u = units.get(r.unitCode) ?? { unitCode: r.unitCode, short: 0, employees: [] };
        u.short += 1;
        u.employees.push(r);
        units.set(r.unitCode, u);
      }
      return { year, yearlyJp: rules.yearlyJp, units: [...units.values()] };
    },

    /** The shortfall list as a file (CSV or XLSX, unit and NIP order), streamed to `out`. */
    async exportShortfall(principal: Principal, year: number, format: TableFormat, out: Writable) {
      if (principal.role !== 'hr') throw forbidden('the export is for HR');
      const { rules } = await yearSetting(models, year);
      const headers = [
        'UNIT',
        'NIP',
        'NAMA',
        'JP_TERVERIFIKASI',
        'JP_KLASIKAL',
        'JP_NONKLASIKAL',
        'KURANG_JP',
      ];
      const row = (r: ProgressRow): Cell[] => [
        r.unitCode,
        r.nip,
        r.name,
        r.jp.total,
        r.jp.classical,
        r.jp.nonClassical,
        r.missing,
      ];
      async function* rows() {
        for await (const r of progressRows(models, year, rules, { onlyShort: true })) yield row(r);
      }
      return streamTable(
        format,
        [{ name: `Kurang ${rules.yearlyJp} JP ${year}`, headers, rows: rows() }],
        out,
      );
    },
  };
}
