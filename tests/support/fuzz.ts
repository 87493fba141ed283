// The schema-driven fuzz run of tests/e2e/api-fuzz.test.ts: runs the schemathesis CLI (installed by
// `npm run setup` into the per-user cache, stack/tools.ts) against a running API's /openapi.json and reads
// what it wrote: the JSON run report (failures by check, phases, stop reason) and the HAR file (every
// request and response), from which the test counts statuses and accounts for every change of state.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schemathesis } from '../../stack/tools';

/** One request and its response, as the HAR file keeps them. */
export interface Exchange {
  method: string;
  /** The path of the URL, without the query. */
  path: string;
  status: number;
  body?: string;
  location?: string;
}

export interface FuzzRun {
  label: string;
  exchanges: Exchange[];
  seconds: number;
  /** The JSON run report: `failures` lists each failed check with its operations. */
  report: {
    stop_reason: string;
    exit_code: number;
    test_cases: { generated: number; with_failures: number };
    operations: { selected: number; tested: number };
    failures: { code: string; title: string; operations: string[] }[];
    errors: { title: string; count: number }[];
    phases: Record<string, { status: string }>;
  };
  /** schemathesis's own account (each failure with its request and a curl line to reproduce it). */
  output: string;
  dir: string;
}

interface HarEntry {
  request: { method: string; url: string; postData?: { text?: string } };
  response: { status: number; headers: { name: string; value: string }[] };
}

/** Runs schemathesis once and reads its reports; `toml` is its configuration file. */
export async function runFuzz(opts: {
  label: string;
  baseUrl: string;
  token: string;
  toml: string;
  /** Test cases per operation and phase. */
  maxExamples: number;
  /** Hard bound of the whole run, in seconds (schemathesis stops its phases there). */
  maxSeconds: number;
  checks: string;
  /** Only these operations (by operationId); all of them when not given. */
  operations?: string[];
}): Promise<FuzzRun> {
  const cli = await schemathesis({ install: false });
  if (!cli) throw new Error('schemathesis is not installed: run `npm run setup` (it installs it from PyPI)');
  const dir = mkdtempSync(path.join(os.tmpdir(), `sdm-flow-fuzz-${opts.label}-`));
  const config = path.join(dir, 'schemathesis.toml');
  writeFileSync(config, opts.toml);
  const args = [
    '--config-file',
    config,
    'run',
    `${opts.baseUrl}/openapi.json`,
    '--url',
    opts.baseUrl,
    '--checks',
    opts.checks,
    '--max-examples',
    String(opts.maxExamples),
    // The same test cases every run (this mode keeps no example database and needs no seed).
    '--generation-deterministic',
    '--max-time',
    String(opts.maxSeconds),
    // One worker: schemathesis's threads race inside CPython 3.11's ast.parse ("AST constructor recursion
    // depth mismatch", a crash of the tool, not of the API), and the API shares the 2 cores anyway.
    '--workers',
    '1',
    '--request-timeout',
    '30',
    '--header',
    `Authorization: Bearer ${opts.token}`,
    '--report',
    'json,har',
    '--report-dir',
    dir,
    '--no-color',
    ...(opts.operations ?? []).flatMap((id) => ['--include-operation-id', id]),
  ];
  const started = Date.now();
  // Asynchronous: the API under test runs in this very process.
  const output = await new Promise<string>((resolve) => {
    execFile(
      cli,
      args,
      { cwd: dir, maxBuffer: 256 * 1024 * 1024, timeout: (opts.maxSeconds + 60) * 1000 },
      (_err, stdout, stderr) => resolve(`${stdout}\n${stderr}`),
    );
  });
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(path.join(dir, 'output.txt'), output);
  const file = (prefix: string) => {
    const name = readdirSync(dir).find((f) => f.startsWith(prefix));
    if (!name) throw new Error(`schemathesis wrote no ${prefix} report in ${dir}:\n${output.slice(-3000)}`);
    return readFileSync(path.join(dir, name), 'utf8');
  };
  const report = JSON.parse(file('json-')) as FuzzRun['report'];
  const har = JSON.parse(file('har-')) as { log: { entries: HarEntry[] } };
  const exchanges = har.log.entries.map(({ request, response }) => ({
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    body: request.postData?.text,
    location: response.headers.find((h) => h.name.toLowerCase() === 'location')?.value,
  }));
  return { label: opts.label, exchanges, seconds, report, output, dir };
}

/** The parts of schemathesis's output that explain its failures, short enough for an assertion message. */
export function failureSummary(run: FuzzRun): string {
  const start = run.output.indexOf('=== FAILURES');
  const end = run.output.indexOf('=== SUMMARY');
  const text = start >= 0 ? run.output.slice(start, end > start ? end : undefined) : run.output;
  return `${text.slice(0, 20_000)}\n(full output: ${path.join(run.dir, 'output.txt')})`;
}
