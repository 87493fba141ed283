// `npm run bench -- codec`: what the Temporal payload codec (AES-256-GCM over each whole payload,
// runtime/payload-codec.ts) costs on the intake, `POST /api/v1/recruitment/cycles/{code}/applications`
// answered 201. One local stack carries two engines of this process (a worker and the API each): one with
// the codec of PAYLOAD_KEYS, the baseline with an identity codec (payloads unchanged) on the API's client
// and on the worker; the failure converter is the same on both. Each round sends the same number of new
// applications to a fresh cycle at the same closed-loop concurrency; the variants take turns in pairs
// (codec, baseline, baseline, codec, …), so that drift of a shared machine, and the database growing round
// by round, favours neither. Both codecs are wrapped to add up the time spent in encode/decode and the
// payloads they see, from a round's first request until the engine has settled (every confirmation email
// out, no payload for 2 s).
//
//   npm run bench -- codec
//   npm run bench -- codec --applications 600 --concurrency 40 --rounds 3
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { DEV_HR_LOGIN, signInRedirectUri, webClientOf } from '../api/oidc/identity';
import { signInWithPassword } from '../api/oidc/password-sign-in';
import { createApiClient, type ApiClient } from '../api/client';
import { inParallel } from '../api/client/parallel';
import { startApi, type RunningApi } from '../api/server';
import { connectDatabase, type Database } from '../db/connection';
import { durationMs } from '../domain/time';
import { loadConfig, type Config } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { payloadCodecOf } from '../runtime/temporal';
import { freePort } from '../stack/ports';
import { startStack, type Stack } from '../stack/stack';
import { startWorker, type RunningWorker } from '../worker/run';
import { formationPlans, formatDuration, makeCandidates, random, witaIso } from './demo';

// ------------------------------------------------------------------------------------------ options

export interface CodecBenchOptions {
  /** Applications per round. */
  applications: number;
  /** Requests in flight at once (closed loop: the next starts when one is answered). */
  concurrency: number;
  /** Measured rounds per variant. */
  rounds: number;
  /** Applications per variant before the first round, not measured (JIT, caches, first connections). */
  warmup: number;
  seed: number;
}

const usage = `Usage: npm run bench -- codec [options]

  --applications N   applications per round (default 300)
  --concurrency N    requests in flight at once (default 20)
  --rounds N         measured rounds per variant, taking turns in pairs (default 2)
  --warmup N         applications per variant before the rounds, not measured (default 50)
  --seed N           seed of the synthetic candidates (default 2026)
`;

class UsageError extends Error {}

export function parseCodecArgs(argv: string[]): CodecBenchOptions {
  const o: CodecBenchOptions = { applications: 300, concurrency: 20, rounds: 2, warmup: 50, seed: 2026 };
  const bounds: Record<keyof CodecBenchOptions, [number, number]> = {
    applications: [10, 20_000],
    concurrency: [1, 500],
    rounds: [2, 10],
    warmup: [0, 1000],
    seed: [0, 2 ** 31],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = m?.[1] as keyof CodecBenchOptions | undefined;
    if (!name || !Object.hasOwn(bounds, name)) throw new UsageError(`unknown argument ${arg}`);
    const value = Number(m![2] ?? argv[++i]);
    const [min, max] = bounds[name];
    if (!Number.isInteger(value) || value < min || value > max)
      throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
    o[name] = value;
  }
  return o;
}

// ------------------------------------------------------------------------------------------ codecs

/**
 * A codec that counts the payloads through it and the time it takes. Both codecs here do all their work
 * synchronously inside the call (their promise is settled when it returns), so that is what is timed: the
 * time awaiting the promise would also count whatever else the event loop runs meanwhile.
 */
class TimedCodec implements PayloadCodec {
  ms = 0;
  payloads = 0;
  /** Bytes of the payloads as they were given (plain on encode, encrypted on decode). */
  bytes = 0;
  constructor(private readonly inner: PayloadCodec) {}

  encode(payloads: Payload[]): Promise<Payload[]> {
    return this.timed(() => this.inner.encode(payloads), payloads);
  }

  decode(payloads: Payload[]): Promise<Payload[]> {
    return this.timed(() => this.inner.decode(payloads), payloads);
  }

