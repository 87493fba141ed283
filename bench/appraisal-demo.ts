// `npm run demo -- appraisal [--employees 500 --units 20 --period PT180S --timings]` (or `npm run
// demo:appraisal -- …`): a synthetic organisation of Kota
// Kupang through a compressed appraisal year, on a local stack this script starts in a temporary
// directory (Temporal dev server, FerretDB, SMTP capture), with a worker and the API in-process. People
// act through the HTTP API: employees draft SKPs, appraisers approve and rate (a few late, so that
// reminders and escalations happen), some employees object and some accept their result at once, HR sets
// unit results and finalises units.
// It prints the predikat distribution per unit and overall, calibration failures, overdue and escalated
// tasks, and the largest workflow history length.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities } from '../activities';
import { createApp, type AppDeps } from '../api/app';
import { createAuth } from '../api/auth';
import { oidcClient } from '../api/oidc/client';
import { registryDirectory } from '../api/oidc/directory';
import { DEV_HR_LOGIN } from '../api/oidc/identity';
import { signInWithPassword } from '../api/oidc/password-sign-in';
import { startEmbeddedProvider } from '../api/oidc/provider';
import { newProviderKeys } from '../api/oidc/provider-keys';
import { staffRoles } from '../commands/org/staff-role';
import {
  answer,
  createApiClient,
  must,
  type ApiClient,
  type RequestBody,
  type ResponseBody,
} from '../api/client';
import { inParallel } from '../api/client/parallel';
import { auditTrail } from '../db/audit-trail';
import { connectDatabase } from '../db/connection';
import { predikatNames, predikatValues, type Predikat } from '../domain/appraisal/rule-sets';
import { durationMs } from '../domain/time';
import type { EmployeeImport, UnitImport } from '../domain/org/schemas';
import { createLogger } from '../runtime/logger';
import { createMailer } from '../runtime/mailer';
import { fieldCrypto } from '../runtime/field-crypto';
import { newKeySpec, parseKeyRing } from '../runtime/keyring';
import { newSigningKeySpec, parseSigningRing } from '../runtime/signing';
import { connectClient, dataConverterOf, payloadCodecOf } from '../runtime/temporal';
import { freePort } from '../stack/ports';
import { startStack } from '../stack/stack';
import { candidateTokens } from '../worker/run';

const usage = `Usage: npm run demo -- appraisal [options]

Runs a synthetic organisation through a compressed appraisal year on a local stack of its own and prints
the predikat distribution per unit and overall, calibration failures, overdue and escalated tasks and the
largest workflow history.

Options:
  --employees N   employees (default 500)
  --units N       units (default 20)
  --period PT180S the length of a quarter on the compressed calendar (default PT180S)
  --timings       also print the time spent in each activity
  --keep          keep the stack's data directory
`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(usage);
  process.exit(0);
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const EMPLOYEES = Number(arg('employees', '500'));
const UNITS = Number(arg('units', '20'));
// A quarter long enough for 500 ratings in its window on 2 cores (about 3.5 completed tasks a second).
const PERIOD = arg('period', 'PT180S');
const started = Date.now();
const TIMINGS = process.argv.includes('--timings');
const say = (msg: string) =>
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}\n`);

/** A small seeded PRNG, so that two runs make the same organisation and the same ratings. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(2026);

function syntheticOrg(): { units: UnitImport[]; employees: EmployeeImport[] } {
  const units: UnitImport[] = [];
  const employees: EmployeeImport[] = [];
  const grades = ['ahli-pertama', 'ahli-muda', 'terampil', 'mahir'] as const;
  let n = 0;
  const nip = () => `19900101${`${++n}`.padStart(10, '0')}`;
  for (let u = 0; u < UNITS; u++) {
    const code = `UNIT-${`${u + 1}`.padStart(2, '0')}`;
    const size = Math.floor(EMPLOYEES / UNITS) + (u < EMPLOYEES % UNITS ? 1 : 0);
    const mk = (name: string, level: EmployeeImport['level'], sup: string | null): EmployeeImport => {
      const fungsional = level === 'pelaksana' && rand() < 0.3;
      const e: EmployeeImport = {
        nip: nip(),
        name,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}@demo.kupangkota.go.id`,
        unitCode: code,
        position: `Jabatan ${name}`,
        level: fungsional ? 'fungsional' : level,
        supervisorNip: sup,
        ...(fungsional ? { functionalGrade: grades[Math.floor(rand() * grades.length)]! } : {}),
      };
      employees.push(e);
      return e;
    };
    const head = mk(`Kepala ${code}`, 'jpt', null);
    const kabid = mk(`Kabid ${code}`, 'administrator', head.nip);
    const teams = Math.max(1, Math.round((size - 2) / 10));
    const kasubbid = Array.from({ length: teams }, (_, i) =>
      mk(`Kasubbid ${code} ${i + 1}`, 'pengawas', kabid.nip),
    );
    for (let i = 0; employees.filter((e) => e.unitCode === code).length < size; i++)
      mk(`Staf ${code} ${i + 1}`, 'pelaksana', kasubbid[i % teams]!.nip);
    units.push({ code, name: `Unit ${code}`, parentCode: null, headNip: head.nip });
  }
  return { units, employees };
}

