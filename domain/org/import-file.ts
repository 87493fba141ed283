// The organisation as HR receives it in a spreadsheet: an employee export in the shape of SIASN's (one
// row per ASN: NIP, name, unit, position, kind of position, functional grade, the direct superior's NIP)
// and a list of units (code, name, parent unit, head). Columns are named in Indonesian as SIASN writes
// them (`NIP`, `NAMA`, `KODE_UNOR`, `JABATAN`, `JENIS_JABATAN`, `JENJANG_JABATAN`, `NIP_ATASAN`…; case,
// spaces and dots do not matter). This module turns a read table into the rows of the JSON import (the
// same schemas and the same whole-import check, domain/org/reporting-line.ts) and turns that check's
// issues, which name a row by its index and a field, into the file's line and column.
import { normaliseHeader } from '../recruitment/result-files';
import type { OrgImportIssue } from './reporting-line';
import { functionalGrades, positionLevels } from './schemas';

export const orgFileKinds = ['employees', 'units'] as const;
export type OrgFileKind = (typeof orgFileKinds)[number];

export interface OrgFileIssue {
  line: number;
  /** The column as the file heads it, when the problem is one cell. */
  column?: string;
  message: string;
}

/** Each field of the import row, the header a template writes, and the headers SIASN exports use. */
interface ColumnSpec {
  field: string;
  headers: readonly string[];
  required: boolean;
}

const COLUMNS: Record<OrgFileKind, readonly ColumnSpec[]> = {
  employees: [
    { field: 'nip', headers: ['NIP', 'NIP_BARU'], required: true },
    { field: 'name', headers: ['NAMA', 'NAMA_LENGKAP', 'NAMA_PEGAWAI'], required: true },
    { field: 'email', headers: ['EMAIL', 'EMAIL_KANTOR', 'ALAMAT_EMAIL'], required: true },
    { field: 'unitCode', headers: ['KODE_UNOR', 'UNOR_ID', 'KODE_UNIT_KERJA'], required: true },
    { field: 'position', headers: ['JABATAN', 'NAMA_JABATAN', 'JABATAN_NAMA'], required: true },
    { field: 'level', headers: ['JENIS_JABATAN', 'JENIS_JABATAN_NAMA', 'TINGKAT_JABATAN'], required: true },
    {
      field: 'functionalGrade',
      headers: ['JENJANG_JABATAN', 'JENJANG', 'JENJANG_JABATAN_FUNGSIONAL'],
      required: false,
    },
    { field: 'supervisorNip', headers: ['NIP_ATASAN', 'NIP_ATASAN_LANGSUNG'], required: true },
  ],
  units: [
    { field: 'code', headers: ['KODE_UNOR', 'UNOR_ID'], required: true },
    { field: 'name', headers: ['NAMA_UNOR', 'UNOR', 'UNOR_NAMA'], required: true },
    { field: 'parentCode', headers: ['KODE_UNOR_INDUK', 'UNOR_INDUK_ID'], required: true },
    { field: 'headNip', headers: ['NIP_KEPALA', 'NIP_KEPALA_UNOR'], required: false },
  ],
};

/** Fields whose empty cell means "none" (a JPT's superior, a top unit's parent): null, not absent. */
const NULLABLE = new Set(['supervisorNip', 'parentCode', 'headNip']);

/** The header row of a kind's template, in the order a person fills it in. */
export function orgTemplateHeaders(kind: OrgFileKind): string[] {
  return COLUMNS[kind].map((c) => c.headers[0]!);
}

/**
 * SIASN's words for the kind of position, as our levels: "JPT Pratama" is a JPT, "Fungsional Tertentu"
 * a functional position, "Fungsional Umum" (the old name of a pelaksana) a pelaksana.
 */
const LEVEL_WORDS = new Map<string, string>([
  ...positionLevels.map((l) => [l, l] as [string, string]),
  ['jptpratama', 'jpt'],
  ['jptmadya', 'jpt'],
  ['jabatanpimpinantinggi', 'jpt'],
  ['fungsionaltertentu', 'fungsional'],
  ['jabatanfungsional', 'fungsional'],
  ['fungsionalumum', 'pelaksana'],
]);

/** A level as written ("JPT Pratama", "Pengawas"): ours when known, else the text (the schema refuses it). */
export function levelOf(text: string): string {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  return LEVEL_WORDS.get(key) ?? text;
}

/** A grade as written ("Ahli Pertama", "ahli-pertama"): ours when known, else the text. */
export function gradeOf(text: string): string {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
  return (functionalGrades as readonly string[]).includes(slug) ? slug : text;
}

export interface MappedOrgFile {
  kind: OrgFileKind;
  /** The rows as the JSON import takes them, in file order. */
  rows: Record<string, string | null>[];
  /** The file line of each row, by index. */
  lines: number[];
  /** Each field's column as the file heads it. */
  columns: Map<string, string>;
  /** Problems of the file itself (a missing column): nothing else is checked while there are any. */
  issues: OrgFileIssue[];
}

/** Reads a table's rows into import rows, by the columns its header names. */
export function mapOrgRows(
  kind: OrgFileKind,
  table: { headers: string[]; rows: { line: number; cells: string[] }[] },
): MappedOrgFile {
  const headers = table.headers.map(normaliseHeader);
  const issues: OrgFileIssue[] = [];
  const headerLine = (table.rows[0]?.line ?? 2) - 1;
  const specs = COLUMNS[kind].map((c) => ({
    ...c,
    index: headers.findIndex((h) => c.headers.includes(h)),
  }));
  for (const c of specs)
    if (c.required && c.index < 0)
      issues.push({ line: headerLine, message: `the file has no ${c.headers[0]} column` });
  const duplicate = headers.find((h, i) => h !== '' && headers.indexOf(h) !== i);
  if (duplicate) issues.push({ line: headerLine, message: `the column ${duplicate} appears twice` });
  const columns = new Map(specs.filter((c) => c.index >= 0).map((c) => [c.field, table.headers[c.index]!]));
  if (issues.length) return { kind, rows: [], lines: [], columns, issues };

  const rows = table.rows.map(({ cells }) => {
    const row: Record<string, string | null> = {};
    for (const c of specs) {
      const text = c.index >= 0 ? (cells[c.index] ?? '').trim() : '';
      if (text === '') {
        if (NULLABLE.has(c.field)) row[c.field] = null;
        continue;
      }
      row[c.field] =
        c.field === 'level' ? levelOf(text) : c.field === 'functionalGrade' ? gradeOf(text) : text;
    }
    return row;
  });
  return { kind, rows, lines: table.rows.map((r) => r.line), columns, issues };
}

/**
 * The whole-import check's issues of this file's rows as lines and columns: "row 3" becomes the row's
 * line, a field its column, and the rows a duplicate names ("rows 0, 4") their lines.
 */
export function fileIssuesOf(mapped: MappedOrgFile, issues: readonly OrgImportIssue[]): OrgFileIssue[] {
  const lineOf = (index: number) => mapped.lines[index] ?? index + 1;
  return issues.map((i) => {
    const field = i.field.split('.')[0]!;
    const column = mapped.columns.get(field);
    const message = i.reason.replace(
      /\(rows ([\d, ]+)\)/,
      (_, rows: string) =>
        `(lines ${rows
          .split(', ')
          .map((r) => lineOf(Number(r)))
          .join(', ')})`,
    );
    return { line: lineOf(i.index), ...(column ? { column } : {}), message };
  });
}
