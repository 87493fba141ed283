// `npm run bench -- export [--size 100000] [--rounds 1]`: what HR's exports cost on a large cycle. A local
// database (FerretDB, or MONGODB_URI) is seeded with one CPNS cycle of `size` applications
// (tests/support/seeded-cycle.ts), then each variant runs in turn, in the same process, through the export
// command itself into a Writable that counts the bytes: a plain cursor read of the same rows (the
// baseline every export pays: the database and the row mapping), the streaming CSV and XLSX exports, and
// the same files built the non-streaming way (every row loaded, then the whole file made in memory:
// writeTable for CSV, an exceljs Workbook for XLSX). Each variant reports its time, the time per 10,000
// rows, the bytes, and the peak growth of the heap and of the RSS over its start (sampled every 10 ms,
// after a full GC). Streaming variants run first: RSS seldom shrinks after an in-memory run.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { connectDatabase } from '../db/connection';
import { writeTable } from '../commands/files/tables';
import { exportCommands, exportedApplications, type ExportRequest } from '../commands/recruitment/exports';
import type { RecruitmentDeps } from '../commands/recruitment/context';
import { applicantColumns, applicantRow } from '../domain/recruitment/exports';
import { freePort } from '../stack/ports';
import { startStack } from '../stack/stack';
import { seedCycle } from '../tests/support/seeded-cycle';
import { testAuditTrail, testFields } from '../tests/support/crypto';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const usage = 'usage: npm run bench -- export [--size N (default 100000)] [--rounds N (default 1)]\n';

interface Result {
  variant: string;
  seconds: number;
  msPer10k: number;
  rows: number;
  bytes: number;
  heapPeakMB: number;
  rssPeakMB: number;
}

/** A Writable that drops what it gets and counts it (the network, at its fastest). */
function counter() {
  let bytes = 0;
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { out, bytes: () => bytes };
}

async function measure(variant: string, size: number, run: () => Promise<{ rows: number; bytes: number }>) {
  gc();
  const base = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed - base.heapUsed);
    rss = Math.max(rss, m.rss - base.rss);
  }, 10);
  const t0 = performance.now();
  const r = await run();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const mb = (b: number) => Math.round(b / 104857.6) / 10;
  const result: Result = {
    variant,
    seconds: Math.round(ms / 100) / 10,
    msPer10k: Math.round((ms / size) * 10_000),
    rows: r.rows,
    bytes: r.bytes,
    heapPeakMB: mb(heap),
    rssPeakMB: mb(rss),
  };
  process.stdout.write(
    `  ${variant.padEnd(16)} ${String(result.seconds).padStart(6)} s  ${String(result.msPer10k).padStart(6)} ms/10k rows  ` +
      `${String(r.rows).padStart(7)} rows  ${(r.bytes / 1048576).toFixed(1).padStart(6)} MB out  ` +
      `heap +${result.heapPeakMB} MB  RSS +${result.rssPeakMB} MB\n`,
  );
  return result;
}

export async function runExportBench(argv: string[]): Promise<number> {
  let size = 100_000;
  let rounds = 1;
  for (let i = 0; i < argv.length; i += 2) {
    const v = Number(argv[i + 1]);
    if (argv[i] === '--size' && Number.isInteger(v) && v > 0) size = v;
    else if (argv[i] === '--rounds' && Number.isInteger(v) && v > 0) rounds = v;
    else {
      process.stderr.write(usage);
      return 2;
    }
  }
  process.stdout.write(
    `Benchmark: export of a cycle of ${size} applicants, ${rounds} round(s), on ${os.cpus().length} CPU(s), ` +
      `Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'export-bench-'));
  const stack = await startStack({
    dataDir,
    // Only the database: the export calls neither Temporal nor SMTP.
    temporal: { external: '127.0.0.1:1' },
    database: process.env.MONGODB_URI
      ? { external: process.env.MONGODB_URI }
      : { port: await freePort(), dbName: 'sdm-flow-export-bench' },
    smtp: { external: 'smtp://127.0.0.1:1' },
  });
  const db = await connectDatabase(stack.mongoUri);
  try {
    const code = `CPNS-BENCH-${Date.now().toString(36).toUpperCase()}`;
    const seeded = performance.now();
    await seedCycle(db.models, testFields, { code, size });
    process.stdout.write(
      `seeded ${size} applications in ${((performance.now() - seeded) / 1000).toFixed(1)} s\n`,
    );
    const deps = {
      models: db.models,
      fields: testFields,
      audit: testAuditTrail(db.models),
    } as unknown as RecruitmentDeps;
    const commands = exportCommands(deps);
    const hr = { sub: 'bench', role: 'hr' } as never;
    const streamed = (req: ExportRequest) => async () => {
      const c = counter();
      const file = await commands.prepareExport(hr, code, req);
      return { rows: await file.write(c.out), bytes: c.bytes() };
    };
    const all = () => exportedApplications(deps, { cycleCode: code }, { _id: 1 }, true);
    const variants: [string, () => Promise<{ rows: number; bytes: number }>][] = [
      [
        'cursor (baseline)',
        async () => {
          let rows = 0;
          for await (const a of all()) if (applicantRow(a).length) rows += 1;
          return { rows, bytes: 0 };
        },
      ],
      ['csv streamed', streamed({ what: 'applicants', format: 'csv' })],
      ['xlsx streamed', streamed({ what: 'applicants', format: 'xlsx' })],
      [
        'csv in memory',
        async () => {
          const rows = [];
          for await (const a of all()) rows.push(applicantRow(a).map((c) => c ?? ''));
          const file = await writeTable('csv', 'Pelamar', [...applicantColumns], rows);
          return { rows: rows.length, bytes: file.length };
        },
      ],
      [
        'xlsx in memory',
        async () => {
          const rows = [];
          for await (const a of all()) rows.push(applicantRow(a).map((c) => c ?? ''));
          const file = await writeTable('xlsx', 'Pelamar', [...applicantColumns], rows);
          return { rows: rows.length, bytes: file.length };
        },
      ],
    ];
    const results: Result[] = [];
    for (let round = 1; round <= rounds; round++) {
      process.stdout.write(`round ${round}:\n`);
      for (const [name, run] of variants) results.push(await measure(name, size, run));
    }
    process.stdout.write(
      `BENCH ${JSON.stringify({ benchmark: 'export', size, rounds, cpus: os.cpus().length, results })}\n`,
    );
    return 0;
  } finally {
    await db.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
