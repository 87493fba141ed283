// The results files HR receives, as their sources write them: the SKD export of BKN's CAT system, the SKB
// scores per component, and the PPPK competency results, one row per candidate, columns named in
// Indonesian (`NIK`, `NAMA`, `TWK`, `TIU`, `TKP`, `TOTAL`…; case, spaces and dots do not matter, so
// "No. Peserta" is `NO_PESERTA`). A row names its candidate by registration number (`NO_PESERTA`) or by
// `NIK`. Scores may be written with a decimal comma, as an Indonesian spreadsheet does. This module turns
// a read table into the rows of the upload commands, every problem named with its line and column;
// whether the candidates and scores are right is the commands' check, as for the JSON API.
import { formatNumber } from '../numbers';

export const resultFileKinds = ['skd', 'skb', 'competency'] as const;
export type ResultFileKind = (typeof resultFileKinds)[number];

/** Who a row is about, as the file names them. */
export type RowIdentity = { number: string } | { nik: string };

export interface FileIssue {
  line: number;
  /** The column as the file heads it, when the problem is one cell. */
  column?: string;
  message: string;
}

export interface FileRow {
  line: number;
  identity: RowIdentity;
  /** The name the file gives, shown in the preview beside the one on record. */
  name?: string;
  /** The row's scores, by the command's field (`twk`…) or, for SKB, by component code. */
  scores: Map<string, number>;
}

/** "No. Peserta" → "NO_PESERTA": how a header is matched. */
export const normaliseHeader = (h: string) =>
  h
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const IDENTITY_COLUMNS = { number: ['NO_PESERTA', 'NOMOR_PESERTA', 'NO_REGISTRASI'], nik: ['NIK'] };
const NAME_COLUMNS = ['NAMA', 'NAMA_PESERTA', 'NAMA_LENGKAP'];

/** The score columns of each kind: the command's field, and the headers the sources use for it. */
const SCORE_COLUMNS: Record<Exclude<ResultFileKind, 'skb'>, { field: string; headers: string[] }[]> = {
  skd: [
    { field: 'twk', headers: ['TWK', 'NILAI_TWK'] },
    { field: 'tiu', headers: ['TIU', 'NILAI_TIU'] },
    { field: 'tkp', headers: ['TKP', 'NILAI_TKP'] },
  ],
  competency: [
    { field: 'technical', headers: ['TEKNIS', 'KOMPETENSI_TEKNIS', 'NILAI_TEKNIS'] },
    { field: 'managerial', headers: ['MANAJERIAL', 'MANAJERIAL_SOSIAL_KULTURAL', 'NILAI_MANAJERIAL'] },
    { field: 'interview', headers: ['WAWANCARA', 'NILAI_WAWANCARA'] },
  ],
};
const SKD_TOTAL = ['TOTAL', 'JUMLAH', 'NILAI_TOTAL'];

/** The header row of a kind's template, in the order a person fills it in. */
export function templateHeaders(kind: ResultFileKind, componentCodes: readonly string[] = []): string[] {
  const scores =
    kind === 'skb' ? componentCodes.map(normaliseHeader) : SCORE_COLUMNS[kind].map((c) => c.headers[0]!);
  return ['NO_PESERTA', 'NIK', 'NAMA', ...scores, ...(kind === 'skd' ? ['TOTAL'] : [])];
}

/** A score as a person writes it: `76`, `76.18` or `76,18`; anything else is not a number. */
export function parseScore(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d{1,4}([.,]\d{1,4})?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

export function mapResultRows(
  kind: ResultFileKind,
  table: { headers: string[]; rows: { line: number; cells: string[] }[] },
  componentCodes: readonly string[] = [],
): { rows: FileRow[]; issues: FileIssue[]; columns: Map<string, string> } {
  const headers = table.headers.map(normaliseHeader);
  const issues: FileIssue[] = [];
  const find = (names: readonly string[]) => headers.findIndex((h) => names.includes(h));
  const numberCol = find(IDENTITY_COLUMNS.number);
  const nikCol = find(IDENTITY_COLUMNS.nik);
  const nameCol = find(NAME_COLUMNS);
  const scoreCols = (
    kind === 'skb'
      ? componentCodes.map((code) => ({ field: code, headers: [normaliseHeader(code)] }))
      : SCORE_COLUMNS[kind]
  ).map((c) => ({ ...c, index: find(c.headers) }));
  const totalCol = kind === 'skd' ? find(SKD_TOTAL) : -1;

  const headerLine = (table.rows[0]?.line ?? 2) - 1;
  if (numberCol < 0 && nikCol < 0)
    issues.push({ line: headerLine, message: 'the file needs a NO_PESERTA or a NIK column' });
  for (const c of scoreCols)
    if (c.index < 0) issues.push({ line: headerLine, message: `the file has no ${c.headers[0]} column` });
  const duplicate = headers.find((h, i) => h !== '' && headers.indexOf(h) !== i);
  if (duplicate) issues.push({ line: headerLine, message: `the column ${duplicate} appears twice` });
  /** Each score field's column as the file heads it, to name a cell the commands refuse. */
  const columns = new Map(
    scoreCols.filter((c) => c.index >= 0).map((c) => [c.field, table.headers[c.index]!]),
  );
  if (issues.length) return { rows: [], issues, columns };

  const seen = new Map<string, number>();
  const rows: FileRow[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const rowIssues: FileIssue[] = [];
    const number = cell(numberCol);
    const nik = cell(nikCol);
    let identity: RowIdentity | undefined;
    if (number) identity = { number };
    else if (/^\d{16}$/.test(nik)) identity = { nik };
    else
      rowIssues.push({
        line,
        column: table.headers[nik && nikCol >= 0 ? nikCol : Math.max(numberCol, nikCol)],
        message: nik ? 'the NIK must be 16 digits' : 'the row has neither a registration number nor a NIK',
      });
    const scores = new Map<string, number>();
    for (const c of scoreCols) {
      const text = cell(c.index);
      const value = parseScore(text);
      if (value === undefined)
        rowIssues.push({
          line,
          column: table.headers[c.index],
          message: text ? `"${text.slice(0, 20)}" is not a number` : 'the score is missing',
        });
      else scores.set(c.field, value);
    }
    if (totalCol >= 0 && cell(totalCol) && scores.size === scoreCols.length) {
      const total = parseScore(cell(totalCol));
      const sum = [...scores.values()].reduce((a, b) => a + b, 0);
      if (total === undefined || Math.abs(total - sum) > 1e-6)
        rowIssues.push({
          line,
          column: table.headers[totalCol],
          message: `the total ${cell(totalCol).slice(0, 20)} is not TWK + TIU + TKP = ${formatNumber(sum, 'id')}`,
        });
    }
    if (identity) {
      const key = 'number' in identity ? `n:${identity.number}` : `k:${identity.nik}`;
      const first = seen.get(key);
      if (first !== undefined) rowIssues.push({ line, message: `the same candidate as on line ${first}` });
      else seen.set(key, line);
    }
    issues.push(...rowIssues);
    if (identity && rowIssues.length === 0)
      rows.push({
        line,
        identity,
        ...(nameCol >= 0 && cell(nameCol) ? { name: cell(nameCol) } : {}),
        scores,
      });
  }
  return { rows, issues, columns };
}
