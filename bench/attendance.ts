// `npm run bench -- attendance [--employees 5200 --units 50 --year 2025]`: a city's year of attendance
// (5,200 employees × 250 working days = 1.3 million day records by default) imported and counted, against
// a baseline measured in the same run on the same database. Only the database runs (FerretDB, or
// MONGODB_URI): the import and count activities run as Temporal would run them (MockActivityEnvironment,
// with heartbeats) and the cases they would open are counted, not started.
//   import:  per unit and month, the rows staged in chunks as the import command stages them, then
//            applyAttendanceImport writing them as day records (insertMany per chunk)
//   baseline import: the same documents insertMany'd into a scratch collection (with the records' index) in
//            batches of the same size
//   count:   countAttendance over the whole year (one cursor, a bit per working day per employee)
//   baseline count: a plain cursor over the scratch collection reading the same fields
// Each reports its seconds, records a second and the peak growth of heap and RSS (sampled every 10 ms).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DefaultLogger } from '@temporalio/worker';
import { MockActivityEnvironment } from '@temporalio/testing';
import { Schema } from 'mongoose';
import { createAttendanceCountActivities } from '../activities/attendance/count';
import { createAttendanceImportActivities } from '../activities/attendance/imports';
import type { DayRecord } from '../activities/attendance/shared';
import { STAGE_CHUNK } from '../commands/attendance/imports';
import { connectDatabase } from '../db/connection';
import { defaultHours, workingDays, type WorkingCalendar } from '../domain/attendance/calendar';
import { createLogger } from '../runtime/logger';
import { freePort } from '../stack/ports';
import { startStack } from '../stack/stack';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const usage =
  'usage: npm run bench -- attendance [--employees N (5200)] [--units N (50)] [--year YYYY (2025)] [--chunk N (rows per staged chunk)]\n';

interface Measured {
  variant: string;
  seconds: number;
  recordsPerSecond: number;
  heapPeakMB: number;
  rssPeakMB: number;
}

async function measure(variant: string, records: number, run: () => Promise<unknown>): Promise<Measured> {
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
  await run();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const mb = (b: number) => Math.round(b / 104857.6) / 10;
  const r = {
    variant,
    seconds: Math.round(ms / 100) / 10,
    recordsPerSecond: Math.round(records / (ms / 1000)),
    heapPeakMB: mb(heap),
    rssPeakMB: mb(rss),
  };
  process.stdout.write(
    `  ${variant.padEnd(16)} ${String(r.seconds).padStart(7)} s  ${String(r.recordsPerSecond).padStart(7)} records/s  heap +${r.heapPeakMB} MB  RSS +${r.rssPeakMB} MB\n`,
  );
  return r;
}

/** Eleven of 2025's national holidays that fall on weekdays: 261 weekdays less these are 250 working days. */
const holidays2025 = [
  '01-01',
  '01-27',
  '01-29',
  '03-31',
  '04-01',
  '04-18',
  '05-01',
  '05-12',
  '05-29',
  '06-06',
  '12-25',
];

