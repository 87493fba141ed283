// `npm run demo`: a synthetic CPNS cycle of Kota Kupang driven from registration to the last appointment
// through the HTTP API, on an engine this process starts itself (the local stack in a fresh temporary data
// directory on free ports, unless TEMPORAL_ADDRESS / MONGODB_URI / SMTP_URL point at existing servers, then
// a worker and the API in-process). It acts as an HR officer and as every candidate: applications with
// bounded concurrency, bulk screening, announcements, appeals, SKD sessions and results, SKB results,
// documents, withdrawals after passing and the replacements they cause, until the cycle is closed. Then it
// prints a summary: per formation, emails, elapsed time, throughput and the largest workflow histories.
//
//   npm run demo                              1,000 candidates
//   npm run demo -- --candidates 5000 --concurrency 40
//   npm run demo -- appraisal [args]          the appraisal demo (bench/appraisal-demo.ts)
//
// `npm run bench` (bench/run.ts) calls runRecruitmentDemo() with the benchmark's options.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { createAuth } from '../api/auth';
import { DEV_HR_LOGIN, signInRedirectUri, webClientOf } from '../api/oidc/identity';
import { signInWithPassword } from '../api/oidc/password-sign-in';
import {
  ApiError,
  createApiClient,
  type Query,
  type Reply,
  type RequestBody,
  type ResponseBody,
} from '../api/client';
import { inParallel } from '../api/client/parallel';
import { startApi, type RunningApi } from '../api/server';
import { applicantKeyOf } from '../commands/recruitment/context';
import { connectDatabase, type Database } from '../db/connection';
import { cpns2024, type FormationType, type SkdSubtest } from '../domain/recruitment/rule-sets';
import { skdComparator, type SkdRanked } from '../domain/recruitment/ranking';
import { skdOutcome, skdTotal } from '../domain/recruitment/skd';
import { applicationStatuses } from '../domain/recruitment/stages';
import { durationMs } from '../domain/time';
import { ConfigError, loadConfig, projectRoot, type Config } from '../runtime/config';
import { createLogger } from '../runtime/logger';
import { connectClient, payloadCodecOf } from '../runtime/temporal';
import { freePort } from '../stack/ports';
import { StackError } from '../stack/progress';
import { startStack, type Stack } from '../stack/stack';
import { startWorker, type RunningWorker } from '../worker/run';
import { type CycleState } from '../workflows/recruitment/messages';
import { applicationWorkflowId, cycleWorkflowId } from '../domain/workflow-ids';

// ------------------------------------------------------------------------------------------ options

/**
 * How often the demo looks at the cycle while it waits. Each look counts applications or emails, which
 * the embedded FerretDB answers by reading the whole collection (about a second at 1,000 applications):
 * polling every second took most of the database's time away from the engine it was measuring.
 */
const POLL_MS = 5000;

export interface DemoOptions {
  /** How many candidates apply. */
  candidates: number;
  /** How many HTTP requests the candidates (and HR's per-application steps) have in flight at once. */
  concurrency: number;
  /** Seed of the synthetic data: the same seed gives the same people and scores. */
  seed: number;
  /** How long registration stays open (seconds); long enough for every application to get in. */
  registrationSeconds: number;
  /** ISO 8601 durations of the compressed schedule. */
  appealWindow: string;
  appealAnswerWindow: string;
  appealAnswerReminderBefore: string;
  documentWindow: string;
  documentReminderBefore: string;
  /** Passers who withdraw after passing (each vacancy goes to the next in rank). */
  withdrawals: number;
  /** Passers who let the document window pass (reminded, failed at the deadline, replaced). */
  noShows: number;
  /** Keep the temporary data directory (logs, databases, captured mail) after the run. */
  keepData: boolean;
}

export function defaultDemoOptions(candidates = 1000): DemoOptions {
  return {
    candidates,
    concurrency: 20,
    seed: 2026,
    // Applications go in at about 20 per second on 2 idle cores, and fewer under load; the rest is margin.
    registrationSeconds: Math.ceil(30 + candidates / 8),
    // The window opens when HR announces; the candidates hear of it as the fan-out reaches them, which
    // takes a while on a small, busy machine: long enough that the first of them can still appeal.
    appealWindow: `PT${Math.max(30, Math.round(candidates / 8))}S`,
    appealAnswerWindow: 'PT2M',
    appealAnswerReminderBefore: 'PT1M',
    documentWindow: 'PT60S',
    documentReminderBefore: 'PT20S',
    withdrawals: 2,
    noShows: 1,
    keepData: false,
  };
}

const usage = `Usage: npm run demo -- [recruitment] [options]     or     npm run demo -- appraisal [options]

Recruitment options:
  --candidates N        candidates who apply (default 1000)
  --concurrency N       HTTP requests in flight at once (default 20)
  --seed N              seed of the synthetic people and scores (default 2026)
  --registration S      seconds registration stays open (default 30 + candidates/8)
  --appeal-window D     ISO 8601 duration of each appeal window (default PT30S; 1 s per 8 candidates above 240)
  --document-window D   ISO 8601 duration of the document window (default PT60S; reminder PT20S before)
  --withdrawals N       passers who withdraw after passing (default 2)
  --no-shows N          passers who miss the document deadline (default 1)
  --keep-data           keep the temporary data directory (logs, databases, mail)
`;

