// A large cycle (20,000 applicants by default, EXPORT_TEST_SIZE=100000 for the size), seeded
// straight into the read model, exported over HTTP as CSV and as XLSX and read back as streams (csv-parse;
// exceljs's streaming reader, from the downloaded file): every row is there; and a formation's public
// announcement of a quarter of them, read back with pdf-parse. The heap growth is printed, not asserted: a
// peak of heapUsed without a forced GC depends on the machine (on CI's busy cores it counted 1.4 GB of
// garbage for a streamed CSV that stays at +17 MB alone); `npm run bench -- export` measures time and
// memory against a plain read and an in-memory file in the same run. (Rank order is the small cycle's test:
// here each sorted query makes FerretDB sort the whole collection.)
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { startApi } from '../support/engine';
import { staffToken } from '../support/identity';
import { seedCycle, type SeededCycle } from '../support/seeded-cycle';
import { testFields } from '../support/crypto';
import { pdfText } from '../support/pdf-text';
import { testSettings } from '../support/activities';
import { devServerEnv, testDatabase, uniqueTaskQueue } from '../support/servers';
import type { Database } from '../../db/connection';

const SIZE = Number(process.env.EXPORT_TEST_SIZE ?? 20_000);

let db: Database;
let api: Awaited<ReturnType<typeof startApi>>;
let cycle: SeededCycle;
beforeAll(async () => {
  const env = await devServerEnv();
  db = await testDatabase('exports-large');
  api = await startApi({
    env,
    db,
    taskQueue: uniqueTaskQueue('exports-large'),
    hr: { email: testSettings.hrEmail, headEmail: testSettings.hrHeadEmail },
  });
  const started = Date.now();
  cycle = await seedCycle(db.models, testFields, {
    code: `CPNS-BIG-${Date.now().toString(36).toUpperCase()}`,
    size: SIZE,
  });
  process.stderr.write(`seeded ${SIZE} applications in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}, 600_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Samples the heap while `run` goes on; answers its result and the peak growth over the start. */
async function withHeapPeak<T>(run: () => Promise<T>): Promise<{ value: T; peak: number }> {
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }, 20);
  try {
    const value = await run();
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}

async function download(what: string, format: 'csv' | 'xlsx', query = '') {
  const r = await fetch(
    `${api.baseUrl}/api/v1/recruitment/cycles/${cycle.code}/exports/${what}?format=${format}${query}`,
    {
      headers: { authorization: `Bearer ${await staffToken({ role: 'hr' })}` },
    },
  );
  expect(r.status).toBe(200);
  return Readable.fromWeb(r.body as never);
}

describe('an export of 100,000 applicants', () => {
  it('streams every applicant as CSV', async () => {
    const started = Date.now();
    const { value, peak } = await withHeapPeak(async () => {
      const rows = (await download('applicants', 'csv')).pipe(parse({ bom: true, delimiter: ';' }));
      let n = 0;
      let header: string[] = [];
      let last: string[] = [];
      for await (const r of rows as AsyncIterable<string[]>) {
        if (n === 0) header = r;
        last = r;
        n += 1;
      }
      return { n, header, last };
    });
    process.stderr.write(
      `CSV ${SIZE}: ${((Date.now() - started) / 1000).toFixed(1)} s, heap peak +${(peak / 1048576).toFixed(0)} MB\n`,
    );
    expect(value.n).toBe(SIZE + 1);
    expect(value.header.slice(0, 3)).toEqual(['NO_PESERTA', 'NIK', 'NAMA']);
    // `_id` order: the last application is the last seeded, its NIK opened.
    expect(value.last[1]).toBe(cycle.nikOf(SIZE - 1));
  }, 600_000);

  it('streams every applicant as XLSX', async () => {
    // Downloaded to a file as a browser does, then read back: exceljs's reader holds far more than the
    // export, so it does not run while the export's memory is measured.
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'export-')), 'applicants.xlsx');
    const started = Date.now();
    const { peak } = await withHeapPeak(async () =>
      pipeline(await download('applicants', 'xlsx'), createWriteStream(file)),
    );
    process.stderr.write(
      `XLSX ${SIZE}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${(statSync(file).size / 1048576).toFixed(1)} MB, heap peak +${(peak / 1048576).toFixed(0)} MB\n`,
    );
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
      worksheets: 'emit',
      sharedStrings: 'cache',
    });
    let rows = 0;
    let sheets = 0;
    let last: unknown[] = [];
    for await (const sheet of reader) {
      sheets += 1;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        rows += 1;
        last = row.values as unknown[];
      }
    }
    expect({ rows, sheets }).toEqual({ rows: SIZE + 1, sheets: 1 });
    // `_id` order: the last application is the last seeded, its NIK opened.
    expect(last[2]).toBe(cycle.nikOf(SIZE - 1));
    rmSync(path.dirname(file), { recursive: true, force: true });
  }, 600_000);

  it("prints a formation's public announcement of a quarter of them, page by page in bounded memory", async () => {
    const formation = cycle.formations[0]!;
    const started = Date.now();
    const { value: pdf, peak } = await withHeapPeak(async () => {
      const r = await fetch(
        `${api.baseUrl}/api/v1/recruitment/public/cycles/${cycle.code}/announcements/administration.pdf?formation=${formation}`,
      );
      expect(r.status).toBe(200);
      return new Uint8Array(await r.arrayBuffer());
    });
    process.stderr.write(
      `PDF ${SIZE / 4} rows: ${((Date.now() - started) / 1000).toFixed(1)} s, ${(pdf.length / 1048576).toFixed(1)} MB, heap peak +${(peak / 1048576).toFixed(0)} MB\n`,
    );
    const { text, pages } = await pdfText(pdf);
    const numbers = text.match(new RegExp(`${cycle.code}-\\d{5,}`, 'g')) ?? [];
    expect(new Set(numbers).size).toBe(SIZE / 4);
    expect(pages).toBeGreaterThan(SIZE / 4 / 40);
    expect(text).not.toContain(cycle.nikOf(0));
  }, 600_000);
});