/** Time spent in each activity (all attempts), for --timings. */
const timings = new Map<string, { n: number; ms: number; max: number }>();
function timed<T extends object>(activities: T): T {
  return Object.fromEntries(
    Object.entries(activities).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        const s = performance.now();
        try {
          return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          const ms = performance.now() - s;
          const t = timings.get(name) ?? { n: 0, ms: 0, max: 0 };
          timings.set(name, { n: t.n + 1, ms: t.ms + ms, max: Math.max(t.max, ms) });
        }
      },
    ]),
  ) as T;
}

function printTimings(): void {
  process.stdout.write('\nActivity time (all attempts): name, calls, mean ms, max ms, total s\n');
  for (const [name, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms))
    process.stdout.write(
      `  ${name.padEnd(28)} ${String(t.n).padStart(6)} ${(t.ms / t.n).toFixed(0).padStart(7)} ${t.max.toFixed(0).padStart(7)} ${(t.ms / 1000).toFixed(1).padStart(8)}\n`,
    );
}
// Interrupted (Ctrl-C): the activity times so far are still worth seeing.
if (TIMINGS) process.once('SIGINT', () => (printTimings(), process.exit(130)));

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-appraisal-demo-'));
  say(`starting a local stack in ${dataDir}`);
  const stack = await startStack({
    dataDir,
    temporal: { port: await freePort() },
    database: { port: await freePort(), dbName: 'appraisal-demo' },
    smtp: { port: await freePort(), httpPort: await freePort() },
  });
  const logger = createLogger('warn', pino.destination(path.join(dataDir, 'demo.log')));
  // The SDK's own messages (the bundler, retried activities on a busy machine) go to a file beside it, so
  // that the console shows the progress and the report.
  const sdkLog = path.join(dataDir, 'sdk.log');
  Runtime.install({
    logger: new DefaultLogger('WARN', (e) =>
      appendFileSync(
        sdkLog,
        `${new Date().toISOString()} ${e.level} ${e.message} ${JSON.stringify(e.meta ?? {})}\n`,
      ),
    ),
    telemetryOptions: { logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} } },
  });
  const db = await connectDatabase(stack.mongoUri);
  const mailer = createMailer(stack.smtpUrl);
  // Keys of this run only: its stack and data are thrown away at the end.
  const payloadCodec = payloadCodecOf(newKeySpec('demo'));
  const temporal = await connectClient(stack.temporalAddress, 'default', payloadCodec);
  const connection = await NativeConnection.connect({ address: stack.temporalAddress });
  const secret = 'appraisal-demo-secret-that-is-long-enough!!';
  const taskQueue = 'appraisal-demo';
  const settings = {
    publicUrl: 'http://localhost',
    hrEmail: 'bkpsdm@demo.kupangkota.go.id',
    hrHeadEmail: 'kepala.bkpsdm@demo.kupangkota.go.id',
  };
  say('bundling the workflows and starting a worker');
  const fields = fieldCrypto(parseKeyRing(newKeySpec('demo')));
  const audit = auditTrail(db.models, {
    chain: parseKeyRing(newKeySpec('demo')),
    fields,
    signing: parseSigningRing(newSigningKeySpec('demo')),
  });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue,
    workflowsPath: require.resolve('../workflows'),
    dataConverter: dataConverterOf(payloadCodec),
    activities: timed(
      createActivities({
        models: db.models,
        mailer,
        mailFrom: 'BKPSDM Kota Kupang <no-reply@bkpsdm.kupangkota.go.id>',
        logger,
        client: temporal.client,
        settings,
        candidateToken: candidateTokens(secret, db.models),
        clock: () => new Date(),
        fields,
        audit,
      }),
    ),
    maxConcurrentActivityTaskExecutions: 50,
  });
  const running = worker.run();
  // Staff sign in through an embedded OpenID provider, as with npm start: HR as `hr`, employees by NIP,
  // supervisors because the registry says so. Tokens live the whole run.
  const password = 'appraisal-demo-password';
  const redirectUri = 'http://localhost/signin/callback';
  const provider = await startEmbeddedProvider({
    port: 0,
    issuerHost: '127.0.0.1',
    client: { id: 'sdm-flow-demo', secret: secret, redirectUris: [redirectUri] },
    audience: 'sdm-flow-demo',
    claims: { roles: 'roles', nip: 'nip' },
    directory: registryDirectory({ registries: () => [db.models], isHrOfficer: (l) => l === DEV_HR_LOGIN }),
    password,
    keys: newProviderKeys(),
    accessTokenTtl: 24 * 3600,
  });
  const signInClient = oidcClient({
    issuer: provider.issuer,
    clientId: 'sdm-flow-demo',
    clientSecret: secret,
    redirectUri,
  });
  const tokenOf = async (login: string) =>
    (await signInWithPassword(signInClient, { login, password, redirectUri })).accessToken;
  const auth = createAuth(secret, {
    issuer: provider.issuer,
    audience: 'sdm-flow-demo',
    rolesClaim: 'roles',
    nipClaim: 'nip',
    roles: staffRoles(db.models),
  });
  const deps: AppDeps = {
    client: temporal.client,
    models: db.models,
    auth,
    fields,
    audit,
    payloadCodec,
    logger,
    config: {
      bodyLimit: '20mb',
      publicUrl: settings.publicUrl,
      taskQueue,
      applicantKeySecret: 'x'.repeat(32),
      temporalUiOrigins: [],
      hr: { email: settings.hrEmail, headEmail: settings.hrHeadEmail },
    } as AppDeps['config'],
    checks: { temporal: async () => true, database: async () => true },
  };
  const server: Server = createApp(deps).app.listen(0);
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const hr = createApiClient({
    baseUrl: base,
    token: await tokenOf(DEV_HR_LOGIN),
  });
  const clients = new Map<string, ApiClient>();

  try {
    // ---- The organisation -------------------------------------------------------------------------------
    const org = syntheticOrg();
    /** The API as this employee calls it, with their token. */
    const as = async (nip: string) => {
      if (!clients.has(nip)) {
        const token = await tokenOf(nip);
        clients.set(nip, createApiClient({ baseUrl: base, token }));
      }
      return clients.get(nip)!;
    };
    const imported = await answer(
      hr.POST('/api/v1/org/employees', { body: { units: org.units, employees: org.employees } }),
    );
    if (imported.status !== 200) throw new Error(`import refused: ${JSON.stringify(imported.json)}`);
    say(`imported ${org.units.length} units and ${org.employees.length} employees`);

    // ---- The year, on a compressed calendar -------------------------------------------------------------
    const P = durationMs(PERIOD);
    const year = new Date().getUTCFullYear();
    const t0 = Date.now() + 5000;
    // Planning: two periods, or enough for everyone's SKP draft and approval (about 3.5 tasks/s through the
    // API on 2 cores with the embedded stack).
    const S = Math.max(2 * P, EMPLOYEES * 700);
    const iso = (ms: number) => new Date(ms).toISOString();
    const secs = (ms: number) => `PT${Math.max(1, Math.round(ms / 1000))}S`;
    const opened = await answer(
      hr.POST('/api/v1/appraisal/years', {
        body: {
          year,
          compressedCalendar: { startsAt: iso(t0 + S), periodLength: PERIOD },
          deadlines: {
            skpDueAt: iso(t0 + S),
            periodRatingWindow: secs(P),
            annualDueAt: iso(t0 + S + 5 * P),
            objectionWindow: secs(P / 2),
          },
          reminderBefore: secs(P / 4),
          escalationAfter: secs(P / 4),
        },
      }),
    );
    if (opened.status !== 202) throw new Error(`year refused: ${JSON.stringify(opened.json)}`);
    say(
      `opened appraisal year ${year}: planning ${S / 1000}s, 4 quarters of ${P / 1000}s, annual rating due at +${(S + 5 * P) / 1000}s`,
    );

    // Unit results, set by HR for the Wali Kota (the heads' superior).
    type UnitResult = RequestBody<'/api/v1/appraisal/{year}/units/{unitCode}/results', 'post'>['result'];
    const unitResult = new Map<string, UnitResult>();
    for (const u of org.units) {
      const r = rand();
      unitResult.set(u.code, r < 0.25 ? 'istimewa' : r < 0.85 ? 'baik' : 'butuh-perbaikan');
      const set = await answer(
        hr.POST('/api/v1/appraisal/{year}/units/{unitCode}/results', {
          params: { path: { year, unitCode: u.code } },
          body: { period: 'annual', result: unitResult.get(u.code)! },
        }),
      );
      if (set.status !== 200) throw new Error(`unit result refused: ${JSON.stringify(set.json)}`);
    }

    // ---- People at work: the driver completes whatever is open and ready --------------------------------
    const ratingOf = new Map<string, { hasilKerja: string; perilakuKerja: string }>();
    const annualRating = (nip: string) => {
      if (!ratingOf.has(nip)) {
        const r = rand();
        ratingOf.set(
          nip,
          r < 0.2
            ? { hasilKerja: 'di-atas', perilakuKerja: 'di-atas' }
            : r < 0.8
              ? { hasilKerja: 'sesuai', perilakuKerja: 'sesuai' }
              : r < 0.92
                ? { hasilKerja: 'di-bawah', perilakuKerja: 'sesuai' }
                : r < 0.97
                  ? { hasilKerja: 'sesuai', perilakuKerja: 'di-bawah' }
                  : { hasilKerja: 'di-bawah', perilakuKerja: 'di-bawah' },
        );
      }
      return ratingOf.get(nip)!;
    };
    const late = new Set<string>(); // task ids an appraiser leaves until it escalates
    const decided = new Set<string>();
    const objected = new Set<string>(); // NIPs whose window the driver has acted on
    let objectionsFiled = 0;
    let acceptances = 0;
    const escalateMs = P / 4;
    let completed = 0;
    let lastReport = 0;
    let completedAtReport = 0;
    type Task = ResponseBody<'/api/v1/tasks', 'get'>['tasks'][number];
    const payloadOf = (t: Task) => {
      switch (t.type) {
        case 'skp-draft':
          return {
            results: [{ description: 'Pelayanan prima', indicator: 'Indeks kepuasan', target: '85' }],
          };
        case 'skp-approval':
          return { approved: true };
        case 'period-rating':
          return rand() < 0.85
            ? { hasilKerja: 'sesuai', perilakuKerja: 'sesuai' }
            : annualRating(t.subjectNip!);
        case 'annual-rating':
          return annualRating(t.subjectNip!);
        default:
          return {
            predikat: rand() < 0.5 ? 'baik' : 'butuh-perbaikan',
            reason: 'Setelah mendengar kedua pihak',
          };
      }
    };
    const ready = (t: Task) => {
      if (t.type === 'period-rating' && t.period === 'Q2' && !late.has(t.id) && !decided.has(t.id)) {
        decided.add(t.id);
        if (rand() < 0.03) late.add(t.id);
      }
      return !late.has(t.id) || Date.now() > Date.parse(t.dueAt) + escalateMs + 1500;
    };

    for (;;) {
      // The year's view counts every appraisal and task (a full read of both on the embedded FerretDB):
      // looked at every 10 s, for the progress line and the end, not on every round of the inbox.
      if (Date.now() - lastReport > 10_000) {
        const yearView = await answer(
          hr.GET('/api/v1/appraisal/years/{year}', { params: { path: { year } } }),
        );
        const byPhase = (yearView.json?.byPhase ?? {}) as Record<string, number>;
        const rate = lastReport ? ((completed - completedAtReport) * 1000) / (Date.now() - lastReport) : 0;
        lastReport = Date.now();
        completedAtReport = completed;
        say(
          `phase ${yearView.json?.phase} · appraisals ${JSON.stringify(byPhase)} · tasks done ${completed} (${rate.toFixed(1)}/s), open ${yearView.json?.openTasks}, overdue ${yearView.json?.overdueTasks}, escalated ${yearView.json?.escalatedTasks}`,
        );
        if ((byPhase.done ?? 0) + (byPhase.left ?? 0) === org.employees.length) break;
      }
      await doTasks();
    }
    async function doTasks(): Promise<void> {
      const { tasks } = await must(
        200,
        hr.GET('/api/v1/tasks', { params: { query: { status: 'open', year, limit: 1000 } } }),
      );
      const open = tasks.filter(ready);
      await inParallel(open, 16, async (t) => {
        const r = await answer(
          (t.assigneeNip ? await as(t.assigneeNip) : hr).POST('/api/v1/tasks/{id}/complete', {
            params: { path: { id: t.id } },
            body: payloadOf(t),
          }),
        );
        if (r.status === 200) completed++;
      });
      // About 3% of employees object to their annual result, about a third accept it at once (closing
      // their window), and the others let the window pass.
      const inWindow = await db.models.appraisalRecords
        .find({ year, phase: 'objection-window' }, { nip: 1 })
        .lean();
      for (const r of inWindow) {
        if (objected.has(r.nip)) continue;
        objected.add(r.nip);
        const x = rand();
        if (x < 0.03) {
          const filed = await answer(
            (await as(r.nip)).POST('/api/v1/appraisal/{year}/employees/{nip}/objection', {
              params: { path: { year, nip: r.nip } },
              body: { reason: 'Capaian saya melebihi target' },
            }),
          );
          if (filed.status === 201) objectionsFiled++;
        } else if (x < 0.36) {
          const accepted = await answer(
            (await as(r.nip)).POST('/api/v1/appraisal/{year}/employees/{nip}/acceptance', {
              params: { path: { year, nip: r.nip } },
              body: {},
            }),
          );
          if (accepted.status === 200) acceptances++;
        }
      }
      if (open.length === 0) await new Promise((r) => setTimeout(r, 1000));
    }
    say(
      `every appraisal is done (${completed} tasks completed through the API, ${objectionsFiled} objections, ${acceptances} results accepted early)`,
    );

    // ---- Finalisation and calibration -------------------------------------------------------------------
    const failures: string[] = [];
    for (const u of org.units) {
      const r = await answer(
        hr.POST('/api/v1/appraisal/{year}/units/{unitCode}/finalisation', {
          params: { path: { year, unitCode: u.code } },
          body: {},
        }),
      );
      if (r.status !== 200)
        failures.push(`${u.code} (unit result ${unitResult.get(u.code)}): ${r.json.detail}`);
    }

    // ---- The report ---------------------------------------------------------------------------------------
    const listed = await must(
      200,
      hr.GET('/api/v1/appraisal/{year}/results', { params: { path: { year }, query: { limit: 10000 } } }),
    );
    // The results' schema is loose (a record per NIP): the fields this report reads.
    const results = listed.results as {
      unitCode: string;
      predikat: Predikat | null;
      creditPoints: number | null;
      improvement: { needed: boolean } | null;
      objection: unknown;
      acceptance: unknown;
    }[];
    const header = ['unit', 'result', ...predikatValues.map((p) => predikatNames[p]), 'n'];
    const rows: string[][] = [];
    const total: Record<string, number> = {};
    for (const u of org.units) {
      const mine = results.filter((r) => r.unitCode === u.code);
      const counts = predikatValues.map((p) => mine.filter((r) => r.predikat === p).length);
      predikatValues.forEach((p, i) => (total[p] = (total[p] ?? 0) + counts[i]!));
      rows.push([u.code, unitResult.get(u.code)!, ...counts.map(String), String(mine.length)]);
    }
    rows.push(['overall', '', ...predikatValues.map((p) => String(total[p] ?? 0)), String(results.length)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
    process.stdout.write(
      `\nPredikat distribution (annual, after objections), year ${year}\n${line(header)}\n`,
    );
    for (const r of rows) process.stdout.write(`${line(r)}\n`);

    process.stdout.write(
      `\nCalibration failures (finalisation refused): ${failures.length} of ${org.units.length} units\n`,
    );
    for (const f of failures) process.stdout.write(`  ${f}\n`);

    const now = new Date();
    const allTasks = await db.models.tasks.find({ year }, { dueAt: 1, closedAt: 1, status: 1 }).lean();
    const overdueLate = allTasks.filter((t) =>
      t.closedAt ? t.closedAt > t.dueAt : t.status === 'open' && t.dueAt < now,
    ).length;
    const escalated = await db.models.tasks.countDocuments({ year, escalated: true });
    const reminded = await db.models.tasks.countDocuments({ year, reminded: true });
    const tasks = await db.models.tasks.countDocuments({ year });
    const objections = results.filter((r) => r.objection).length;
    process.stdout.write(
      `\nTasks: ${tasks} in all; ${overdueLate} completed after their due date (overdue); ${reminded} reminded; ${escalated} escalated to the assignee's supervisor\n`,
    );
    process.stdout.write(
      `Objections: ${objections}; results accepted before the window's end: ${results.filter((r) => r.acceptance).length}; improvement plans: ${results.filter((r) => r.improvement?.needed).length}; functional positions with credit points: ${results.filter((r) => r.creditPoints !== null).length}\n`,
    );

    let largest = { id: '', length: 0 };
    const ids = [`appraisal-year/${year}`, ...org.employees.map((e) => `appraisal/${year}/${e.nip}`)];
    for (const id of ids) {
      const d = await temporal.client.workflow.getHandle(id).describe();
      const length = Number(d.historyLength ?? 0);
      if (length > largest.length) largest = { id, length };
    }
    const yearLength = Number(
      (await temporal.client.workflow.getHandle(`appraisal-year/${year}`).describe()).historyLength,
    );
    process.stdout.write(
      `Largest workflow history: ${largest.length} events (${largest.id.replace(/\d{18}$/, '<nip>')}); the year workflow: ${yearLength} events for ${org.employees.length} employees\n`,
    );
    if (TIMINGS) printTimings();
    say('done');
  } finally {
    server.close();
    await provider.stop();
    worker.shutdown();
    await running.catch(() => undefined);
    mailer.close();
    await temporal.connection.close();
    await connection.close();
    await db.close();
    await stack.stop();
    if (!process.argv.includes('--keep')) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`appraisal demo failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
