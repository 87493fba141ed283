// `npm run bench`: the benchmarks. Speed is measured here, never by the tests. By default the recruitment
// demo at 1,000 candidates (a whole CPNS cycle through the HTTP API on the local stack), with the demo's
// summary plus one machine-readable line to compare runs; `codec` (or `intake-codec`): what the payload
// codec costs on the intake (bench/intake-codec.ts); `export`: HR's exports of a large cycle (bench/export.ts).
//
//   npm run bench
//   npm run bench -- --candidates 2000 --concurrency 40     (any option of `npm run demo`)
//   npm run bench -- codec [--applications N --concurrency N --rounds N]
//   npm run bench -- export [--size N --rounds N]   (bench/export.ts: streamed exports against in-memory ones)
//   npm run bench -- attendance [--employees N --units N --year YYYY]   (bench/attendance.ts: a year imported and counted)
import os from 'node:os';
import { parseDemoArgs, printSummary, reportFailure, runRecruitmentDemo } from './demo';
import { runAttendanceBench } from './attendance';
import { runExportBench } from './export';
import { runIntakeCodecBench } from './intake-codec';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'codec' || argv[0] === 'intake-codec') return runIntakeCodecBench(argv.slice(1));
  if (argv[0] === 'export') return runExportBench(argv.slice(1));
  if (argv[0] === 'attendance') return runAttendanceBench(argv.slice(1));
  const options = parseDemoArgs(argv);
  process.stdout.write(
    `Benchmark: recruitment cycle, ${options.candidates} candidates, concurrency ${options.concurrency}, ` +
      `on ${os.cpus().length} CPU(s), Node ${process.version}\n`,
  );
  const s = await runRecruitmentDemo(options);
  printSummary(s, 'Benchmark: recruitment cycle');
  const result = {
    benchmark: 'recruitment-cycle',
    candidates: s.candidates,
    applied: s.applied,
    concurrency: options.concurrency,
    cpus: os.cpus().length,
    elapsedSeconds: Math.round(s.elapsedMs / 100) / 10,
    applySeconds: Math.round(s.applyMs / 100) / 10,
    applicationsPerSecond: Math.round((s.applied / (s.applyMs / 1000)) * 10) / 10,
    emails: s.emails.total,
    largestHistory: Math.max(s.histories.cycle.events, ...s.histories.applications.map((a) => a.events)),
    cycleHistory: s.histories.cycle.events,
    stages: Object.fromEntries(s.stages.map((x) => [x.name, Math.round(x.ms / 100) / 10])),
  };
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    reportFailure(err);
    process.exit(1);
  },
);
