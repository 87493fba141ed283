// A spreadsheet as HR's offices exchange them, read into a table of text cells with the line each row
// came from: CSV (UTF-8, a byte-order mark allowed; the delimiter of the header line, `;` as Excel writes
// it in an Indonesian locale, `,` or a tab) or XLSX (its first worksheet, through exceljs). The first
// non-empty line is the header. What the cells mean is the caller's (domain/recruitment/result-files.ts).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { badRequest, Problem } from '../errors';

export type TableFormat = 'csv' | 'xlsx';

export interface TableRow {
  /** The line (CSV) or row number (XLSX) in the file, from 1 as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

export interface Table {
  format: TableFormat;
  headers: string[];
  rows: TableRow[];
}

export interface TableLimits {
  maxRows: number;
  maxColumns: number;
  maxCell: number;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The format of `bytes` from the bytes themselves: XLSX is a ZIP container, anything else is read as CSV. */
export function formatOf(bytes: Buffer): TableFormat {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC) ? 'xlsx' : 'csv';
}

const refuse = (message: string) => badRequest(message, [{ path: 'file', message }]);

export async function readTable(bytes: Buffer, limits: TableLimits): Promise<Table> {
  if (bytes.length === 0) throw refuse('the file is empty');
  const format = formatOf(bytes);
  const lines = format === 'xlsx' ? await xlsxLines(bytes, limits) : csvLines(bytes, limits);
  const nonEmpty = lines.filter((l) => l.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw refuse('the file has no header row');
  if (header.cells.length > limits.maxColumns)
    throw refuse(`the file has ${header.cells.length} columns; at most ${limits.maxColumns} are read`);
  if (rows.length > limits.maxRows)
    throw refuse(`the file has ${rows.length} rows; at most ${limits.maxRows} at once`);
  for (const r of nonEmpty)
    if (r.cells.some((c) => c.length > limits.maxCell))
      throw refuse(`line ${r.line} has a cell longer than ${limits.maxCell} characters`);
  return { format, headers: header.cells, rows };
}

function csvLines(bytes: Buffer, limits: TableLimits): TableRow[] {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw refuse('the file is not UTF-8 text (save the CSV as UTF-8)');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      info: true,
      // A bound before the whole file is read: the header and the rows, and a little over to say so.
      to_line: limits.maxRows + 1_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw refuse(`the CSV cannot be read${e.lines ? ` at line ${e.lines}` : ''}: ${e.message ?? 'error'}`);
  }
}

async function xlsxLines(bytes: Buffer, limits: TableLimits): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw refuse('the XLSX file has no worksheet');
    if (sheet.rowCount > limits.maxRows + 1_000)
      throw refuse(`the file has ${sheet.rowCount} rows; at most ${limits.maxRows} at once`);
    const out: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.min(row.cellCount, limits.maxColumns + 1); c++)
        cells.push(cellText(row.getCell(c)));
      out.push({ line, cells });
    });
    return out;
  } catch (err) {
    if (err instanceof Problem) throw err;
    throw refuse('the XLSX file cannot be read (is it an Excel workbook?)');
  }
}

/** A cell as the text a person sees in it: a formula's result, a number as written, a date as ISO. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('result' in v) return v.result == null ? '' : String(v.result as unknown);
    if ('richText' in v)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    return '';
  }
  return String(v).trim();
}

export const tableContentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A table as a file: CSV (`;`-separated with a byte-order mark, as Excel in Indonesia opens it) or XLSX. */
export async function writeTable(
  format: TableFormat,
  sheetName: string,
  headers: string[],
  rows: (string | number)[][] = [],
): Promise<Buffer> {
  if (format === 'csv') {
    return Buffer.from(
      `\uFEFF${stringify([headers, ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