export function parseDemoArgs(argv: string[]): DemoOptions {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage);
      process.exit(0);
    }
    if (arg === '--keep-data') {
      given.set('keep-data', 'true');
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unknown argument ${arg}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${m[1]} needs a value`);
    given.set(m[1]!, value);
  }
  const int = (name: string, min: number, max: number): number | undefined => {
    const v = given.get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const duration = (name: string): string | undefined => {
    const v = given.get(name);
    if (v === undefined) return undefined;
    try {
      if (durationMs(v) > 0) return v;
    } catch {
      // reported below
    }
    throw new UsageError(`--${name} must be an ISO 8601 duration such as PT10S`);
  };
  const known = [
    'candidates',
    'concurrency',
    'seed',
    'registration',
    'appeal-window',
    'document-window',
    'withdrawals',
    'no-shows',
    'keep-data',
  ];
  for (const name of given.keys())
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);

  const o = defaultDemoOptions(int('candidates', 20, 50_000));
  const documentWindow = duration('document-window');
  return {
    ...o,
    concurrency: int('concurrency', 1, 500) ?? o.concurrency,
    seed: int('seed', 0, 2 ** 31) ?? o.seed,
    registrationSeconds: int('registration', 5, 86_400) ?? o.registrationSeconds,
    appealWindow: duration('appeal-window') ?? o.appealWindow,
    documentWindow: documentWindow ?? o.documentWindow,
    // The reminder goes out with a third of the window left.
    documentReminderBefore: documentWindow
      ? `PT${Math.max(1, Math.round(durationMs(documentWindow) / 3000))}S`
      : o.documentReminderBefore,
    withdrawals: int('withdrawals', 0, 5) ?? o.withdrawals,
    noShows: int('no-shows', 0, 5) ?? o.noShows,
    keepData: given.has('keep-data'),
  };
}

class UsageError extends Error {}
/** A failure the demo explains itself (a wait that timed out): its message says it all, no stack. */
class DemoError extends Error {}

// ------------------------------------------------------------------------------------------ synthetic data

/** A small seeded generator (mulberry32), so a seed gives the same people and scores every time. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    let u = 0;
    while (u === 0) u = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    normal,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

interface FormationPlan {
  code: string;
  title: string;
  unit: string;
  type: FormationType;
  /** Share of the candidates and vacancies per 1,000 candidates. */
  share: number;
  vacanciesPer1000: number;
  education: { level: 'D3' | 'S1'; majors: string[]; minGpa: number };
  /** Shifts the ability of this formation's applicants so that about half pass its SKD passing grade. */
  skdShift: number;
}

export const formationPlans: FormationPlan[] = [
  {
    code: 'PRANATA-KOMPUTER-AP',
    title: 'Pranata Komputer Ahli Pertama',
    unit: 'Dinas Komunikasi dan Informatika',
    type: 'umum',
    share: 0.28,
    vacanciesPer1000: 4,
    education: {
      level: 'S1',
      majors: ['Teknik Informatika', 'Sistem Informasi', 'Ilmu Komputer'],
      minGpa: 2.75,
    },
    skdShift: -15,
  },
  {
    code: 'GURU-MATEMATIKA-AP',
    title: 'Guru Ahli Pertama - Matematika',
    unit: 'Dinas Pendidikan dan Kebudayaan',
    type: 'umum',
    share: 0.25,
    vacanciesPer1000: 4,
    education: { level: 'S1', majors: ['Pendidikan Matematika'], minGpa: 2.75 },
    skdShift: -15,
  },
  {
    code: 'PERAWAT-TERAMPIL',
    title: 'Perawat Terampil',
    unit: 'RSUD S.K. Lerik',
    type: 'umum',
    share: 0.2,
    vacanciesPer1000: 3,
    education: { level: 'D3', majors: ['Keperawatan'], minGpa: 2.75 },
    skdShift: -15,
  },
  {
    code: 'ANALIS-KEUANGAN-AP',
    title: 'Analis Keuangan Pusat dan Daerah Ahli Pertama',
    unit: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    type: 'umum',
    share: 0.14,
    vacanciesPer1000: 2,
    education: {
      level: 'S1',
      majors: ['Akuntansi', 'Manajemen Keuangan', 'Ekonomi Pembangunan'],
      minGpa: 2.75,
    },
    skdShift: -15,
  },
  {
    code: 'DOKTER-AP-CUMLAUDE',
    title: 'Dokter Ahli Pertama (lulusan cumlaude)',
    unit: 'Dinas Kesehatan',
    type: 'cumlaude',
    share: 0.08,
    vacanciesPer1000: 1,
    education: { level: 'S1', majors: ['Pendidikan Dokter'], minGpa: 3.51 },
    skdShift: -35,
  },
  {
    code: 'ARSIPARIS-TERAMPIL-DIS',
    title: 'Arsiparis Terampil (penyandang disabilitas)',
    unit: 'Dinas Kearsipan dan Perpustakaan',
    type: 'disabilitas',
    share: 0.05,
    vacanciesPer1000: 1,
    education: { level: 'D3', majors: ['Kearsipan', 'Administrasi Perkantoran'], minGpa: 2.75 },
    skdShift: -75,
  },
];

const firstNames = (
  'Maria,Yohanes,Agustina,Paulus,Dewi,Kristian,Yuliana,Fransiskus,Margaretha,Stefanus,Theresia,Yosef,' +
  'Elisabeth,Antonius,Veronika,Daniel,Maria Goreti,Petrus,Anastasia,Marthen,Yuni,Oktovianus,Ester,' +
  'Ferdinand,Rambu,Umbu,Sarlin,Novi,Rizky,Ahmad,Siti,Nurhayati,Imanuel,Debora,Melkianus,Yanti,Adrianus,Lusia'
).split(',');
const lastNames = (
  'Fernandez,Lado,Nenobais,Bria,Tefa,Manafe,Fanggidae,Ndun,Kolo,Amalo,Messakh,Pah,Mooy,Foenay,Riwu,Nalle,' +
  'Rohi,Dethan,Tallo,Lay,Sinlae,Benu,Taopan,Nope,Seran,Da Costa,Pello,Nubatonis,Lakapu,Haning,Bunga,Radja'
).split(',');

interface Candidate {
  index: number;
  formation: FormationPlan;
  /** Latent ability: SKD and SKB scores follow it, so the same people tend to do well in both. */
  ability: number;
  body: RequestBody<'/api/v1/recruitment/cycles/{code}/applications', 'post'>;
  applicationId?: string;
  token?: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** How many of `total` go to each plan, by share, adding up exactly. */
function apportion(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const raw = shares.map((s) => (s / sum) * total);
  const out = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  const short = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < short; k++) out[order[k]![1]]! += 1;
  return out;
}

export function makeCandidates(n: number, rnd: Random): Candidate[] {
  const perFormation = apportion(
    n,
    formationPlans.map((f) => f.share),
  );
  const plans = formationPlans.flatMap((f, i) => Array.from({ length: perFormation[i]! }, () => f));
  // Shuffled, so that applications to every formation arrive throughout registration.
  for (let i = plans.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [plans[i], plans[j]] = [plans[j]!, plans[i]!];
  }
  return plans.map((formation, index) => {
    const first = rnd.pick(firstNames);
    const last = rnd.pick(lastNames);
    const female = rnd.chance(0.55);
    const year = rnd.int(1992, 2003);
    const month = rnd.int(1, 12);
    const day = rnd.int(1, 28);
    // NIK: province/city/district (Kota Kupang 5371xx), birth date (DD + 40 for women) DDMMYY, serial from 0001.
    const district = pad(1 + (Math.floor(index / 9_999) % 6), 2);
    const nik = `5371${district}${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(1 + (index % 9_999), 4)}`;
    const { level, majors, minGpa } = formation.education;
    const gpa = Math.round(clamp(3.3 + 0.25 * rnd.normal(), minGpa, 4) * 100) / 100;
    const slug = `${first}.${last}`.toLowerCase().replace(/[^a-z.]+/g, '');
    return {
      index,
      formation,
      ability: rnd.normal(),
      body: {
        nik,
        name: `${first} ${last}`,
        email: `${slug}.${index}@kandidat.example.com`,
        birthDate: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
        education: { level, major: rnd.pick(majors), gpa },
        formationCode: formation.code,
        language: rnd.chance(0.05) ? 'en' : 'id',
      },
    };
  });
}

type SkdScores = Record<SkdSubtest, number>;

/** TWK/TIU in multiples of 5, TKP whole, roughly normal around values where about half pass. */
function skdScores(c: Candidate, rnd: Random): SkdScores {
  const shift = c.formation.skdShift;
  const part = () => 0.7 * c.ability + 0.71 * rnd.normal();
  const by5 = (v: number, max: number) => 5 * Math.round(clamp(v, 0, max) / 5);
  return {
    twk: by5(84 + shift * 0.25 + 16 * part(), 150),
    tiu: by5(98 + shift * 0.35 + 19 * part(), 175),
    tkp: Math.round(clamp(176 + shift * 0.4 + 13 * part(), 0, 225)),
  };
}

const skbComponents = [
  { code: 'CAT', name: 'CAT SKB kompetensi bidang', kind: 'cat', weight: 0.6 },
  { code: 'PRAKTIK', name: 'Uji praktik kerja', kind: 'practical', weight: 0.25 },
  { code: 'PSIKOTES', name: 'Tes psikologi', kind: 'psychological', weight: 0.15 },
] as const;

function skbScores(c: Candidate, rnd: Random): Record<string, number> {
  const score = (mean: number, sd: number) =>
    Math.round(clamp(mean + sd * (0.5 * c.ability + 0.87 * rnd.normal()), 0, 100));
  return { CAT: score(72, 10), PRAKTIK: score(75, 9), PSIKOTES: score(70, 8) };
}

const tmsReasons = [
  'IPK di bawah syarat minimal formasi',
  'Kualifikasi pendidikan tidak sesuai formasi',
  'Surat lamaran tidak ditandatangani',
  'Pas foto tidak sesuai ketentuan',
];

// ------------------------------------------------------------------------------------------ the engine

interface Engine {
  config: Config;
  stack: Stack;
  api: RunningApi;
  worker: RunningWorker;
  client: Client;
  db: Database;
  dataDir: string;
  stop(keepData: boolean): Promise<void>;
}

/** The local stack (or the servers named by the environment), a worker and the API, all in this process. */
async function startEngine(runId: string, say: (line: string) => void): Promise<Engine> {
  const env = process.env;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'recruitment-demo-'));
  const stopping: (() => Promise<void>)[] = [];
  const stop = async (keepData: boolean) => {
    for (const s of stopping.reverse()) await s().catch(() => undefined);
    stopping.length = 0;
    if (!keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const stack = await startStack({
      dataDir,
      temporal: env.TEMPORAL_ADDRESS ? { external: env.TEMPORAL_ADDRESS } : { port: await freePort() },
      database: env.MONGODB_URI
        ? { external: env.MONGODB_URI }
        : { port: await freePort(), dbName: 'sdm-flow-demo' },
      smtp: env.SMTP_URL
        ? { external: env.SMTP_URL }
        : { port: await freePort(), httpPort: await freePort() },
    });
    stopping.push(() => stack.stop());
    const port = await freePort();
    const config = loadConfig({
      ...env,
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      TEMPORAL_ADDRESS: stack.temporalAddress,
      MONGODB_URI: stack.mongoUri,
      SMTP_URL: stack.smtpUrl,
      DATA_DIR: dataDir,
      // A task queue of its own: a worker of another version on a shared server never takes its tasks.
      TEMPORAL_TASK_QUEUE: `sdm-flow-demo-${runId}`,
      LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
      SHUTDOWN_GRACE: 'PT10S',
      // Its own embedded OpenID provider, beside any npm start on 3001; HR's token lasts the whole run.
      OIDC_PORT: env.OIDC_PORT ?? String(await freePort()),
      OIDC_DEV_TOKEN_LIFETIME: env.OIDC_DEV_TOKEN_LIFETIME ?? 'PT12H',
    });
    const logger = createLogger(config.LOG_LEVEL);
    const worker = await startWorker(config, logger);
    stopping.push(async () => {
      if (worker.worker.getState() === 'RUNNING') worker.worker.shutdown();
      // After a failure, activities that ignore cancellation could hold the worker for minutes: the
      // servers are stopped after the grace time and a margin whatever they do.
      const margin = durationMs(config.SHUTDOWN_GRACE) + 20_000;
      const stopped = await Promise.race([
        worker.done.then(
          () => true,
          () => true,
        ),
        sleep(margin).then(() => false),
      ]);
      if (!stopped) say(`the worker did not stop within ${margin / 1000}s; stopping the servers anyway`);
    });
    const api = await startApi(config, logger);
    stopping.push(() => api.stop());
    const temporal = await connectClient(
      config.TEMPORAL_ADDRESS,
      config.TEMPORAL_NAMESPACE,
      payloadCodecOf(config.PAYLOAD_KEYS),
    );
    stopping.push(() => temporal.connection.close());
    const db = await connectDatabase(config.MONGODB_URI);
    stopping.push(() => db.close());
    say(
      `engine up: API ${api.url}, Temporal ${stack.temporalAddress}, ` +
        `database ${stack.mongoUri}, mail ${stack.mailUrl ?? stack.smtpUrl}, data ${dataDir}`,
    );
    return { config, stack, api, worker, client: temporal.client, db, dataDir, stop };
  } catch (err) {
    await stop(true);
    throw err;
  }
}

// ------------------------------------------------------------------------------------------ HTTP

type AppItem = ResponseBody<'/api/v1/recruitment/cycles/{code}/applications', 'get'>['items'][number];
type ApplicationFilter = Omit<
  Query<'/api/v1/recruitment/cycles/{code}/applications', 'get'>,
  'page' | 'pageSize'
>;

/**
 * A fetch that sends a request again after a server error (the local database refusing a write under
 * load) or a lost connection, up to 5 attempts: every command the demo sends is idempotent.
 */
function retryingFetch() {
  const retried = { serverErrors: 0, connections: 0 };
  async function send(request: Request): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await fetch(request.clone());
        if (r.status < 500 || attempt >= 5) return r;
        await r.text();
        retried.serverErrors += 1;
      } catch (err) {
        const url = new URL(request.url);
        if (attempt >= 5)
          throw new Error(`${request.method} ${url.pathname}${url.search}: ${(err as Error).message}`);
        retried.connections += 1;
      }
      await sleep(1000 * 2 ** (attempt - 1));
    }
  }
  return Object.assign(send, { retried });
}

/** A reply that is no refusal (4xx, 5xx) unless its status is one of `allowed`; otherwise an ApiError. */
async function notRefused<R extends Reply>(call: Promise<R>, allowed: number[] = []) {
  const r = await call;
  const status = r.response.status;
  if (status >= 400 && !allowed.includes(status))
    throw new ApiError(status, r.error, new URL(r.response.url).pathname);
  return { status, json: r.data as NonNullable<R['data']> };
}

// ------------------------------------------------------------------------------------------ helpers

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const chunks = <T>(xs: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

const num = (n: number) => n.toLocaleString('en-US');

export function formatDuration(ms: number): string {
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** `YYYY-MM-DDTHH:mm:ss+08:00`: an instant as HR in Kupang writes it. */
export function witaIso(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19) + '+08:00';
}

function showCounts(byStatus: Record<string, number>): string {
  return applicationStatuses
    .filter((s) => byStatus[s])
    .map((s) => `${s} ${num(byStatus[s]!)}`)
    .join(' · ');
}

// ------------------------------------------------------------------------------------------ the demo

export interface FormationSummary {
  code: string;
  type: FormationType;
  vacancies: number;
  applicants: number;
  tms: number;
  passedSkd: number;
  advanced: number;
  passed: number;
  withdrawn: number;
  missedDocuments: number;
  replaced: number;
  appointed: number;
}

export interface DemoSummary {
  cycleCode: string;
  candidates: number;
  applied: number;
  formations: FormationSummary[];
  emails: { total: number; sent: number; byTemplate: Record<string, number> };
  elapsedMs: number;
  applyMs: number;
  stages: { name: string; ms: number }[];
  histories: {
    cycle: { workflowId: string; events: number };
    applications: { workflowId: string; why: string; events: number }[];
  };
  replacements: number;
  unfilled: string[];
  /** Requests the demo sent again after a 5xx answer or a lost connection. */
  retried: { serverErrors: number; connections: number };
}

export async function runRecruitmentDemo(
  o: DemoOptions,
  print: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): Promise<DemoSummary> {
  const started = Date.now();
  const elapsed = () => formatDuration(Date.now() - started).padStart(7);
  const say = (line: string) => print(`[${elapsed()}] ${line}`);
  const stages: { name: string; ms: number }[] = [];
  let stageStart = Date.now();
  const stageDone = (name: string, detail: string) => {
    const ms = Date.now() - stageStart;
    stages.push({ name, ms });
    stageStart = Date.now();
    say(`${name.padEnd(24)} ${formatDuration(ms).padStart(7)}  ${detail}`);
  };

  const rnd = random(o.seed);
  const runId = Date.now().toString(36).toUpperCase();
  const code = `DEMO-${runId}`;
  // Ctrl-C stops the demo at its next step and still stops the engine cleanly.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  const checkInterrupted = () => {
    if (interrupted) throw new DemoError('interrupted');
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  say(`starting the engine (local stack in a temporary directory, worker and API in this process)…`);
  const engine = await startEngine(runId.toLowerCase(), say).catch((err: unknown) => {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    throw err;
  });
  let ok = false;
  stageStart = Date.now();
  try {
    const summary = await driveCycle();
    ok = true;
    return summary;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    say(ok ? 'stopping the API, the worker and the stack…' : 'stopping the engine…');
    await engine.stop(o.keepData || !ok);
    if (o.keepData || !ok) say(`data, logs and captured mail kept in ${engine.dataDir}`);
  }

  async function driveCycle(): Promise<DemoSummary> {
    const { config, client, db } = engine;
    const fetch = retryingFetch();
    const baseUrl = engine.api.url;
    const auth = createAuth(config.AUTH_SECRET);
    // HR signs in through the embedded provider, as `npm run token -- --role hr` does.
    const hrTokens = await signInWithPassword(webClientOf(config), {
      login: DEV_HR_LOGIN,
      password: config.OIDC_DEV_PASSWORD,
      redirectUri: signInRedirectUri(config),
    });
    const hr = createApiClient({ baseUrl, token: hrTokens.accessToken, fetch });
    const anonymous = createApiClient({ baseUrl, fetch });
    const candidate = (c: Candidate) => createApiClient({ baseUrl, token: c.token, fetch });
    const cycle = () =>
      notRefused(hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code } } })).then(
        (r) => r.json,
      );

    /** Polls until `ok`, saying what it sees every 10 s; gives up after `timeoutMs`. */
    async function until<T>(
      what: string,
      probe: () => Promise<T>,
      accept: (v: T) => boolean,
      show: (v: T) => string,
      timeoutMs = 30 * 60_000,
    ): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      let lastSaid = Date.now();
      for (;;) {
        checkInterrupted();
        const v = await probe();
        if (accept(v)) return v;
        if (Date.now() > deadline)
          throw new DemoError(
            `gave up waiting for ${what}; last seen: ${show(v)}${await failingActivities()}`,
          );
        if (Date.now() - lastSaid > 10_000) {
          say(`  … waiting for ${what}: ${show(v)}`);
          lastSaid = Date.now();
        }
        await sleep(POLL_MS);
      }
    }
    /** What keeps the engine from moving: activities that keep failing, for the message of a timeout. */
    async function failingActivities(): Promise<string> {
      const lines: string[] = [];
      let scanned = 0;
      const running = client.workflow.list({
        query: `TaskQueue = '${config.TEMPORAL_TASK_QUEUE}' AND ExecutionStatus = 'Running'`,
      });
      for await (const w of running) {
        if (++scanned > 2000 || lines.length >= 10) break;
        const d = await client.workflow.getHandle(w.workflowId).describe();
        for (const a of d.raw.pendingActivities ?? []) {
          if ((a.attempt ?? 1) > 1)
            lines.push(
              `\n    ${w.workflowId}: ${a.activityType?.name} attempt ${a.attempt}: ${a.lastFailure?.message ?? ''}`,
            );
        }
      }
      return lines.length ? `\n  activities failing again and again:${lines.join('')}` : '';
    }
    const outboxOf = () => db.models.outbox.find(mine, { template: 1, status: 1 }).lean();
    const mine = { _id: { $regex: `^(recruitment-cycle|application)/${code}/` } };
    async function settle(what: string): Promise<void> {
      let last = -1;
      let stableSince = Date.now();
      await until(
        what,
        () =>
          Promise.all([
            db.models.outbox.countDocuments(mine),
            db.models.outbox.countDocuments({ ...mine, status: { $ne: 'sent' } }),
          ]),
        ([n, pending]) => {
          if (n !== last || pending > 0) {
            last = n;
            stableSince = Date.now();
            return false;
          }
          return Date.now() - stableSince >= 3000;
        },
        ([n, pending]) => `${num(n)} emails so far, ${num(pending)} being sent`,
        30 * 60_000,
      );
    }
    const untilPhase = (phase: string, timeoutMs?: number) =>
      until(
        `phase ${phase}`,
        cycle,
        (c) => c.phase === phase,
        (c) => `${c.phase}; ${showCounts(c.counts.byStatus)}`,
        timeoutMs,
      );

    /** Every application of the cycle (HR's list, a page of 500 at a time). */
    async function listAll(query: ApplicationFilter = {}): Promise<AppItem[]> {
      const items: AppItem[] = [];
      for (let page = 1; ; page++) {
        const { json } = await notRefused(
          hr.GET('/api/v1/recruitment/cycles/{code}/applications', {
            params: { path: { code }, query: { ...query, pageSize: 500, page } },
          }),
        );
        items.push(...json.items);
        if (json.items.length < 500) return items;
      }
    }

    /** The token of the personal link in the first email to `email` (the confirmation), from the capture. */
    async function linkFromMailbox(email: string, applicationId: string): Promise<string> {
      if (!engine.stack.mailUrl)
        return auth.sign({ sub: applicationId, role: 'candidate', app: applicationId }, '30d');
      for (let tries = 0; tries < 600; tries++) {
        const res = await globalThis.fetch(
          `${engine.stack.mailUrl}/messages?to=${encodeURIComponent(email)}`,
        );
        const messages = (await res.json()) as { text: string }[];
        // The personal link carries only its token, whose `app` claim names the application.
        const token = messages
          .map((m) => /\/candidate\/link\?t=([\w-]+\.([\w-]+)\.[\w-]+)/.exec(m.text))
          .filter((m) => m !== null)
          .find((m) => JSON.parse(Buffer.from(m[2]!, 'base64url').toString('utf8')).app === applicationId);
        if (token) return token[1]!;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`no confirmation email reached candidate ${applicationId}`);
    }

    const apply = (body: Candidate['body']) =>
      anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', { params: { path: { code } }, body });

    // ---- the cycle ----
    const candidates = makeCandidates(o.candidates, rnd);
    const formations = formationPlans.map((f, i) => ({
      code: f.code,
      title: f.title,
      unit: f.unit,
      type: f.type,
      vacancies: Math.max(1, Math.round((f.vacanciesPer1000 * o.candidates) / 1000)),
      plan: formationPlans[i]!,
    }));
    const vacancies = formations.reduce((s, f) => s + f.vacancies, 0);
    const opensAt = Date.now() + 2000;
    const closesAt = opensAt + o.registrationSeconds * 1000;
    await notRefused(
      hr.POST('/api/v1/recruitment/cycles', {
        body: {
          code,
          kind: 'CPNS',
          title: 'Seleksi CPNS Pemerintah Kota Kupang 2026 (demo)',
          formations: formations.map(({ plan: _plan, ...f }) => f),
          schedule: {
            registrationOpensAt: witaIso(opensAt),
            registrationClosesAt: witaIso(closesAt),
            appealWindow: o.appealWindow,
            appealAnswerWindow: o.appealAnswerWindow,
            documentWindow: o.documentWindow,
          },
          rules: {
            windows: {
              appealAnswerReminderBefore: o.appealAnswerReminderBefore,
              documentReminderBefore: o.documentReminderBefore,
            },
          },
        },
      }),
    );
    stageDone(
      'cycle created',
      `${code}: ${formations.length} formations (${formations.map((f) => `${f.code} ${f.type} ×${f.vacancies}`).join(', ')}), ` +
        `${num(vacancies)} vacancies for ${num(o.candidates)} candidates; registration ${witaIso(opensAt).slice(11, 19)}–${witaIso(closesAt).slice(11, 19)} WITA, ` +
        `appeal windows ${o.appealWindow}, document window ${o.documentWindow} (reminder ${o.documentReminderBefore} before)`,
    );

    // ---- registration: everyone applies through the public endpoint ----
    await untilPhase('registration', 60_000);
    const applyStart = Date.now();
    let applied = 0;
    let refused = 0;
    const ticker = setInterval(() => say(`  … ${num(applied)} of ${num(candidates.length)} applied`), 5000);
    try {
      await inParallel(candidates, o.concurrency, async (c) => {
        checkInterrupted();
        const r = await notRefused(apply(c.body), [409]);
        if (r.status === 409) {
          refused += 1;
          return;
        }
        c.applicationId = r.json.applicationId;
        // The candidate opens the confirmation link mailed to them, which carries their token.
        c.token = await linkFromMailbox(c.body.email, c.applicationId);
        await notRefused(
          candidate(c).POST('/api/v1/recruitment/applications/{id}/confirmation', {
            params: { path: { id: c.applicationId } },
          }),
        );
        applied += 1;
      });
    } finally {
      clearInterval(ticker);
    }
    const applyMs = Date.now() - applyStart;
    const registered = candidates.filter((c) => c.applicationId);
    // The same NIK again: the same application back, no second email.
    const again = await notRefused(apply(registered[0]!.body));
    if (again.status !== 200 || again.json.applicationId !== registered[0]!.applicationId)
      throw new Error(
        `a repeated application should give the same application back: ${JSON.stringify(again)}`,
      );
    stageDone(
      'applications',
      `${num(applied)} applied in ${formatDuration(applyMs)} (${(applied / (applyMs / 1000)).toFixed(1)}/s at concurrency ${o.concurrency})` +
        `${refused ? `, ${refused} refused (registration closed: raise --registration)` : ''}; a repeated NIK got its application back`,
    );
    if (applied === 0) throw new Error('no application got in');

    const c0 = await untilPhase('screening', o.registrationSeconds * 1000 + 120_000);
    const late = await notRefused(apply(makeCandidates(1, random(o.seed + 1))[0]!.body), [409]);
    if (late.status !== 409) throw new Error('a late application should be refused');
    stageDone(
      'registration closed',
      `${showCounts(c0.counts.byStatus)}; a late application was refused (409)`,
    );

    // ---- administrative screening in bulk, announcement, two appeals (one accepted) ----
    const byId = new Map(registered.map((c) => [c.applicationId!, c]));
    const ids = [...byId.keys()].sort();
    // The announcement reaches applications in id order: the first two are TMS and appeal, so their
    // windows open within seconds of the announcement whatever the number of candidates.
    const [appealAccepted, appealRejected] = [byId.get(ids[0]!)!, byId.get(ids[1]!)!];
    const tms = new Map<string, string>([
      [appealAccepted.applicationId!, 'Ijazah tidak terbaca pada unggahan'],
      [appealRejected.applicationId!, 'Transkrip nilai tidak dilegalisasi'],
    ]);
    for (const id of ids.slice(2)) if (rnd.chance(0.03)) tms.set(id, rnd.pick(tmsReasons));
    for (const rows of chunks(ids, 1000)) {
      await notRefused(
        hr.POST('/api/v1/recruitment/cycles/{code}/screening', {
          params: { path: { code } },
          body: {
            decisions: rows.map((applicationId) =>
              tms.has(applicationId)
                ? { applicationId, decision: 'TMS' as const, reason: tms.get(applicationId)! }
                : { applicationId, decision: 'MS' as const, reason: 'Berkas lengkap dan sesuai persyaratan' },
            ),
          },
        }),
      );
    }
    const c1 = await until(
      'screening decisions',
      cycle,
      (c) => !c.counts.byStatus.registered,
      (c) => showCounts(c.counts.byStatus),
    );
    stageDone(
      'screening',
      `${showCounts(c1.counts.byStatus)} (bulk, ${Math.ceil(ids.length / 1000)} upload(s))`,
    );

    const adminClosesAt = await announce('administration');
    const appealed = await Promise.all([
      appealWhenOpen(
        adminClosesAt,
        appealAccepted,
        'Ijazah asli sudah diunggah ulang dengan resolusi yang jelas; mohon diperiksa kembali.',
      ),
      appealWhenOpen(
        adminClosesAt,
        appealRejected,
        'Transkrip yang diunggah sudah dilegalisasi; mohon diperiksa kembali.',
      ),
    ]);
    const decisions = [
      { c: appealAccepted, accepted: true, reason: 'Ijazah terbaca pada unggahan kedua; memenuhi syarat' },
      {
        c: appealRejected,
        accepted: false,
        reason: 'Cap legalisasi tidak tampak pada transkrip yang diunggah',
      },
    ].filter((_, i) => appealed[i]);
    for (const d of decisions) {
      await notRefused(
        hr.POST('/api/v1/recruitment/applications/{id}/appeals/{stage}/decision', {
          params: { path: { id: d.c.applicationId!, stage: 'administration' } },
          body: { accepted: d.accepted, reason: d.reason },
        }),
      );
    }
    const c2 = await untilPhase('skd');
    stageDone(
      'administration',
      `announced; ${decisions.map((d) => `${d.c.body.name} appealed the TMS and HR ${d.accepted ? 'accepted' : 'rejected'} it; `).join('')}` +
        showCounts(c2.counts.byStatus),
    );

    // ---- SKD: sessions, results in bulk (a tie at a cut, a few absent), announcement, the cut ----
    const sitters = (await listAll({ status: 'screened-ms' })).map((a) => byId.get(a.applicationId)!);
    const sessionSize = 100;
    const day = witaIso(Date.now() + 24 * 3600_000).slice(0, 10);
    const sessions = chunks(sitters, sessionSize).map((group, i) => ({
      code: `SKD-${pad(i + 1, 2)}`,
      place: `UPT BKN Kupang, ruang CAT ${(i % 2) + 1}`,
      startsAt: `${day}T${pad(8 + 2 * Math.floor(i / 2), 2)}:00:00+08:00`,
      applicationIds: group.map((c) => c.applicationId!),
    }));
    for (const part of chunks(sessions, 10)) {
      await notRefused(
        hr.POST('/api/v1/recruitment/cycles/{code}/skd-sessions', {
          params: { path: { code } },
          body: { sessions: part },
        }),
      );
    }
    const scores = new Map<string, SkdScores>();
    for (const c of sitters) {
      if (rnd.chance(0.02)) continue; // absent
      scores.set(c.applicationId!, skdScores(c, rnd));
    }
    const ties = makeTieAtCut(sitters, scores, formations);
    const rows = [...scores].map(([applicationId, s]) => ({ applicationId, ...s }));
    for (const part of chunks(rows, 1000)) {
      await notRefused(
        hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', {
          params: { path: { code } },
          body: { rows: part },
        }),
      );
    }
    // The cycle applies the uploads before it sends the announcement.
    await announce('skd');
    const c3 = await untilPhase('skb');
    stageDone(
      'SKD',
      `${sessions.length} sessions, ${num(rows.length)} results (${num(sitters.length - rows.length)} absent${ties ? `, a tie at the cut of ${ties}` : ''}); ` +
        `cut made: ${showCounts(c3.counts.byStatus)}`,
    );

    // ---- SKB results in bulk, final ranking and announcement ----
    // Every application applies the cut on its own; SKB results are taken only from those advanced.
    await until(
      'every application to apply the cut',
      cycle,
      (c) => !c.counts.byStatus['skd-passed'] && !c.counts.byStatus['screened-ms'],
      (c) => showCounts(c.counts.byStatus),
    );
    const advanced = (await listAll({ status: 'skb-advanced' })).map((a) => byId.get(a.applicationId)!);
    const largest = formations[0]!.code;
    const skbAbsent = advanced.filter((c) => c.formation.code === largest).at(-1);
    const skbRows = advanced
      .filter((c) => c !== skbAbsent)
      .map((c) => ({ applicationId: c.applicationId!, scores: skbScores(c, rnd) }));
    for (const part of chunks(skbRows, 1000)) {
      await notRefused(
        hr.POST('/api/v1/recruitment/cycles/{code}/skb-results', {
          params: { path: { code } },
          body: { components: [...skbComponents], rows: part },
        }),
      );
    }
    await announce('final');
    const c4 = await untilPhase('documents');
    stageDone(
      'SKB and final ranking',
      `${num(skbRows.length)} SKB results (${skbAbsent ? 1 : 0} absent), components ${skbComponents.map((k) => `${k.code} ${k.weight}`).join(' + ')}; ` +
        `${showCounts(c4.counts.byStatus)}`,
    );

    // ---- documents: passers submit and HR verifies; some withdraw, one lets the deadline pass ----
    const passers = (await listAll({ status: 'passed' })).sort(
      (a, b) => (a.final?.rank ?? 0) - (b.final?.rank ?? 0),
    );
    const withdrawers = new Set<string>();
    const noShows = new Set<string>();
    // Withdrawals in the largest formations, the missed deadline in the next one: each has optimalisasi left.
    for (const f of formations.slice(0, o.withdrawals)) {
      const p = passers.find((a) => a.formationCode === f.code);
      if (p) withdrawers.add(p.applicationId);
    }
    for (const f of formations.slice(o.withdrawals, o.withdrawals + o.noShows)) {
      const p = passers.find((a) => a.formationCode === f.code && !withdrawers.has(a.applicationId));
      if (p) noShows.add(p.applicationId);
    }
    const handled = new Set<string>();
    let verified = 0;
    let withdrawn = 0;
    let lastShown = '';
    let lastSaid = 0;
    for (;;) {
      checkInterrupted();
      const view = await cycle();
      const line = `${showCounts(view.counts.byStatus)}; replacements ${view.replacements}`;
      if (view.phase === 'closed') break;
      if (line !== lastShown && Date.now() - lastSaid > 3000) {
        say(`  … documents: ${line}`);
        lastShown = line;
        lastSaid = Date.now();
      }
      const due = (await listAll({ stage: 'documents' })).filter(
        (a) =>
          (a.status === 'passed' || a.status === 'replaced-in') &&
          a.deadlines?.documents &&
          !handled.has(a.applicationId),
      );
      await inParallel(due, o.concurrency, async (a) => {
        handled.add(a.applicationId);
        const c = byId.get(a.applicationId)!;
        if (withdrawers.has(a.applicationId)) {
          await notRefused(
            candidate(c).POST('/api/v1/recruitment/applications/{id}/withdrawal', {
              params: { path: { id: a.applicationId } },
              body: { reason: 'Diterima pada instansi lain' },
            }),
          );
          withdrawn += 1;
          say(`  ${c.body.name} (${a.formationCode}, rank ${a.final?.rank}) withdrew after passing`);
        } else if (noShows.has(a.applicationId)) {
          say(`  ${c.body.name} (${a.formationCode}) lets the document window pass`);
        } else {
          const params = { path: { id: a.applicationId } };
          await notRefused(
            candidate(c).POST('/api/v1/recruitment/applications/{id}/documents', {
              params,
              body: {
                documents: [
                  { kind: 'DRH', reference: `drh-${a.applicationId}.pdf` },
                  { kind: 'IJAZAH', reference: `ijazah-${a.applicationId}.pdf` },
                ],
              },
            }),
          );
          await notRefused(
            hr.POST('/api/v1/recruitment/applications/{id}/documents/verification', {
              params,
              body: { accepted: true },
            }),
          );
          verified += 1;
          if (a.status === 'replaced-in')
            say(`  ${c.body.name} (${a.formationCode}) replaced ${a.replacementOf}`);
        }
      });
      await sleep(POLL_MS / 2);
    }
    const final = (await client.workflow.getHandle(cycleWorkflowId(code)).result()) as CycleState;
    const c5 = await cycle();
    stageDone(
      'documents and closing',
      `${verified} verified, ${withdrawn} withdrew after passing, ${noShows.size} missed the deadline, ` +
        `${final.replacements} replacement(s)${final.unfilled.length ? `, unfilled: ${final.unfilled.join(', ')}` : ''}; ` +
        `phase ${c5.phase}: ${showCounts(c5.counts.byStatus)}`,
    );

    // ---- every application workflow finished, every email out ----
    await until(
      'every application workflow to finish',
      () =>
        client.workflow.count(`TaskQueue = '${config.TEMPORAL_TASK_QUEUE}' AND ExecutionStatus = 'Running'`),
      (n) => n.count === 0,
      (n) => `${num(n.count)} still running`,
    );
    const mails = await until(
      'the outbox to drain',
      outboxOf,
      (m) => m.length > 0 && m.every((x) => x.status === 'sent'),
      (m) => `${m.filter((x) => x.status !== 'sent').length} of ${m.length} not sent yet`,
      5 * 60_000,
    );
    const byTemplate: Record<string, number> = {};
    for (const m of mails) byTemplate[m.template] = (byTemplate[m.template] ?? 0) + 1;
    const elapsedMs = Date.now() - started;

    // ---- the read model, per formation ----
    const all = await listAll();
    const summaryRows: FormationSummary[] = formations.map((f) => {
      const of = all.filter((a) => a.formationCode === f.code);
      return {
        code: f.code,
        type: f.type,
        vacancies: f.vacancies,
        applicants: of.length,
        tms: of.filter((a) => a.screening?.decision === 'TMS').length,
        passedSkd: of.filter((a) => a.skdRank !== undefined).length,
        advanced: of.filter((a) => a.final !== undefined && a.final !== null && a.final.rank !== undefined)
          .length,
        passed: of.filter((a) => a.final?.outcome === 'passed').length,
        withdrawn: of.filter((a) => a.status === 'withdrawn').length,
        missedDocuments: of.filter((a) => a.status === 'documents-failed').length,
        replaced: of.filter((a) => a.replacementOf).length,
        appointed: of.filter((a) => a.status === 'appointed').length,
      };
    });

    // ---- history lengths: the cycle and the applications that did the most ----
    const workflowIdOf = (applicationId: string) =>
      applicationWorkflowId(
        code,
        applicantKeyOf(byId.get(applicationId)!.body.nik, config.APPLICANT_KEY_SECRET),
      );
    const why = (a: AppItem): [number, string] => {
      if (a.appeals && Object.keys(a.appeals).length)
        return [6, `appealed (${Object.keys(a.appeals).join(', ')})`];
      if (a.replacementOf) return [5, `replaced ${a.replacementOf}`];
      if (a.status === 'withdrawn') return [5, 'withdrew after passing'];
      if (a.status === 'documents-failed') return [5, 'missed the document deadline'];
      if (a.status === 'appointed') return [4, 'appointed'];
      if (a.status === 'optimalisasi' || a.status === 'not-passed') return [3, a.status];
      return [1, a.status];
    };
    const sample = all
      .map((a) => ({ a, w: why(a) }))
      .sort((x, y) => y.w[0] - x.w[0] || (x.a.final?.rank ?? 1e9) - (y.a.final?.rank ?? 1e9))
      .slice(0, 20);
    const historyOf = async (workflowId: string) =>
      (await client.workflow.getHandle(workflowId).fetchHistory()).events?.length ?? 0;
    const cycleEvents = await historyOf(cycleWorkflowId(code));
    const appHistories: { workflowId: string; why: string; events: number }[] = [];
    for (const { a, w } of sample) {
      const workflowId = workflowIdOf(a.applicationId);
      appHistories.push({ workflowId, why: w[1], events: await historyOf(workflowId) });
    }
    appHistories.sort((x, y) => y.events - x.events);
    stageDone(
      'collecting the summary',
      `${num(mails.length)} emails sent, ${appHistories.length + 1} histories read`,
    );

    return {
      cycleCode: code,
      candidates: o.candidates,
      applied,
      formations: summaryRows,
      emails: { total: mails.length, sent: mails.filter((m) => m.status === 'sent').length, byTemplate },
      elapsedMs,
      applyMs,
      stages,
      histories: {
        cycle: { workflowId: cycleWorkflowId(code), events: cycleEvents },
        applications: appHistories,
      },
      replacements: final.replacements,
      unfilled: final.unfilled,
      retried: { ...fetch.retried },
    };

    /**
     * HR announces once the engine has worked through the stage (no email pending, none new for 3 s), so
     * that the candidates hear of the announcement, and of its windows, without queueing behind the
     * previous stage's emails.
     */
    async function announce(stage: 'administration' | 'skd' | 'final'): Promise<number> {
      await settle(`the engine to finish the work before the ${stage} announcement`);
      const { json } = await notRefused(
        hr.POST('/api/v1/recruitment/cycles/{code}/announcements', {
          params: { path: { code } },
          body: { stage },
        }),
      );
      return Date.parse(json.appealWindowClosesAt);
    }

    /**
     * The candidate appeals as soon as their application has heard of the announcement (until then the
     * Update is refused with 409); false if the window closed first.
     */
    async function appealWhenOpen(closesAt: number, c: Candidate, reason: string): Promise<boolean> {
      const stage = 'administration';
      for (;;) {
        checkInterrupted();
        try {
          await notRefused(
            candidate(c).POST('/api/v1/recruitment/applications/{id}/appeals', {
              params: { path: { id: c.applicationId! } },
              body: { stage, reason },
            }),
          );
          return true;
        } catch (err) {
          if (!(err instanceof ApiError) || err.status !== 409) throw err;
          if (Date.now() > closesAt) {
            say(`  ${c.body.name}'s ${stage} appeal window closed before the appeal could be filed`);
            return false;
          }
          await sleep(500);
        }
      }
    }
  }
}

