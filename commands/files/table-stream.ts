// A table written as a file while its rows are still being read, so that a cycle of any size leaves the
// process without being held in memory: CSV through csv-stringify's stream (`;`-separated with a byte-order
// mark and decimal commas, as Excel opens it in an Indonesian locale, like writeTable in tables.ts) or XLSX
// through exceljs's streaming WorkbookWriter (one worksheet per sheet, rows committed as they come, no
// shared strings). Both wait for the destination (an HTTP response, a file) when it is full.
import { once } from 'node:events';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { TableFormat } from './tables';

export type Cell = string | number | null;

export interface SheetSource {
  /** The worksheet's name (XLSX); CSV has one header for every sheet, so their headers must agree. */
  name: string;
  headers: readonly string[];
  rows: AsyncIterable<Cell[]>;
}

/** How often (rows) the XLSX writer lets its compressor run and waits for a full destination. */
const YIELD_EVERY = 500;

/** Writes the sheets to `out` and ends it; answers the number of data rows written. */
export async function streamTable(
  format: TableFormat,
  sheets: AsyncIterable<SheetSource> | Iterable<SheetSource>,
  out: Writable,
): Promise<number> {
  return format === 'csv' ? streamCsv(sheets, out) : streamXlsx(sheets, out);
}

/** 76.182 → "76,182": Excel in an Indonesian locale reads a decimal point as a thousands separator. */
const decimalComma = (v: number) => String(v).replace('.', ',');

async function streamCsv(sheets: AsyncIterable<SheetSource> | Iterable<SheetSource>, out: Writable) {
  let rows = 0;
  async function* records() {
    let headers: readonly string[] | undefined;
    for await (const s of sheets) {
      if (!headers) yield [...(headers = s.headers)];
      for await (const r of s.rows) {
        rows += 1;
        yield r;
      }
    }
  }
  const csv = stringify({
    delimiter: ';',
    record_delimiter: '\r\n',
    bom: true,
    cast: { number: decimalComma },
  });
  await pipeline(Readable.from(records()), csv, out);
  return rows;
}

/** Excel's worksheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet';

async function streamXlsx(sheets: AsyncIterable<SheetSource> | Iterable<SheetSource>, out: Writable) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  let rows = 0;
  for await (const s of sheets) {
    const sheet = workbook.addWorksheet(sheetName(s.name));
    sheet.columns = s.headers.map(() => ({ width: 16 }));
    const header = sheet.addRow([...s.headers]);
    header.font = { bold: true };
    header.commit();
    for await (const r of s.rows) {
      sheet.addRow(r.map((c) => c ?? undefined)).commit();
      if (++rows % YIELD_EVERY === 0) await drained(out);
    }
    sheet.commit();
  }
  await workbook.commit();
  return rows;
}

/** Lets the zip compressor take what was committed, then waits while the destination is full. */
async function drained(out: Writable) {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (out.writableNeedDrain && !out.destroyed) await once(out, 'drain');
  if (out.destroyed) throw new Error('the destination of the export was closed');
}
