// HR's import of development records from a spreadsheet (CSV or XLSX, read by commands/files/tables.ts):
// one row per record, columns named in Indonesian (`NIP`, `JENIS`, `JUDUL`, `PENYELENGGARA`,
// `TANGGAL_MULAI`, `TANGGAL_SELESAI`, and `JP` or `MENIT`). This turns the read table into record inputs,
// every problem named with its line and column; whether each NIP is on the registry is the command's
// check. A file is applied as a whole or not at all.
import { normaliseHeader, parseScore } from '../recruitment/result-files';
import { trainingKinds, trainingKindValues, type TrainingKind } from './rule-sets';
import { trainingRecordInputSchema, type TrainingRecordInput } from './schemas';

export interface ImportIssue {
  line: number;
  column?: string;
  message: string;
}

export interface ImportRow {
  line: number;
  record: TrainingRecordInput & { nip: string };
}

const COLUMNS = {
  nip: ['NIP'],
  kind: ['JENIS', 'JENIS_PENGEMBANGAN', 'KIND'],
  title: ['JUDUL', 'NAMA_KEGIATAN', 'TITLE'],
  provider: ['PENYELENGGARA', 'PROVIDER'],
  startDate: ['TANGGAL_MULAI', 'MULAI', 'START_DATE'],
  endDate: ['TANGGAL_SELESAI', 'SELESAI', 'END_DATE'],
  jp: ['JP', 'JAM_PELAJARAN'],
  minutes: ['MENIT', 'MINUTES'],
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: Field[] = ['nip', 'kind', 'title', 'provider', 'startDate', 'endDate'];

/** The header row of the import template. */
export const importTemplateHeaders = [
  'NIP',
  'JENIS',
  'JUDUL',
  'PENYELENGGARA',
  'TANGGAL_MULAI',
  'TANGGAL_SELESAI',
  'JP',
];

/** A kind as a person writes it: its code (`e-learning`) or its Indonesian label (`Seminar`). */
export function kindOf(text: string): TrainingKind | undefined {
  const t = text.trim().toLowerCase();
  return trainingKindValues.find((k) => k === t || trainingKinds[k].label.id.toLowerCase() === t);
}

/** `2026-03-02`, `02/03/2026` (day first, as written in Indonesia) or an XLSX date (ISO instant). */
export function dateOf(text: string): string {
  const t = text.trim();
  const iso = /^(\d{4}-\d\d-\d\d)(T.*)?$/.exec(t);
  if (iso) return iso[1]!;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return t;
}

export function mapImportRows(table: { headers: string[]; rows: { line: number; cells: string[] }[] }): {
  rows: ImportRow[];
  issues: ImportIssue[];
} {
  const headers = table.headers.map(normaliseHeader);
  const col = new Map<Field, number>();
  for (const f of Object.keys(COLUMNS) as Field[]) {
    const i = headers.findIndex((h) => (COLUMNS[f] as readonly string[]).includes(h));
    if (i >= 0) col.set(f, i);
  }
  const headerLine = (table.rows[0]?.line ?? 2) - 1;
  const issues: ImportIssue[] = [];
  for (const f of REQUIRED)
    if (!col.has(f)) issues.push({ line: headerLine, message: `the file has no ${COLUMNS[f][0]} column` });
  if (!col.has('jp') && !col.has('minutes'))
    issues.push({ line: headerLine, message: 'the file needs a JP or a MENIT column' });
  if (issues.length) return { rows: [], issues };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (f: Field) => {
      const i = col.get(f);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const header = (f: Field) => table.headers[col.get(f)!];
    const rowIssues: ImportIssue[] = [];
    const kind = kindOf(cell('kind'));
    if (!kind)
      rowIssues.push({
        line,
        column: header('kind'),
        message: `"${cell('kind').slice(0, 30)}" is not a kind (${trainingKindValues.join(', ')})`,
      });
    const number = (f: 'jp' | 'minutes') => {
      const text = cell(f);
      if (!text) return undefined;
      const n = parseScore(text);
      if (n === undefined)
        rowIssues.push({ line, column: header(f), message: `"${text.slice(0, 20)}" is not a number` });
      return n;
    };
    const jp = number('jp');
    const minutes = jp === undefined ? number('minutes') : undefined;
    const candidate = {
      nip: cell('nip'),
      kind,
      title: cell('title'),
      provider: cell('provider'),
      startDate: dateOf(cell('startDate')),
      endDate: dateOf(cell('endDate')),
      ...(jp !== undefined ? { jp } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
    };
    const badNumber = rowIssues.length > 0;
    const parsed = trainingRecordInputSchema.safeParse(candidate);
    if (!parsed.success && kind)
      for (const i of parsed.error.issues) {
        const f = String(i.path[0] ?? 'jp') as Field;
        if (badNumber && (f === 'jp' || f === 'minutes')) continue; // already named as not a number
        rowIssues.push({ line, column: col.has(f) ? header(f) : undefined, message: i.message });
      }
    if (parsed.success && rowIssues.length === 0) {
      const r = parsed.data;
      const key = [r.nip, r.kind, r.title, r.startDate, r.endDate].join('|');
      const first = seen.get(key);
      if (first !== undefined) rowIssues.push({ line, message: `the same record as on line ${first}` });
      else {
        seen.set(key, line);
        rows.push({ line, record: { ...r, nip: r.nip! } });
      }
    }
    issues.push(...rowIssues);
  }
  return { rows, issues };
}