  private timed(run: () => Promise<Payload[]>, payloads: Payload[]): Promise<Payload[]> {
    const t = performance.now();
    try {
      return run();
    } finally {
      this.ms += performance.now() - t;
      this.payloads += payloads.length;
      for (const p of payloads) this.bytes += p.data?.length ?? 0;
    }
  }
}

/** The baseline: payloads as the default converter makes them, stored as they are. */
const identityCodec: PayloadCodec = {
  encode: (payloads) => Promise.resolve(payloads),
  decode: (payloads) => Promise.resolve(payloads),
};

// ------------------------------------------------------------------------------------------ the engines

type VariantName = 'codec' | 'baseline';

interface Engine {
  name: VariantName;
  codec: TimedCodec;
  config: Config;
  api: RunningApi;
  worker: RunningWorker;
  hr: ApiClient;
  anonymous: ApiClient;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The local stack as the demo starts it (or the servers TEMPORAL_ADDRESS / MONGODB_URI / SMTP_URL name). */
async function startBenchStack(dataDir: string): Promise<Stack> {
  const env = process.env;
  return startStack({
    dataDir,
    temporal: env.TEMPORAL_ADDRESS ? { external: env.TEMPORAL_ADDRESS } : { port: await freePort() },
    database: env.MONGODB_URI
      ? { external: env.MONGODB_URI }
      : { port: await freePort(), dbName: 'sdm-flow-bench' },
    smtp: env.SMTP_URL ? { external: env.SMTP_URL } : { port: await freePort(), httpPort: await freePort() },
  });
}

/** A worker and the API on the stack, on a task queue of their own, both with the codec `inner` makes (timed). */
async function startEngine(
  name: VariantName,
  stack: Stack,
  dataDir: string,
  runId: string,
  inner: (config: Config) => PayloadCodec,
): Promise<Engine> {
  const port = await freePort();
  const config = loadConfig({
    ...process.env,
    PORT: String(port),
    OIDC_PORT: String(await freePort()),
    PUBLIC_URL: `http://localhost:${port}`,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    MONGODB_URI: stack.mongoUri,
    SMTP_URL: stack.smtpUrl,
    DATA_DIR: dataDir,
    TEMPORAL_TASK_QUEUE: `sdm-flow-bench-${runId}-${name}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SHUTDOWN_GRACE: 'PT10S',
    // Every request comes from this one address: the per-IP limit must not be what is measured.
    RATE_LIMIT_PER_IP: '1000000',
  });
  const logger = createLogger(config.LOG_LEVEL);
  const codec = new TimedCodec(inner(config));
  const worker = await startWorker(config, logger, { payloadCodec: codec });
  const api = await startApi(config, logger, { payloadCodec: codec }).catch(async (err: unknown) => {
    await stopWorker(worker, config);
    throw err;
  });
  // HR signs in through this API's embedded provider, as `npm run token -- --role hr` does.
  const { accessToken: token } = await signInWithPassword(webClientOf(config), {
    login: DEV_HR_LOGIN,
    password: config.OIDC_DEV_PASSWORD,
    redirectUri: signInRedirectUri(config),
  });
  return {
    name,
    codec,
    config,
    api,
    worker,
    hr: createApiClient({ baseUrl: api.url, token }),
    anonymous: createApiClient({ baseUrl: api.url }),
  };
}

async function stopWorker({ worker, done }: RunningWorker, config: Config): Promise<void> {
  if (worker.getState() === 'RUNNING') worker.shutdown();
  await Promise.race([done.catch(() => undefined), sleep(durationMs(config.SHUTDOWN_GRACE) + 20_000)]);
}

// ------------------------------------------------------------------------------------------ a round

type Candidate = ReturnType<typeof makeCandidates>[number];

interface Round {
  variant: VariantName;
  cycleCode: string;
  applications: number;
  created: number;
  errors: number;
  /** Answers other than 201, by status (0: no answer), and the first error's message. */
  refusals: Record<string, number>;
  firstError?: string;
  /** From the first request to the last answer. */
  wallMs: number;
  latenciesMs: number[];
  /** This process's CPU (API, worker, the load itself) during the requests. */
  cpuMs: number;
  /** In the codec until the engine settled. */
  codecMs: number;
  payloads: number;
  payloadBytes: number;
}

async function runRound(
  e: Engine,
  db: Database,
  cycleCode: string,
  candidates: Candidate[],
  concurrency: number,
): Promise<Round> {
  const opensAt = Date.now() + 1000;
  const created = await e.hr.POST('/api/v1/recruitment/cycles', {
    body: {
      code: cycleCode,
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang (benchmark of the intake)',
      formations: formationPlans.map((f) => ({
        code: f.code,
        title: f.title,
        unit: f.unit,
        type: f.type,
        vacancies: Math.max(1, Math.round((f.vacanciesPer1000 * candidates.length) / 1000)),
      })),
      // Open long after the bench ends: no application expires, no timer fires while others are measured.
      schedule: {
        registrationOpensAt: witaIso(opensAt),
        registrationClosesAt: witaIso(opensAt + 6 * 3600_000),
      },
    },
  });
  if (created.response.status !== 201)
    throw new Error(
      `creating cycle ${cycleCode}: ${created.response.status} ${JSON.stringify(created.error)}`,
    );
  await waitFor(`cycle ${cycleCode} to open registration`, 60_000, async () => {
    const r = await e.hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code: cycleCode } } });
    return r.data?.phase === 'registration';
  });

  const round: Round = {
    variant: e.name,
    cycleCode,
    applications: candidates.length,
    created: 0,
    errors: 0,
    refusals: {},
    wallMs: 0,
    latenciesMs: [],
    cpuMs: 0,
    codecMs: 0,
    payloads: 0,
    payloadBytes: 0,
  };
  const fail = (status: number, message: string) => {
    round.errors += 1;
    round.refusals[status] = (round.refusals[status] ?? 0) + 1;
    round.firstError ??= message;
  };
  const codecAt = { ms: e.codec.ms, payloads: e.codec.payloads, bytes: e.codec.bytes };
  const cpuAt = process.cpuUsage();
  const started = performance.now();
  await inParallel(candidates, concurrency, async (c) => {
    const t = performance.now();
    try {
      const r = await e.anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', {
        params: { path: { code: cycleCode } },
        body: c.body,
      });
      if (r.response.status === 201) {
        round.latenciesMs.push(performance.now() - t);
        round.created += 1;
      } else fail(r.response.status, `${r.response.status} ${JSON.stringify(r.error)}`);
    } catch (err) {
      fail(0, (err as Error).message);
    }
  });
  round.wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuAt);
  round.cpuMs = (cpu.user + cpu.system) / 1000;

  // Settled: a confirmation email sent for each application, and no payload through the codec for 2 s.
  const mine = { _id: { $regex: `^application/${cycleCode}/` } };
  await waitFor(`the confirmation emails of ${cycleCode}`, 5 * 60_000, async () => {
    const [all, pending] = await Promise.all([
      db.models.outbox.countDocuments(mine),
      db.models.outbox.countDocuments({ ...mine, status: { $ne: 'sent' } }),
    ]);
    return all >= round.created && pending === 0;
  });
  for (let seen = -1; seen !== e.codec.payloads;) {
    seen = e.codec.payloads;
    await sleep(2000);
  }
  round.codecMs = e.codec.ms - codecAt.ms;
  round.payloads = e.codec.payloads - codecAt.payloads;
  round.payloadBytes = e.codec.bytes - codecAt.bytes;
  return round;
}

async function waitFor(what: string, timeoutMs: number, ok: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(250);
  }
}

// ------------------------------------------------------------------------------------------ the report

/** Nearest rank. */
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
const r1 = (n: number) => Math.round(n * 10) / 10;
const r3 = (n: number) => Math.round(n * 1000) / 1000;

function totals(rounds: Round[]) {
  const created = rounds.reduce((s, r) => s + r.created, 0);
  const sorted = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const wallMs = rounds.reduce((s, r) => s + r.wallMs, 0);
  return {
    rounds: rounds.length,
    applications: rounds.reduce((s, r) => s + r.applications, 0),
    created,
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    applicationsPerSecond: r1(created / (wallMs / 1000)),
    /** Each round's, to show the spread between rounds of one variant (the machine's noise). */
    roundsPerSecond: rounds.map((r) => r1(r.created / (r.wallMs / 1000))),
    p50Ms: Math.round(percentile(sorted, 50)),
    p99Ms: Math.round(percentile(sorted, 99)),
    cpuMsPerApplication: r1(rounds.reduce((s, r) => s + r.cpuMs, 0) / created),
    codecMsPerApplication: r3(rounds.reduce((s, r) => s + r.codecMs, 0) / created),
    payloadsPerApplication: r1(rounds.reduce((s, r) => s + r.payloads, 0) / created),
    payloadKbPerApplication: r1(rounds.reduce((s, r) => s + r.payloadBytes, 0) / 1024 / created),
  };
}

function roundLine(i: number, r: Round): string {
  const sorted = [...r.latenciesMs].sort((a, b) => a - b);
  return (
    `round ${i + 1} ${r.variant.padEnd(8)} ${r.cycleCode}: ${r.created}/${r.applications} in ${formatDuration(r.wallMs)} = ` +
    `${(r.created / (r.wallMs / 1000)).toFixed(1)}/s, p50 ${Math.round(percentile(sorted, 50))} ms, ` +
    `p99 ${Math.round(percentile(sorted, 99))} ms, errors ${r.errors}` +
    `${r.errors ? ` (${JSON.stringify(r.refusals)}; first: ${r.firstError})` : ''}; ` +
    `codec ${(r.codecMs / Math.max(1, r.created)).toFixed(3)} ms/application over ${(r.payloads / Math.max(1, r.created)).toFixed(1)} payloads; ` +
    `process CPU ${(r.cpuMs / Math.max(1, r.created)).toFixed(1)} ms/application`
  );
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ------------------------------------------------------------------------------------------ the run

export async function runIntakeCodecBench(
  argv: string[],
  print: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): Promise<number> {
  let o: CodecBenchOptions;
  try {
    o = parseCodecArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (!err.message) {
      process.stdout.write(usage);
      return 0;
    }
    process.stderr.write(`${err.message}\n\n${usage}`);
    return 2;
  }
  const loadBefore = os.loadavg();
  print(
    `Benchmark: intake with the payload codec against an identity codec, ${o.applications} applications per round, ` +
      `${o.rounds} rounds per variant, concurrency ${o.concurrency}, on ${os.cpus().length} CPU(s), Node ${process.version}, ` +
      `load average ${load()}`,
  );
  const runId = Date.now().toString(36).toUpperCase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'intake-codec-bench-'));
  const stopping: (() => Promise<void>)[] = [];
  let ok = false;
  try {
    const stack = await startBenchStack(dataDir);
    stopping.push(() => stack.stop());
    const db = await connectDatabase(stack.mongoUri);
    stopping.push(() => db.close());
    const engines = new Map<VariantName, Engine>();
    for (const [name, inner] of [
      ['codec', (c: Config) => payloadCodecOf(c.PAYLOAD_KEYS)],
      ['baseline', () => identityCodec],
    ] as const) {
      const e = await startEngine(name, stack, dataDir, runId.toLowerCase(), inner);
      stopping.push(async () => {
        await e.api.stop();
        await stopWorker(e.worker, e.config);
      });
      engines.set(name, e);
    }
    print(`engines up on one stack (Temporal ${stack.temporalAddress}, database ${stack.mongoUri})`);

    // Distinct people throughout: no NIK or address applies twice (the per-applicant limit stays out of it).
    const people = makeCandidates(2 * o.warmup + 2 * o.rounds * o.applications, random(o.seed));
    let next = 0;
    const take = (n: number) => people.slice(next, (next += n));
    let cycles = 0;
    const cycleCode = () => `BENCH-${runId}-${++cycles}`;
    if (o.warmup > 0) {
      for (const e of engines.values()) await runRound(e, db, cycleCode(), take(o.warmup), o.concurrency);
      print(`warm-up: ${o.warmup} applications per variant`);
    }
    const order: VariantName[] = Array.from({ length: 2 * o.rounds }, (_, i) =>
      i % 4 === 0 || i % 4 === 3 ? 'codec' : 'baseline',
    );
    const rounds: Round[] = [];
    for (const [i, name] of order.entries()) {
      const r = await runRound(engines.get(name)!, db, cycleCode(), take(o.applications), o.concurrency);
      rounds.push(r);
      print(roundLine(i, r));
    }

    const codec = totals(rounds.filter((r) => r.variant === 'codec'));
    const baseline = totals(rounds.filter((r) => r.variant === 'baseline'));
    const throughputRatio = r3(codec.applicationsPerSecond / baseline.applicationsPerSecond);
    const slowerPercent = r1((baseline.applicationsPerSecond / codec.applicationsPerSecond - 1) * 100);
    const loadAfter = os.loadavg();
    print('');
    print('══ Intake (POST …/applications → 201): AES-256-GCM payload codec against an identity codec ══');
    const header = [
      'variant',
      'created',
      'errors',
      'applications/s (rounds)',
      'p50 ms',
      'p99 ms',
      'codec ms/app',
      'payloads/app',
      'KB/app',
      'CPU ms/app',
    ];
    const table = [
      header,
      ...(
        [
          ['codec', codec],
          ['baseline', baseline],
        ] as const
      ).map(([name, t]) =>
        [
          name,
          t.created,
          t.errors,
          `${t.applicationsPerSecond.toFixed(1)} (${t.roundsPerSecond.join(', ')})`,
          t.p50Ms,
          t.p99Ms,
          t.codecMsPerApplication.toFixed(3),
          t.payloadsPerApplication.toFixed(1),
          t.payloadKbPerApplication.toFixed(1),
          t.cpuMsPerApplication.toFixed(1),
        ].map(String),
      ),
    ];
    const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)));
    for (const cells of table)
      print(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    // How far apart the rounds of one variant are: a difference between the variants below it is noise.
    const spreadPercent = r1(
      Math.max(
        ...[codec, baseline].map(
          (t) =>
            ((Math.max(...t.roundsPerSecond) - Math.min(...t.roundsPerSecond)) / t.applicationsPerSecond) *
            100,
        ),
      ),
    );
    print(
      `codec/baseline: throughput ${throughputRatio.toFixed(3)} ` +
        `(${Math.abs(slowerPercent)} % ${slowerPercent >= 0 ? 'slower' : 'faster'} per application; ` +
        `the rounds of one variant differ by up to ${spreadPercent} %), ` +
        `p50 ${(codec.p50Ms / baseline.p50Ms).toFixed(3)}, p99 ${(codec.p99Ms / baseline.p99Ms).toFixed(3)}`,
    );
    print(
      `codec time: ${codec.codecMsPerApplication.toFixed(3)} ms per application (identity codec ` +
        `${baseline.codecMsPerApplication.toFixed(3)} ms) over ${codec.payloadsPerApplication} payloads, ` +
        `${codec.payloadKbPerApplication} KB, until the confirmation email is out; ` +
        `this process's CPU ${codec.cpuMsPerApplication} ms per application (baseline ${baseline.cpuMsPerApplication} ms)`,
    );
    print(`load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${load()}`);
    const result = {
      benchmark: 'intake-codec',
      applicationsPerRound: o.applications,
      concurrency: o.concurrency,
      roundsPerVariant: o.rounds,
      order,
      cpus: os.cpus().length,
      node: process.version,
      loadBefore: loadBefore.map(r1),
      loadAfter: loadAfter.map(r1),
      codec,
      baseline,
      throughputRatio,
      slowerPercent,
      spreadPercent,
      p50Ratio: r3(codec.p50Ms / baseline.p50Ms),
      p99Ratio: r3(codec.p99Ms / baseline.p99Ms),
      codecMsPerApplication: codec.codecMsPerApplication,
    };
    print(`BENCH ${JSON.stringify(result)}`);
    ok = true;
    return codec.errors + baseline.errors === 0 ? 0 : 1;
  } catch (err) {
    process.stderr.write(`\nThe codec benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  } finally {
    for (const s of stopping.reverse()) await s().catch(() => undefined);
    if (ok) rmSync(dataDir, { recursive: true, force: true });
    else print(`data and logs kept in ${dataDir}`);
  }
}

if (require.main === module) runIntakeCodecBench(process.argv.slice(2)).then((code) => process.exit(code));