export async function runAttendanceBench(argv: string[]): Promise<number> {
  let employees = 5200;
  let units = 50;
  let year = 2025;
  let CHUNK = STAGE_CHUNK;
  for (let i = 0; i < argv.length; i += 2) {
    const v = Number(argv[i + 1]);
    if (argv[i] === '--employees' && Number.isInteger(v) && v > 0) employees = v;
    else if (argv[i] === '--units' && Number.isInteger(v) && v > 0) units = v;
    else if (argv[i] === '--chunk' && Number.isInteger(v) && v > 0) CHUNK = v;
    else if (argv[i] === '--year' && Number.isInteger(v) && v >= 2020 && v <= 2100) year = v;
    else {
      process.stderr.write(usage);
      return 2;
    }
  }
  const holidays =
    year === 2025
      ? holidays2025.map((d) => ({ date: `${year}-${d}`, kind: 'libur-nasional' as const, name: 'Libur' }))
      : [];
  const cal: WorkingCalendar = { year, hours: defaultHours, holidays };
  const days = workingDays(cal);
  const total = employees * days.length;
  process.stdout.write(
    `Benchmark: attendance of ${employees} employees in ${units} units × ${days.length} working days = ${total} records, ` +
      `on ${os.cpus().length} CPU(s), Node ${process.version}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'attendance-bench-'));
  const stack = await startStack({
    dataDir,
    temporal: { external: '127.0.0.1:1' },
    database: process.env.MONGODB_URI
      ? { external: process.env.MONGODB_URI }
      : { port: await freePort(), dbName: 'sdm-flow-attendance-bench' },
    smtp: { external: 'smtp://127.0.0.1:1' },
  });
  const db = await connectDatabase(stack.mongoUri);
  try {
    const { models } = db;
    const nip = (i: number) => `1980${String(year)}${String(i).padStart(10, '0')}`;
    const unitOf = (i: number) => `UNIT-${String(i % units).padStart(3, '0')}`;
    await models.orgUnits.insertMany(
      Array.from({ length: units }, (_, u) => ({ _id: unitOf(u), code: unitOf(u), name: unitOf(u) })),
    );
    for (let i = 0; i < employees; i += 1000)
      await models.employees.insertMany(
        Array.from({ length: Math.min(1000, employees - i) }, (_, k) => {
          const n = i + k;
          return {
            _id: nip(n),
            nip: nip(n),
            name: `Pegawai ${n}`,
            email: `p${n}@bench.invalid`,
            unitCode: unitOf(n),
            position: 'Staf',
            level: 'pelaksana',
            supervisorNip: null,
            active: true,
          };
        }),
      );
    await models.attendanceCalendars.create([
      { _id: year, hours: cal.hours, holidays: cal.holidays, ruleSetId: 'pp-94-2021', setBy: 'bench' },
    ]);

    // Every employee comes on most days: about 1 day in 250 absent, some late; 1 in 500 away 12 days in a row.
    const recordsOf = function* (unit: number, month: string): Generator<DayRecord> {
      for (let n = unit; n < employees; n += units)
        for (const [d, date] of days.entries()) {
          if (!date.startsWith(month)) continue;
          if ((n * 31 + d * 7) % 250 === 0 || (n % 500 === 7 && d >= 100 && d < 112)) continue;
          const late = (n + d) % 17 === 0 ? 20 : 0;
          yield {
            _id: `${date}/${nip(n)}`,
            nip: nip(n),
            unitCode: unitOf(n),
            date,
            year,
            month: date.slice(0, 7),
            status: 'hadir',
            checkIn: late ? '07:50' : '07:25',
            checkOut: '16:05',
            lateMinutes: late,
            earlyMinutes: 0,
            source: 'import',
            ref: null,
          };
        }
    };
    const months = [...new Set(days.map((d) => d.slice(0, 7)))];
    let records = 0;
    for (let u = 0; u < units; u++) for (const m of months) for (const _ of recordsOf(u, m)) records++;
    process.stdout.write(`records to import (after absences): ${records}\n`);

    // The baseline's collection has the records' one index, so that the difference is the import's own work.
    const scratchSchema = new Schema({ _id: String }, { strict: false, versionKey: false });
    scratchSchema.index({ year: 1, unitCode: 1 });
    const scratch = db.conn.model('BenchBaseline', scratchSchema, 'bench_baseline');
    await scratch.createIndexes();
    const quiet = new DefaultLogger('ERROR', () => undefined);
    const inActivity = <R>(fn: () => Promise<R>) =>
      new MockActivityEnvironment({}, { logger: quiet }).run(fn) as Promise<R>;
    const imports = createAttendanceImportActivities({ models });
    let started = 0;
    const client = { workflow: { start: async () => void started++ } } as never;
    const counts = createAttendanceCountActivities({
      models,
      client,
      logger: createLogger('silent'),
      settings: { publicUrl: '', hrEmail: '', hrHeadEmail: '' },
      clock: () => new Date(),
      audit: {} as never,
    });

    const results: Measured[] = [];
    results.push(
      await measure('baseline import', records, async () => {
        for (let u = 0; u < units; u++)
          for (const m of months) {
            const docs = [...recordsOf(u, m)];
            for (let i = 0; i < docs.length; i += CHUNK)
              await scratch.insertMany(docs.slice(i, i + CHUNK), { ordered: false, lean: true });
          }
      }),
    );
    let stageMs = 0;
    results.push(
      await measure('import', records, async () => {
        for (let u = 0; u < units; u++)
          for (const m of months) {
            const t0 = performance.now();
            const docs = [...recordsOf(u, m)];
            const batchId = `${unitOf(u)}-${m}`;
            const chunks = Math.ceil(docs.length / CHUNK);
            for (let k = 0; k < chunks; k++)
              await models.attendanceImportChunks.create([
                { _id: `${batchId}/${k}`, batchId, rows: docs.slice(k * CHUNK, (k + 1) * CHUNK) },
              ]);
            await models.attendanceImports.create([
              {
                _id: batchId,
                unitCode: unitOf(u),
                year,
                rows: docs.length,
                chunks,
                from: `${m}-01`,
                to: `${m}-28`,
                format: 'csv',
                uploadedBy: 'bench',
                status: 'staged',
              },
            ]);
            stageMs += performance.now() - t0;
            await inActivity(() => imports.applyAttendanceImport({ batchId }));
          }
      }),
    );
    process.stdout.write(
      `    of which staging the chunks (the command's part): ${(stageMs / 1000).toFixed(1)} s\n`,
    );
    results.push(
      await measure('baseline count', records, async () => {
        let seen = 0;
        for await (const r of scratch
          .find({ year }, { nip: 1, date: 1, status: 1, lateMinutes: 1, earlyMinutes: 1 })
          .lean()
          .cursor({ batchSize: 5000 }))
          if (r) seen++;
        if (seen !== records) throw new Error(`baseline read ${seen} of ${records}`);
      }),
    );
    let counted: Awaited<ReturnType<typeof counts.countAttendance>> | undefined;
    results.push(
      await measure('count', records, async () => {
        counted = await inActivity(() => counts.countAttendance({ year, asOf: `${year}-12-31` }));
      }),
    );
    if (counted!.records !== records) throw new Error(`count read ${counted!.records} of ${records}`);
    process.stdout.write(
      `count: ${counted!.employees} employees, ${counted!.workingDays} working days, ${started} cases to open\n`,
    );
    process.stdout.write(
      `BENCH ${JSON.stringify({ benchmark: 'attendance', employees, units, workingDays: days.length, records, casesToOpen: started, stageSeconds: Math.round(stageMs / 100) / 10, cpus: os.cpus().length, results })}\n`,
    );
    return 0;
  } finally {
    await db.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
