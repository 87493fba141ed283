// The daily exports of the fingerprint machines, as a unit sends them: one row per employee and day,
// columns `NIP`, `TANGGAL` (YYYY-MM-DD or DD/MM/YYYY), `JAM_MASUK`, `JAM_PULANG` (HH:MM or HH.MM, either
// may be empty when the machine saw only one punch); headers matched like the results files' (case,
// spaces and dots do not matter). This turns a read table into rows, every problem named with its line and
// column; whether each NIP belongs to the unit and each date to the year is the command's check.
import { normaliseHeader, type FileIssue } from '../recruitment/result-files';
import { isRealDate } from './calendar';

export interface PunchRow {
  line: number;
  nip: string;
  date: string;
  checkIn: string | null;
  checkOut: string | null;
}

const COLUMNS = {
  nip: ['NIP', 'NIP_PEGAWAI'],
  date: ['TANGGAL', 'TGL', 'DATE'],
  checkIn: ['JAM_MASUK', 'MASUK', 'SCAN_MASUK', 'CHECK_IN'],
  checkOut: ['JAM_PULANG', 'PULANG', 'SCAN_PULANG', 'CHECK_OUT'],
} as const;

export const punchTemplateHeaders = ['NIP', 'NAMA', 'TANGGAL', 'JAM_MASUK', 'JAM_PULANG'];

/** `2026-03-02`, `02/03/2026` or `2/3/2026` (day first, as an Indonesian export writes it). */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  let d: string | undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/.exec(t);
  if (iso) d = `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  if (dmy) d = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return d && isRealDate(d) ? d : undefined;
}

/** `07:45`, `7:45` or `07.45`; a spreadsheet's time of day (`1899-12-30T07:45:00.000Z`) too. */
export function parseTime(text: string): string | undefined {
  const t = text.trim();
  const xl = /^1899-12-3[01]T(\d{2}):(\d{2})/.exec(t);
  const m = xl ?? /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export function mapPunchRows(table: { headers: string[]; rows: { line: number; cells: string[] }[] }): {
  rows: PunchRow[];
  issues: FileIssue[];
} {
  const headers = table.headers.map(normaliseHeader);
  const find = (names: readonly string[]) => headers.findIndex((h) => names.includes(h));
  const col = {
    nip: find(COLUMNS.nip),
    date: find(COLUMNS.date),
    checkIn: find(COLUMNS.checkIn),
    checkOut: find(COLUMNS.checkOut),
  };
  const headerLine = (table.rows[0]?.line ?? 2) - 1;
  const issues: FileIssue[] = [];
  for (const [field, index] of Object.entries(col))
    if (index < 0)
      issues.push({
        line: headerLine,
        message: `the file has no ${COLUMNS[field as keyof typeof COLUMNS][0]} column`,
      });
  if (issues.length) return { rows: [], issues };

  const seen = new Map<string, number>();
  const rows: PunchRow[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (cells[i] ?? '').trim();
    const rowIssues: FileIssue[] = [];
    const at = (i: number, message: string) => rowIssues.push({ line, column: table.headers[i], message });
    const nip = cell(col.nip);
    if (!/^\d{18}$/.test(nip)) at(col.nip, nip ? 'the NIP must be 18 digits' : 'the NIP is missing');
    const date = parseDate(cell(col.date));
    if (!date)
      at(col.date, cell(col.date) ? `"${cell(col.date).slice(0, 20)}" is not a date` : 'the date is missing');
    const time = (i: number) => {
      const text = cell(i);
      if (!text) return null;
      const v = parseTime(text);
      if (!v) at(i, `"${text.slice(0, 20)}" is not a time HH:MM`);
      return v ?? null;
    };
    const checkIn = time(col.checkIn);
    const checkOut = time(col.checkOut);
    if (!cell(col.checkIn) && !cell(col.checkOut))
      at(col.checkIn, 'the row has neither a check-in nor a check-out');
    if (checkIn && checkOut && checkOut < checkIn) at(col.checkOut, 'the check-out is before the check-in');
    if (date && /^\d{18}$/.test(nip)) {
      const key = `${nip}/${date}`;
      const first = seen.get(key);
      if (first !== undefined)
        rowIssues.push({ line, message: `the same employee and day as on line ${first}` });
      else seen.set(key, line);
    }
    issues.push(...rowIssues);
    if (rowIssues.length === 0) rows.push({ line, nip, date: date!, checkIn, checkOut });
  }
  return { rows, issues };
}