/**
 * Makes the first applicant below the SKB cut of the largest formation score exactly like the last one
 * inside it, so that the tie at the cut lets one more through. Returns the formation, or undefined.
 */
function makeTieAtCut(
  sitters: Candidate[],
  scores: Map<string, SkdScores>,
  formations: { code: string; type: FormationType; vacancies: number }[],
): string | undefined {
  const f = formations[0]!;
  const compare = skdComparator(cpns2024);
  const passing = sitters
    .filter((c) => c.formation.code === f.code && scores.has(c.applicationId!))
    .map((c) => ({ id: c.applicationId!, scores: scores.get(c.applicationId!)! }))
    .filter((x) => skdOutcome(x.scores, f.type, cpns2024).passed)
    .map((x) => ({ id: x.id, skd: { ...x.scores, total: skdTotal(x.scores) } }) as SkdRanked & { id: string })
    .sort(compare);
  const limit = cpns2024.skbCutMultiplier * f.vacancies;
  if (passing.length <= limit) return undefined;
  const { total: _total, ...inside } = passing[limit - 1]!.skd;
  scores.set(passing[limit]!.id, { ...inside });
  return f.code;
}

// ------------------------------------------------------------------------------------------ summary

export function printSummary(
  s: DemoSummary,
  heading: string,
  print = (l: string) => process.stdout.write(l + '\n'),
) {
  const cols = [
    ['formation', 24],
    ['type', 11],
    ['vacancies', 9],
    ['applicants', 10],
    ['TMS', 5],
    ['passed SKD', 10],
    ['advanced', 8],
    ['passed', 6],
    ['withdrawn', 9],
    ['missed docs', 11],
    ['replaced', 8],
    ['appointed', 9],
  ] as const;
  const row = (values: (string | number)[]) =>
    values
      .map((v, i) =>
        i < 2 ? String(v).padEnd(cols[i]![1]) : (typeof v === 'number' ? num(v) : v).padStart(cols[i]![1]),
      )
      .join('  ');
  const total = (k: keyof FormationSummary) => s.formations.reduce((sum, f) => sum + Number(f[k]), 0);
  const keys: (keyof FormationSummary)[] = [
    'vacancies',
    'applicants',
    'tms',
    'passedSkd',
    'advanced',
    'passed',
    'withdrawn',
    'missedDocuments',
    'replaced',
    'appointed',
  ];
  const line = '─'.repeat(row(cols.map(() => '')).length);
  const apps = s.histories.applications;
  const top = apps[0];
  const largest = Math.max(s.histories.cycle.events, top?.events ?? 0);
  print('');
  print(`══ ${heading}: cycle ${s.cycleCode}, ${num(s.candidates)} candidates ══`);
  print(row(cols.map((c) => c[0])));
  print(line);
  for (const f of s.formations) print(row([f.code, f.type, ...keys.map((k) => f[k] as number)]));
  print(line);
  print(row(['total', '', ...keys.map(total)]));
  print('');
  print(
    `Emails:      ${num(s.emails.total)} in the outbox, ${s.emails.sent === s.emails.total ? 'all sent' : `${num(s.emails.sent)} sent`}` +
      ` (${Object.entries(s.emails.byTemplate)
        .sort((a, b) => b[1] - a[1])
        .map(([t, n]) => `${t} ${num(n)}`)
        .join(', ')})`,
  );
  print(
    `Elapsed:     ${formatDuration(s.elapsedMs)} (${s.stages.map((x) => `${x.name} ${formatDuration(x.ms)}`).join(', ')})`,
  );
  print(
    `Throughput:  ${num(s.applied)} applications in ${formatDuration(s.applyMs)} through the API = ` +
      `${(s.applied / (s.applyMs / 1000)).toFixed(1)} applications/s; whole cycle ${(s.applied / (s.elapsedMs / 1000)).toFixed(2)} applications/s`,
  );
  print(`Histories:   cycle ${s.histories.cycle.workflowId}: ${num(s.histories.cycle.events)} events`);
  if (top) {
    print(
      `             applications (sample of ${apps.length} with the most steps): max ${num(top.events)} events ` +
        `(${top.workflowId.replace(/\/([0-9a-f]{12})[0-9a-f]+$/, '/$1…')}: ${top.why}), ` +
        `min ${num(apps.at(-1)!.events)}`,
    );
  }
  print(`Largest workflow history: ${num(largest)} events`);
  if (s.retried.serverErrors + s.retried.connections > 0)
    print(
      `Retried:     ${num(s.retried.serverErrors)} request(s) after a 5xx answer, ${num(s.retried.connections)} after a lost connection`,
    );
  print('');
}

