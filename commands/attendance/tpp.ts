// The monthly TPP list of a unit (HR and the unit's head): each employee's eligibility with the reason for
// every deduction (domain/attendance/tpp.ts). The facts: the medium sanctions decided (a case's TPP cut),
// the employee's SKP of the year from the appraisal read model (approved or not), and their appraisal
// tasks overdue during the month (the task inbox). Exportable as XLSX or CSV, streamed.
import type { Principal } from '../../domain/actor';
import type { SanctionInForce } from '../../domain/attendance/discipline';
import { tppLine, tppReasonText, type TppLine } from '../../domain/attendance/tpp';
import type { PreparedFile } from '../recruitment/exports';
import { streamTable } from '../files/table-stream';
import { tableContentTypes, type TableFormat } from '../files/tables';
import { requireUnitHeadOrHr } from './access';
import type { AttendanceDeps } from './deps';

export interface TppRow extends TppLine {
  nip: string;
  name: string;
}

export function tppCommands(deps: AttendanceDeps) {
  const { models } = deps;

  async function tppList(
    principal: Principal,
    unitCode: string,
    month: string,
  ): Promise<{ unitCode: string; month: string; rows: TppRow[] }> {
    await requireUnitHeadOrHr(models, principal, unitCode);
    const year = Number(month.slice(0, 4));
    const start = new Date(`${month}-01T00:00:00+08:00`);
    const [y, m] = [year, Number(month.slice(5, 7))];
    const end = new Date(
      `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01T00:00:00+08:00`,
    );
    const staff = await models.employees
      .find({ unitCode, active: true }, { name: 1 })
      .sort({ _id: 1 })
      .lean();
    const nips = staff.map((e) => e._id);
    const cases = await models.disciplineCases
      .find({ nip: { $in: nips }, status: 'decided' }, { nip: 1, tppCut: 1 })
      .lean();
    const sanctions = new Map<string, SanctionInForce[]>();
    for (const c of cases) {
      const cut = c.tppCut as { percent: number; from: string; to: string } | null;
      if (cut) sanctions.set(c.nip, [...(sanctions.get(c.nip) ?? []), { caseId: c._id, ...cut }]);
    }
    // The employee's SKP of the year (appraisal read model): the latest SKP approved.
    const records = await Promise.all(
      nips.map((n) => models.appraisalRecords.findById(`${year}/${n}`, { skps: 1 }).lean()),
    );
    // Appraisal tasks assigned to them, due before the month's end: overdue in the month if still open
    // then, or closed only after their due date and after the month began.
    const tasks = await models.tasks
      .find(
        { assigneeNip: { $in: nips }, process: 'appraisal', dueAt: { $lt: end } },
        { assigneeNip: 1, dueAt: 1, status: 1, closedAt: 1 },
      )
      .lean();
    const overdue = new Map<string, string[]>();
    for (const t of tasks) {
      const due = new Date(t.dueAt);
      const closed = t.closedAt ? new Date(t.closedAt) : null;
      const late = t.status === 'open' ? true : !!closed && closed > due && closed > start;
      if (late && t.status !== 'cancelled')
        overdue.set(t.assigneeNip!, [...(overdue.get(t.assigneeNip!) ?? []), t._id]);
    }
    const rows = staff.map((e, i) => {
      const skps = (records[i]?.skps as { status?: string }[] | undefined) ?? [];
      return {
        nip: e._id,
        name: e.name,
        ...tppLine(month, {
          sanctions: sanctions.get(e._id) ?? [],
          skpApproved: skps.length > 0 && skps[skps.length - 1]!.status === 'approved',
          overdueTaskIds: overdue.get(e._id) ?? [],
        }),
      };
    });
    return { unitCode, month, rows };
  }

  async function tppFile(
    principal: Principal,
    unitCode: string,
    month: string,
    format: TableFormat,
  ): Promise<PreparedFile> {
    const list = await tppList(principal, unitCode, month);
    async function* rows() {
      for (const r of list.rows)
        yield [
          r.nip,
          r.name,
          r.eligible ? 'ya' : 'tidak',
          r.paidPercent,
          r.reasons.map((x) => tppReasonText(x, 'id')).join('; '),
        ];
    }
    return {
      fileName: `tpp-${unitCode.toLowerCase()}-${month}.${format}`,
      contentType: tableContentTypes[format],
      write: (out) =>
        streamTable(
          format,
          [
            {
              name: `TPP ${month}`,
              headers: ['NIP', 'NAMA', 'LAYAK', 'PERSEN_DIBAYAR', 'ALASAN'],
              rows: rows(),
            },
          ],
          out,
        ),
    };
  }

  return { tppList, tppFile };
}
