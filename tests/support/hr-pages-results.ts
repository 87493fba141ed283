// HR's results files sent through the pages, as an officer does: the upload form (kind, file, and for SKB
// its components), the preview, which must read every row with none bad, and the one confirmed apply.
// The files are written here as the sources write them: a CSV with `;` (the CAT system's export) or an
// XLSX built with exceljs, headed by the template's columns (domain/recruitment/result-files.ts).
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { templateHeaders, type ResultFileKind } from '../../domain/recruitment/result-files';

export interface ResultFileRow {
  registrationNumber: string;
  nik: string;
  name: string;
  /** By the template's score columns: SKD `TWK`, `TIU`, `TKP` (the total is added); SKB by component code. */
  scores: Record<string, number>;
}

export interface SkbComponentField {
  code: string;
  name: string;
  kind: string;
  weight: number;
}

/** The table of a results file: the template's header, then one row per candidate. */
function tableOf(
  kind: ResultFileKind,
  rows: ResultFileRow[],
  componentCodes: string[],
): (string | number)[][] {
  const headers = templateHeaders(kind, componentCodes);
  return [
    headers,
    ...rows.map((r) =>
      headers.map((h) => {
        if (h === 'NO_PESERTA') return r.registrationNumber;
        if (h === 'NIK') return r.nik;
        if (h === 'NAMA') return r.name;
        if (h === 'TOTAL') return (r.scores.TWK ?? 0) + (r.scores.TIU ?? 0) + (r.scores.TKP ?? 0);
        const score = Object.entries(r.scores).find(([k]) => k.toUpperCase() === h);
        return score ? score[1] : '';
      }),
    ),
  ];
}

export async function resultFile(
  kind: ResultFileKind,
  format: 'csv' | 'xlsx',
  rows: ResultFileRow[],
  componentCodes: string[] = [],
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const table = tableOf(kind, rows, componentCodes);
  if (format === 'csv')
    return {
      name: `hasil-${kind}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(table.map((r) => r.join(';')).join('\r\n')),
    };
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(kind.toUpperCase());
  for (const r of table) sheet.addRow(r);
  return {
    name: `hasil-${kind}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

/** Uploads a results file from the cycle's results page, checks the preview is clean, and applies it. */
export async function uploadResultsThroughPage(
  page: Page,
  baseUrl: string,
  code: string,
  upload: {
    kind: ResultFileKind;
    format: 'csv' | 'xlsx';
    rows: ResultFileRow[];
    components?: SkbComponentField[];
  },
): Promise<void> {
  await page.goto(`${baseUrl}/hr/recruitment/cycles/${code}/results`);
  await page.getByLabel('Jenis hasil').selectOption(upload.kind);
  const components = upload.components ?? [];
  for (const [i, c] of components.entries()) {
    await page.getByLabel(`Kode komponen ${i + 1}`).fill(c.code);
    await page.getByLabel(`Nama komponen ${i + 1}`).fill(c.name);
    await page.getByLabel(`Jenis komponen ${i + 1}`).selectOption(c.kind);
    await page.getByLabel(`Bobot komponen ${i + 1}`).fill(String(c.weight));
  }
  const file = await resultFile(
    upload.kind,
    upload.format,
    upload.rows,
    components.map((c) => c.code),
  );
  await page.getByLabel('Berkas (CSV atau XLSX)').setInputFiles(file);
  await page.getByRole('button', { name: 'Pratinjau' }).click();
  const summary = await page.locator('#summary').textContent();
  const issues = await page.locator('#issues tbody tr').allTextContents();
  if (summary !== `${upload.rows.length} baris terbaca dengan benar; 0 baris bermasalah.`)
    throw new Error(`the ${upload.kind} file did not read clean: ${summary} ${issues.join(' | ')}`);
  await page.getByRole('button', { name: `Terapkan ${upload.rows.length} baris` }).click();
  await page.locator('.notice').waitFor();
}