// ------------------------------------------------------------------------------------------ command line

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'appraisal') return runAppraisalDemo(argv.slice(1));
  const options = parseDemoArgs(argv[0] === 'recruitment' ? argv.slice(1) : argv);
  const summary = await runRecruitmentDemo(options);
  printSummary(summary, 'Recruitment demo');
  return 0;
}

/** `npm run demo -- appraisal …`: the appraisal demo is its own program. */
function runAppraisalDemo(args: string[]): Promise<number> {
  const script = path.join(projectRoot, 'bench', 'appraisal-demo.ts');
  if (!existsSync(script)) {
    process.stderr.write(`The appraisal demo (bench/appraisal-demo.ts) is not there yet; nothing to run.\n`);
    return Promise.resolve(1);
  }
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', script, ...args], { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', (err) => {
      process.stderr.write(`could not start the appraisal demo: ${err.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function reportFailure(err: unknown): void {
  const message = [ConfigError, StackError, UsageError, ApiError, DemoError].some((k) => err instanceof k)
    ? (err as Error).message
    : ((err as Error).stack ?? String(err));
  process.stderr.write(`\nThe demo failed: ${message}\n`);
  if (err instanceof UsageError) process.stderr.write(`\n${usage}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      reportFailure(err);
      process.exit(1);
    },
  );
}
