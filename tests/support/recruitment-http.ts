// Recruitment cycles over HTTP, shared by the end-to-end and crash tests: the real API (createApp) on a free
// port, a small client for HR and candidates, candidate plans (what each candidate scores and does), the
// steps of a cycle driven through the API, and what a plan must end in, computed from the pure rules of
// domain/recruitment alone (never from the engine's own records): each candidate's outcome, the rankings,
// the final lists and every email each candidate must receive.
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createApp, type AppDeps } from '../../api/app';
import { createAuth, type Auth } from '../../api/auth';
import { databaseAnswers, type Database } from '../../db/connection';
import type { FinalOutcome } from '../../domain/recruitment/outcomes';
import { currentOutcome } from '../../domain/recruitment/outcomes';
import {
  competencyComparator,
  competencyTotal,
  createFinalCut,
  createSkbCut,
  finalComparator,
  finalScore,
  skbScorer,
  skdComparator,
  type CompetencyScores,
  type SkbComponent,
} from '../../domain/recruitment/ranking';
import {
  resolveRuleSet,
  type CpnsRuleSet,
  type FormationType,
  type PppkRuleSet,
} from '../../domain/recruitment/rule-sets';
import { cycleRuleOverrides, type CreateCycleInput } from '../../domain/recruitment/schemas';
import { skdOutcome, type SkdScores } from '../../domain/recruitment/skd';
import type { ApplicationStatus } from '../../domain/recruitment/stages';
import type { CapturedMessage } from '../../stack/smtp-capture';
import { testAuthSecret } from './activities';
import { eventually } from './eventually';
import { mailTo, testLogger, uniqueEmail } from './servers';

export const auth: Auth = createAuth(testAuthSecret);
export const applicantKeySecret = 'e2e-applicant-key-secret-long-enough!!';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------ API and client

/** The production API on a free port, on the given Temporal client and database. */
export async function startApi(opts: {
  env: TestWorkflowEnvironment;
  db: Database;
  taskQueue: string;
  hr: { email: string; headEmail: string };
}): Promise<{ base: string; close(): Promise<void> }> {
  const deps: AppDeps = {
    client: opts.env.client,
    models: opts.db.models,
    auth,
    logger: testLogger,
    config: {
      bodyLimit: '5mb',
      publicUrl: 'http://localhost',
      taskQueue: opts.taskQueue,
      applicantKeySecret,
      hr: opts.hr,
    },
    checks: { temporal: async () => true, database: () => databaseAnswers(opts.db.conn) },
  };
  const server: Server = createApp(deps).app.listen(0);
  await new Promise((r) => server.once('listening', r));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/recruitment`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections(); // requests of a failed test may still be waiting on the engine
      }),
  };
}

export interface Reply<T> {
  status: number;
  json: T;
}

/** What HR and candidates send to the recruitment API, and the waits on what the engine does next. */
export class RecruitmentApi {
  /** How long a wait on the engine lasts before it fails (longer when workers are being killed). */
  patience = 90_000;

  constructor(
    readonly base: string,
    readonly hrToken: string,
  ) {}

  static async connect(base: string): Promise<RecruitmentApi> {
    return new RecruitmentApi(base, await auth.sign({ sub: 'hr-1', role: 'hr' }));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async call<T = any>(
    method: 'GET' | 'POST',
    path: string,
    opts: { token?: string; body?: unknown } = {},
  ): Promise<Reply<T>> {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T };
  }

  /** A call that must answer `status`; anything else fails with what the API said. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async expect<T = any>(
    status: number,
    method: 'GET' | 'POST',
    path: string,
    opts: { token?: string; body?: unknown } = {},
  ): Promise<T> {
    const r = await this.call<T>(method, path, opts);
    if (r.status !== status)
      throw new Error(`${method} ${path}: expected ${status}, got ${r.status} ${JSON.stringify(r.json)}`);
    return r.json;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  hr<T = any>(status: number, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    return this.expect<T>(status, method, path, { token: this.hrToken, body });
  }

  phase(code: string): Promise<string> {
    return this.hr<{ phase: string }>(200, 'GET', `/cycles/${code}`).then((c) => c.phase);
  }

  async untilPhase(code: string, phase: string, timeoutMs = this.patience): Promise<void> {
    const seen = await eventually(
      () => this.phase(code),
      (p) => p === phase,
      timeoutMs,
    );
    if (seen !== phase) throw new Error(`cycle ${code} is in its ${seen} phase, expected ${phase}`);
  }

  /** Every application of a cycle, as HR lists them (all pages). */
  async applications(code: string, filter = ''): Promise<ApplicationRecord[]> {
    const items: ApplicationRecord[] = [];
    for (let page = 1; ; page++) {
      const r = await this.hr<{ items: ApplicationRecord[]; total: number }>(
        200,
        'GET',
        `/cycles/${code}/applications?pageSize=500&page=${page}${filter}`,
      );
      items.push(...r.items);
      if (items.length >= r.total || r.items.length === 0) return items;
    }
  }

  /** Waits until every listed application has its expected status. */
  async untilStatuses(
    code: string,
    want: Map<string, ApplicationStatus>,
    what: string,
    timeoutMs = this.patience,
  ) {
    const wrong = (apps: ApplicationRecord[]) => {
      const status = new Map(apps.map((a) => [a.applicationId, a.status]));
      return [...want]
        .filter(([id, s]) => status.get(id) !== s)
        .map(([id, s]) => `${id}: ${status.get(id)}≠${s}`);
    };
    const seen = await eventually(
      () => this.applications(code),
      (apps) => wrong(apps).length === 0,
      timeoutMs,
    );
    const left = wrong(seen);
    if (left.length) throw new Error(`waiting for ${what}: ${left.join(', ')}`);
  }

  /** Waits until a candidate's own application shows a deadline (their window is open). */
  async untilDeadline(a: Applicant, deadline: string, timeoutMs = this.patience): Promise<string> {
    const seen = await eventually(
      () =>
        this.expect<ApplicationRecord>(200, 'GET', `/applications/${a.applicationId}`, { token: a.token }),
      (r) => Boolean(r.deadlines?.[deadline]),
      timeoutMs,
    );
    if (!seen.deadlines?.[deadline]) throw new Error(`${a.plan.key} has no ${deadline} deadline`);
    return seen.deadlines[deadline] as string;
  }
}

export interface ApplicationRecord {
  applicationId: string;
  formationCode: string;
  name: string;
  status: ApplicationStatus;
  skd?: { twk: number; tiu: number; tkp: number; total: number; passed: boolean; reasons: string[] };
  skdRank?: number;
  final?: { score: number; rank: number; outcome: FinalOutcome };
  deadlines?: Record<string, unknown>;
  replacementOf?: string;
  withdrawal?: { afterPassing: boolean; banYears: number[] } | null;
}

export interface RankingRow {
  rank: number;
  applicationId?: string;
  name: string;
  skd?: { twk: number; tiu: number; tkp: number; total: number };
  skb?: number;
  competency?: number;
  final?: number;
  outcome?: string;
  rankedOutcome?: string;
}

/** People act at the same time: a few requests at once. */
export async function inParallel<T>(items: T[], fn: (item: T) => Promise<void>, width = 8): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

// ------------------------------------------------------------------------------------ plans

/** What happens to a candidate who passes or is moved up: documents verified, rejected, missed, or a withdrawal. */
export type DocumentsPlan = 'verify' | 'reject' | 'miss' | 'withdraw';

export interface CandidatePlan {
  /** The test's handle for the candidate, e.g. A07. */
  key: string;
  name: string;
  formation: string;
  birthDate: string;
  gpa: number;
  /** TMS at screening (default MS). */
  tms?: boolean;
  /** An appeal against the administration result, and HR's answer. */
  appeal?: 'accepted' | 'rejected';
  /** Withdraws right after applying, before anything was decided. */
  withdrawEarly?: boolean;
  /** CPNS: absent from the SKD when not given. */
  skd?: SkdScores;
  /** CPNS: component code → score; absent from the SKB when not given. */
  skb?: Record<string, number>;
  /** PPPK: absent from the competency test when not given. */
  competency?: CompetencyScores;
  documents?: DocumentsPlan;
}

export interface Applicant {
  plan: CandidatePlan;
  body: ReturnType<typeof applicationBody>;
  applicationId: string;
  token: string;
}

export interface CycleSpec {
  code: string;
  kind: 'CPNS' | 'PPPK';
  title: string;
  formations: { code: string; title: string; unit: string; type: FormationType; vacancies: number }[];
  registrationMs: number;
  schedule: { appealWindow: string; appealAnswerWindow: string; documentWindow: string };
  rules: { windows: { appealAnswerReminderBefore: string; documentReminderBefore: string } };
  skbComponents?: SkbComponent[];
  skdSessions?: { code: string; place: string; startsAt: string }[];
}

const runStamp = String(Date.now() % 1e6).padStart(6, '0');
let nikSeq = 0;

export function applicationBody(plan: CandidatePlan) {
  nikSeq += 1;
  return {
    nik: `5371${runStamp}${String(nikSeq).padStart(6, '0')}`,
    name: plan.name,
    email: uniqueEmail(plan.key.toLowerCase()),
    birthDate: plan.birthDate,
    education: { level: 'S1' as const, major: 'Administrasi Negara', gpa: plan.gpa },
    formationCode: plan.formation,
    language: 'id' as const,
  };
}

export function cycleBody(spec: CycleSpec, opensAt: number): CreateCycleInput {
  return {
    code: spec.code,
    kind: spec.kind,
    title: spec.title,
    formations: spec.formations,
    schedule: {
      registrationOpensAt: new Date(opensAt).toISOString(),
      registrationClosesAt: new Date(opensAt + spec.registrationMs).toISOString(),
      ...spec.schedule,
    },
    rules: spec.rules,
  } as CreateCycleInput;
}

export function cycleCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e4)}`;
}

// ------------------------------------------------------------------------------------ the steps

export const reasons = {
  ms: 'Berkas lengkap dan sesuai kualifikasi',
  tms: 'Ijazah tidak sesuai kualifikasi pendidikan formasi',
  appeal: 'Ijazah saya sesuai; mohon diperiksa kembali lampiran kedua.',
  appealAccepted: 'Ijazah pada lampiran kedua sesuai kualifikasi',
  appealRejected: 'Jurusan tidak termasuk kualifikasi formasi',
  documentsRejected: 'Surat keterangan sehat tidak dilampirkan',
  withdrawal: 'Diterima bekerja di instansi lain',
  earlyWithdrawal: 'Salah memilih formasi',
};

/** Creates the cycle (registration opens now) and waits for registration to open. */
export async function createCycle(api: RecruitmentApi, spec: CycleSpec): Promise<number> {
  const opensAt = Date.now();
  const created = await api.hr(201, 'POST', '/cycles', cycleBody(spec, opensAt));
  expect(created).toMatchObject({ code: spec.code, workflowId: `recruitment-cycle/${spec.code}` });
  await api.untilPhase(spec.code, 'registration', 30_000);
  return opensAt;
}

/** One application over HTTP: a new one answers 201 with an access token. */
export async function apply(api: RecruitmentApi, code: string, plan: CandidatePlan): Promise<Applicant> {
  const body = applicationBody(plan);
  const r = await api.expect<{ applicationId: string; accessToken: string }>(
    201,
    'POST',
    `/cycles/${code}/applications`,
    { body },
  );
  expect(r.accessToken).toEqual(expect.any(String));
  return { plan, body, applicationId: r.applicationId, token: r.accessToken };
}

export async function applyAll(
  api: RecruitmentApi,
  code: string,
  plans: CandidatePlan[],
  width = 8,
): Promise<Applicant[]> {
  const out = new Map<string, Applicant>();
  await inParallel(
    plans,
    async (p) => {
      const a = await apply(api, code, p);
      out.set(p.key, a);
      if (p.withdrawEarly) {
        // The candidate withdraws once the confirmation of their application has arrived.
        await eventually(
          () => mailTo(a.body.email),
          (m) => m.length > 0,
        );
        await api.expect(200, 'POST', `/applications/${a.applicationId}/withdrawal`, {
          token: a.token,
          body: { reason: reasons.earlyWithdrawal },
        });
      }
    },
    width,
  );
  return plans.map((p) => out.get(p.key)!);
}

/** Screening in bulk once registration closed: MS or TMS with a reason, then HR announces it. */
/** Screening in bulk once registration closed: MS or TMS with a reason (handed to the cycle). */
export async function screen(api: RecruitmentApi, code: string, applicants: Applicant[]) {
  await api.untilPhase(code, 'screening');
  const decisions = applicants
    .filter((a) => !a.plan.withdrawEarly)
    .map((a) => ({
      applicationId: a.applicationId,
      decision: a.plan.tms ? 'TMS' : 'MS',
      reason: a.plan.tms ? reasons.tms : reasons.ms,
    }));
  return api.hr<{ batchId: string; rows: number }>(202, 'POST', `/cycles/${code}/screening`, { decisions });
}

/** Waits until every screening decision reached its application, then HR announces the result. */
export async function announceScreening(api: RecruitmentApi, code: string) {
  const seen = await eventually(
    () => api.applications(code, '&status=registered'),
    (r) => r.length === 0,
    api.patience,
  );
  expect(seen.map((r) => `${r.applicationId} (${r.name})`)).toEqual([]);
  return announce(api, code, 'administration');
}

export async function screenAndAnnounce(api: RecruitmentApi, code: string, applicants: Applicant[]) {
  await screen(api, code, applicants);
  return announceScreening(api, code);
}

export function announce(api: RecruitmentApi, code: string, stage: 'administration' | 'skd' | 'final') {
  return api.hr<{ stage: string; appealWindowClosesAt: string }>(
    202,
    'POST',
    `/cycles/${code}/announcements`,
    {
      stage,
    },
  );
}

/** The candidates with an appeal file it as soon as their window is open; HR answers each at once. */
export async function appealsAndAnswers(api: RecruitmentApi, applicants: Applicant[]): Promise<number[]> {
  const margins: number[] = [];
  await inParallel(
    applicants.filter((a) => a.plan.appeal),
    async (a) => {
      const closesAt = await api.untilDeadline(a, 'appeal-administration');
      margins.push(Date.parse(closesAt) - Date.now());
      const filed = await api.expect(201, 'POST', `/applications/${a.applicationId}/appeals`, {
        token: a.token,
        body: { stage: 'administration', reason: reasons.appeal },
      });
      expect(filed).toMatchObject({ status: 'pending', reason: reasons.appeal });
      const again = await api.call('POST', `/applications/${a.applicationId}/appeals`, {
        token: a.token,
        body: { stage: 'administration', reason: 'sekali lagi' },
      });
      expect(again.status).toBe(409);
      const accepted = a.plan.appeal === 'accepted';
      const decided = await api.hr(
        200,
        'POST',
        `/applications/${a.applicationId}/appeals/administration/decision`,
        {
          accepted,
          reason: accepted ? reasons.appealAccepted : reasons.appealRejected,
        },
      );
      expect(decided).toMatchObject({ status: accepted ? 'accepted' : 'rejected' });
    },
  );
  /** How long each candidate still had to appeal when their window showed up. */
  return margins;
}

/** SKD sessions for every eligible candidate, then the scores of those who sat it. */
export async function skdSessionsAndResults(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  await api.untilPhase(spec.code, 'skd');
  const eligible = expected.applicants.filter((a) => expected.of(a).ms);
  const sessions = spec.skdSessions!;
  await api.hr(202, 'POST', `/cycles/${spec.code}/skd-sessions`, {
    sessions: sessions.map((s, i) => ({
      ...s,
      applicationIds: eligible.filter((_, j) => j % sessions.length === i).map((a) => a.applicationId),
    })),
  });
  const rows = eligible
    .filter((a) => a.plan.skd)
    .map((a) => ({ applicationId: a.applicationId, ...a.plan.skd! }));
  await api.hr(202, 'POST', `/cycles/${spec.code}/skd-results`, { rows });
}

/** SKB results of the candidates who advanced (those given a score). */
export async function skbResults(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  await api.untilPhase(spec.code, 'skb');
  const advanced = expected.applicants.filter((a) => expected.of(a).advanced);
  await api.untilStatuses(
    spec.code,
    new Map(advanced.map((a) => [a.applicationId, 'skb-advanced' as const])),
    'the cut to SKB',
  );
  await api.hr(202, 'POST', `/cycles/${spec.code}/skb-results`, {
    components: spec.skbComponents,
    rows: advanced
      .filter((a) => a.plan.skb)
      .map((a) => ({ applicationId: a.applicationId, scores: a.plan.skb })),
  });
}

export async function competencyResults(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  await api.untilPhase(spec.code, 'competency');
  await api.hr(202, 'POST', `/cycles/${spec.code}/competency-results`, {
    rows: expected.applicants
      .filter((a) => expected.of(a).ms && a.plan.competency)
      .map((a) => ({ applicationId: a.applicationId, ...a.plan.competency! })),
  });
}

/** One candidate's document stage as planned: submit and get verified or rejected, withdraw, or do nothing. */
export async function documentsOf(api: RecruitmentApi, a: Applicant) {
  await documentSteps(api, a).catch((err: Error) => {
    throw new Error(`${a.plan.key}'s documents: ${err.message}`);
  });
}

async function documentSteps(api: RecruitmentApi, a: Applicant) {
  const plan = a.plan.documents ?? 'verify';
  await api.untilDeadline(a, 'documents');
  if (plan === 'miss') return;
  if (plan === 'withdraw') {
    const r = await api.expect<{ status: string; banYears: number[] }>(
      200,
      'POST',
      `/applications/${a.applicationId}/withdrawal`,
      { token: a.token, body: { reason: reasons.withdrawal } },
    );
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Makassar' }).format(),
    );
    expect(r).toEqual({ status: 'withdrawn', banYears: [year + 1, year + 2] });
    return;
  }
  await api.expect(200, 'POST', `/applications/${a.applicationId}/documents`, {
    token: a.token,
    body: { documents: [{ kind: 'DRH', reference: `drh-${a.plan.key}.pdf` }] },
  });
  const accepted = plan === 'verify';
  const r = await api.hr(200, 'POST', `/applications/${a.applicationId}/documents/verification`, {
    accepted,
    ...(accepted ? {} : { reason: reasons.documentsRejected }),
  });
  expect(r).toEqual({ status: accepted ? 'documents-verified' : 'documents-failed' });
}

/**
 * The document stage: every passer acts as planned, and every candidate moved up into a vacancy acts as
 * soon as they are told. Resolves when every planned actor has acted.
 */
export async function documentStage(
  api: RecruitmentApi,
  spec: CycleSpec,
  expected: Expectations,
  /** Called after each withdrawal or rejection (the crash test kills the worker there). */
  afterEarly: (a: Applicant) => Promise<void> = async () => undefined,
) {
  await api.untilPhase(spec.code, 'documents');
  const passers = expected.applicants.filter((a) => expected.of(a).final?.outcome === 'passed');
  const replacements = expected.applicants.filter((a) => expected.of(a).replacementOf);
  // Withdrawals and rejections first, in plan order, so that vacancies open in the order the rules expect.
  const early = passers.filter((a) => ['withdraw', 'reject'].includes(a.plan.documents ?? ''));
  for (const a of early) {
    await documentsOf(api, a);
    await afterEarly(a);
  }
  await Promise.all([
    inParallel(
      passers.filter((a) => !early.includes(a)),
      (a) => documentsOf(api, a),
    ),
    inParallel(replacements, async (a) => {
      await api.untilStatuses(
        spec.code,
        new Map([[a.applicationId, 'replaced-in']]),
        `${a.plan.key} moved up`,
      );
      await documentsOf(api, a);
    }),
  ]);
}

// ------------------------------------------------------------------------------------ expectations

export interface ExpectedMail {
  subject: string;
  /** Facts the plain-text body must state. */
  facts: string[];
}

export interface Expected {
  ms: boolean;
  skd?: { twk: number; tiu: number; tkp: number; total: number; passed: boolean; reasons: string[] };
  skdRank?: number;
  advanced?: boolean;
  final?: { rank: number; score: number; outcome: FinalOutcome };
  /** The key of the candidate whose vacancy this one fills. */
  replacementOf?: string;
  status: ApplicationStatus;
  mail: ExpectedMail[];
}

export interface Expectations {
  rules: CpnsRuleSet | PppkRuleSet;
  applicants: Applicant[];
  of(a: Applicant | string): Expected;
  /** Application ids of a formation in final-rank order (CPNS and PPPK) or SKD-rank order. */
  ranking(formation: string, stage: 'skd' | 'final'): Applicant[];
  appointed(formation: string): Applicant[];
}

const num = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 20 }).format(n);
/** The database breaks the last ties by application id; so does the reference. */
const byId = (a: Applicant, b: Applicant) => (a.applicationId < b.applicationId ? -1 : 1);

/**
 * What a cycle run by plan must end in, from the rule set alone (RULES.md 1.2-1.7): SKD outcomes by the
 * formation type's passing grades, the 3× cut with its ties, the SKB weights and the integrated score, the
 * final ranking with its four tie-break levels (or the PPPK total), the vacancies freed by withdrawals,
 * rejected or missed documents and who fills them, and every email each candidate must receive.
 */
export function expectationsFor(spec: CycleSpec, applicants: Applicant[]): Expectations {
  const resolved = resolveRuleSet(spec.kind, cycleRuleOverrides(cycleBody(spec, Date.now())));
  if (!resolved.ok) throw new Error(resolved.reasons.join('; '));
  const rules = resolved.value.ruleSet;
  const T = spec.title;
  const results = new Map<string, Expected>();
  const skdOrder = new Map<string, Applicant[]>();
  const finalOrder = new Map<string, Applicant[]>();

  for (const a of applicants) {
    const ms = !a.plan.withdrawEarly && (!a.plan.tms || a.plan.appeal === 'accepted');
    results.set(a.plan.key, {
      ms,
      status: a.plan.withdrawEarly ? 'withdrawn' : ms ? 'screened-ms' : 'screened-tms',
      mail: [],
    });
  }
  const get = (a: Applicant) => results.get(a.plan.key)!;

  for (const f of spec.formations) {
    const mine = applicants.filter((a) => a.plan.formation === f.code && get(a).ms);
    let finalists: Applicant[];
    if (rules.kind === 'CPNS') {
      for (const a of mine) {
        const e = get(a);
        const scores = a.plan.skd;
        const outcome = scores
          ? skdOutcome(scores, f.type, rules)
          : { passed: false, total: 0, reasons: ['tidak mengikuti SKD / absent'] };
        e.skd = {
          ...(scores ?? { twk: 0, tiu: 0, tkp: 0 }),
          ...outcome,
        };
        e.status = outcome.passed ? 'skd-passed' : 'skd-failed';
      }
      const compare = skdComparator(rules);
      const passed = mine
        .filter((a) => get(a).skd!.passed)
        .sort((x, y) => compare(get(x) as never, get(y) as never) || byId(x, y));
      const cut = createSkbCut(f.vacancies, rules);
      for (const a of passed) {
        const { rank, advances } = cut.offer(get(a) as never);
        Object.assign(get(a), {
          skdRank: rank,
          advanced: advances,
          status: advances ? 'skb-advanced' : 'not-advanced',
        });
      }
      skdOrder.set(f.code, passed);
      finalists = passed.filter((a) => get(a).advanced);
    } else {
      finalists = mine;
    }

    // The final ranking: those with a score in rank order, then those without one (TL) by id.
    const scored: { a: Applicant; row: object }[] = [];
    for (const a of finalists) {
      if (rules.kind === 'CPNS' && a.plan.skb) {
        const scorer = skbScorer(spec.skbComponents!, rules);
        if (!scorer.ok) throw new Error(scorer.reasons.join('; '));
        const skb = scorer.value(a.plan.skb);
        if (!skb.ok) throw new Error(skb.reasons.join('; '));
        const score = finalScore(get(a).skd!.total, skb.value, rules);
        scored.push({
          a,
          row: {
            skd: get(a).skd,
            final: { score },
            education: { gpa: a.plan.gpa },
            birthDate: a.plan.birthDate,
          },
        });
      } else if (rules.kind === 'PPPK' && a.plan.competency) {
        const c = a.plan.competency;
        scored.push({
          a,
          row: {
            competency: { ...c, total: competencyTotal(c) },
            birthDate: a.plan.birthDate,
            final: { score: competencyTotal(c) },
          },
        });
      }
    }
    const compare = (rules.kind === 'CPNS' ? finalComparator(rules) : competencyComparator(rules)) as (
      x: object,
      y: object,
    ) => number;
    scored.sort((x, y) => compare(x.row, y.row) || byId(x.a, y.a));
    const cut = createFinalCut(f.vacancies);
    const order: Applicant[] = [];
    for (const { a, row } of scored) {
      const { rank, passed } = cut.offer(row);
      get(a).final = {
        rank,
        score: (row as { final: { score: number } }).final.score,
        outcome: passed ? 'passed' : 'optimalisasi',
      };
      order.push(a);
    }
    for (const a of finalists.filter((x) => !scored.some((s) => s.a === x)).sort(byId)) {
      get(a).final = { rank: order.length + 1, score: 0, outcome: 'not-passed' };
      order.push(a);
    }
    for (const a of order) get(a).status = get(a).final!.outcome;
    finalOrder.set(f.code, order);

    // Documents: failed passers free their vacancy (withdrawals and rejections at once, missed deadlines at
    // the deadline), offered to the best-ranked optimalisasi candidate left, who may fail in turn.
    const waiting = order.filter((a) => get(a).final!.outcome === 'optimalisasi');
    const failing = (a: Applicant) => (a.plan.documents ?? 'verify') !== 'verify';
    const queue = order.filter((a) => get(a).final!.outcome === 'passed');
    // The test acts on withdrawals and rejections in plan order (documentStage).
    const inPlanOrder = (x: Applicant, y: Applicant) => applicants.indexOf(x) - applicants.indexOf(y);
    const early = queue.filter((a) => failing(a) && a.plan.documents !== 'miss').sort(inPlanOrder);
    const late = queue.filter((a) => a.plan.documents === 'miss');
    const vacancies = [...early, ...late];
    for (let i = 0; i < vacancies.length; i++) {
      const freed = vacancies[i]!;
      const next = waiting.shift();
      if (!next) break;
      get(next).replacementOf = freed.plan.key;
      if (failing(next)) vacancies.push(next);
    }
    for (const a of [...queue, ...order.filter((x) => get(x).replacementOf)]) {
      get(a).status = {
        verify: 'appointed',
        reject: 'documents-failed',
        miss: 'documents-failed',
        withdraw: 'withdrawn',
      }[a.plan.documents ?? 'verify'] as ApplicationStatus;
    }
  }

  // Every email, in the order the candidate receives them.
  for (const a of applicants) {
    const e = get(a);
    const f = spec.formations.find((x) => x.code === a.plan.formation)!;
    const m = (subject: string, ...facts: string[]) => e.mail.push({ subject: `${subject}: ${T}`, facts });
    m('Pendaftaran diterima', `untuk formasi ${f.title}`, '#application=');
    if (a.plan.withdrawEarly) {
      m('Konfirmasi pengunduran diri', 'telah kami catat');
      continue;
    }
    m(
      'Hasil seleksi administrasi',
      a.plan.tms ? 'TIDAK MEMENUHI SYARAT (TMS)' : 'dinyatakan MEMENUHI SYARAT (MS)',
      a.plan.tms ? reasons.tms : reasons.ms,
    );
    m('Masa sanggah seleksi administrasi dibuka', 'WITA');
    if (a.plan.appeal) {
      m('Sanggahan diterima', 'akan dijawab paling lambat');
      m(
        'Jawaban sanggahan',
        a.plan.appeal === 'accepted' ? 'DITERIMA' : 'DITOLAK',
        a.plan.appeal === 'accepted' ? reasons.appealAccepted : reasons.appealRejected,
      );
    }
    if (!e.ms) continue;
    if (rules.kind === 'CPNS') {
      const sessions = spec.skdSessions!;
      const eligible = applicants.filter((x) => get(x).ms);
      const s = sessions[eligible.indexOf(a) % sessions.length]!;
      m('Jadwal SKD', `sesi ${s.code}`, `bertempat di ${s.place}`);
      const k = e.skd!;
      m(
        'Hasil SKD',
        `TWK ${k.twk}, TIU ${k.tiu}, TKP ${k.tkp}; total ${k.total}.`,
        k.passed
          ? 'Saudara/Saudari MEMENUHI nilai ambang batas'
          : `TIDAK MEMENUHI nilai ambang batas (passing grade) SKD: ${k.reasons.join('; ')}.`,
      );
      m('Masa sanggah Seleksi Kompetensi Dasar (SKD) dibuka', 'WITA');
      if (!k.passed) continue;
      m(
        'Hasil peringkat SKD',
        `Dengan peringkat ${e.skdRank} pada formasi ${f.title}`,
        e.advanced ? 'dinyatakan LOLOS' : 'dinyatakan TIDAK LOLOS',
      );
      if (!e.advanced) continue;
    }
    const fin = e.final!;
    m(
      'Hasil akhir seleksi',
      `pada formasi ${f.title} adalah ${num(fin.score)}, peringkat ${fin.rank}.`,
      {
        passed: 'dinyatakan LULUS (P/L)',
        optimalisasi: 'peserta optimalisasi',
        'not-passed': 'TIDAK LULUS (TL)',
      }[fin.outcome],
    );
    m('Masa sanggah hasil akhir seleksi dibuka', 'WITA');
    if (fin.outcome === 'passed') m('Pengisian DRH dan dokumen pengangkatan', 'paling lambat');
    else if (e.replacementOf) m('Pengisian formasi melalui optimalisasi', `formasi ${f.title}`, 'LULUS');
    else continue;
    const plan = a.plan.documents ?? 'verify';
    if (plan === 'verify') {
      m('Hasil verifikasi dokumen', 'dinyatakan LENGKAP');
      m('Penetapan kelulusan akhir', `formasi ${f.title}`);
    } else if (plan === 'reject') {
      m('Hasil verifikasi dokumen', 'TIDAK MEMENUHI SYARAT', reasons.documentsRejected);
    } else if (plan === 'miss') {
      m('Pengingat batas waktu dokumen', 'belum lengkap');
      m('Batas waktu dokumen terlewati', 'TIDAK MEMENUHI SYARAT pada tahap pemberkasan');
    } else {
      m('Konfirmasi pengunduran diri', `selama ${rules.withdrawalBanBudgetYears} tahun anggaran berikutnya`);
    }
  }

  return {
    rules,
    applicants,
    of: (a) => results.get(typeof a === 'string' ? a : a.plan.key)!,
    ranking: (formation, stage) => (stage === 'skd' ? skdOrder : finalOrder).get(formation) ?? [],
    appointed: (formation) =>
      applicants.filter(
        (a) => a.plan.formation === formation && results.get(a.plan.key)!.status === 'appointed',
      ),
  };
}

// ------------------------------------------------------------------------------------ checks

/** Every application's status and results as HR lists them, against the expectations. */
export async function checkApplications(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  const records = new Map((await api.applications(spec.code)).map((r) => [r.applicationId, r]));
  const idOf = new Map(expected.applicants.map((a) => [a.plan.key, a.applicationId]));
  const seen = expected.applicants.map((a) => {
    const r = records.get(a.applicationId)!;
    const e = expected.of(a);
    return {
      key: a.plan.key,
      status: r.status,
      // The read model shows an empty `skd` ({ reasons: [] }) and `final` ({}) for those never scored.
      skd:
        r.skd?.total !== undefined
          ? { total: r.skd.total, passed: r.skd.passed, reasons: r.skd.reasons }
          : undefined,
      skdRank: r.skdRank,
      final: r.final?.rank !== undefined ? r.final : undefined,
      replacementOf: r.replacementOf,
      _want: {
        key: a.plan.key,
        status: e.status,
        skd: e.skd && { total: e.skd.total, passed: e.skd.passed, reasons: e.skd.reasons },
        skdRank: e.skdRank,
        final: e.final,
        replacementOf: e.replacementOf && idOf.get(e.replacementOf),
      },
    };
  });
  expect(seen.map(({ _want: _, ...s }) => s)).toEqual(seen.map((s) => s._want));
  expect(records.size).toBe(expected.applicants.length);
}

/** Each formation's ranking as HR and the public see it: the order, the scores, the outcome, masked names. */
export async function checkRankings(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  const stages: ('skd' | 'final')[] = spec.kind === 'CPNS' ? ['skd', 'final'] : ['final'];
  for (const f of spec.formations) {
    for (const stage of stages) {
      const order = expected.ranking(f.code, stage);
      const hr = await api.hr<{ rows: RankingRow[] }>(
        200,
        'GET',
        `/cycles/${spec.code}/rankings/${f.code}?stage=${stage}`,
      );
      expect(hr.rows.map((r) => ({ rank: r.rank, applicationId: r.applicationId, name: r.name }))).toEqual(
        order.map((a, i) => ({ rank: i + 1, applicationId: a.applicationId, name: a.plan.name })),
      );
      if (stage === 'final') {
        // What the ranking gave, and where each candidate stands now (withdrawn, replaced in, …).
        expect(hr.rows.map((r) => [r.final, r.rankedOutcome, r.outcome])).toEqual(
          order.map((a) => {
            const e = expected.of(a);
            return [
              e.final!.score,
              e.final!.outcome,
              currentOutcome({
                status: e.status,
                rankedOutcome: e.final!.outcome,
                replacementOf: e.replacementOf,
              }),
            ];
          }),
        );
      } else {
        expect(hr.rows.map((r) => [r.skd?.total, r.outcome])).toEqual(
          order.map((a) => [
            expected.of(a).skd!.total,
            expected.of(a).advanced ? 'advanced' : 'not-advanced',
          ]),
        );
      }
      const pub = await api.expect<{ rows: RankingRow[] }>(
        200,
        'GET',
        `/public/cycles/${spec.code}/rankings/${f.code}?stage=${stage}`,
      );
      expect(pub.rows.map((r) => ({ rank: r.rank, name: r.name, outcome: r.outcome }))).toEqual(
        hr.rows.map((r) => ({ rank: r.rank, name: masked(r.name), outcome: r.outcome })),
      );
      const text = JSON.stringify(pub);
      for (const a of order) {
        expect(text).not.toContain(a.applicationId);
        expect(text).not.toContain(a.body.nik);
        expect(text).not.toContain(a.plan.name);
      }
    }
  }
}

/** "Maria Fernandez" → "M**** F*******". */
export const masked = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => (w.length <= 1 ? w : w[0] + '*'.repeat(w.length - 1)))
    .join(' ');

/** Every candidate's own view of their application (with their own token) shows their final status. */
export async function checkOwnViews(api: RecruitmentApi, expected: Expectations) {
  const seen: Record<string, string> = {};
  const want: Record<string, string> = {};
  await inParallel(expected.applicants, async (a) => {
    const r = await api.expect<ApplicationRecord>(200, 'GET', `/applications/${a.applicationId}`, {
      token: a.token,
    });
    seen[a.plan.key] = r.status;
    want[a.plan.key] = expected.of(a).status;
  });
  expect(seen).toEqual(want);
}

/**
 * Every candidate's mailbox holds exactly the expected emails, each once and stating its facts, and no
 * message was delivered twice (the Message-ID is derived from the outbox key). With `ordered`, also in the
 * order of the candidate's steps; the end-to-end tests compare them as a set, because an application's
 * first email is sent apart from its later steps, so a busy or restarted worker may deliver it after them.
 */
/**
 * Every candidate's mailbox holds exactly the expected emails, each with its key facts, and no two
 * deliveries share a Message-ID. With `sameMessageIdTwice`, a message delivered twice under one
 * Message-ID (the worker died between the SMTP server's acceptance and the outbox's "sent") counts once,
 * as a mail client shows it; those repeats are returned for the caller to check.
 */
export async function checkMailboxes(
  expected: Expectations,
  { ordered = true, sameMessageIdTwice = false } = {},
): Promise<{ delivered: CapturedMessage[]; repeats: CapturedMessage[] }> {
  const delivered: CapturedMessage[] = [];
  const repeats: CapturedMessage[] = [];
  const seen: Record<string, string[]> = {};
  const want: Record<string, string[]> = {};
  const missingFacts: string[] = [];
  const arrange = (subjects: string[]) => (ordered ? subjects : [...subjects].sort());
  await inParallel(expected.applicants, async (a) => {
    const mail: CapturedMessage[] = [];
    for (const m of await mailTo(a.body.email)) {
      const first = sameMessageIdTwice && mail.find((x) => x.messageId && x.messageId === m.messageId);
      if (first) repeats.push(m);
      else mail.push(m);
    }
    delivered.push(...mail);
    const e = expected.of(a);
    seen[a.plan.key] = arrange(mail.map((m) => m.subject));
    want[a.plan.key] = arrange(e.mail.map((m) => m.subject));
    e.mail.forEach((m, i) => {
      const got = ordered ? mail[i] : mail.find((x) => x.subject === m.subject);
      if (got?.subject !== m.subject) return;
      for (const fact of [a.plan.name, ...m.facts])
        if (!got.text.includes(fact)) missingFacts.push(`${a.plan.key} "${m.subject}" lacks "${fact}"`);
    });
  });
  expect(seen).toEqual(want);
  expect(missingFacts).toEqual([]);
  const ids = delivered.map((m) => m.messageId);
  expect(ids.every(Boolean)).toBe(true);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  return { delivered, repeats };
}

/** The SHA-1 database name testDatabase() gives a name, for a worker process that connects by URI. */
export function testDatabaseUri(name: string): string {
  const uri = new URL(process.env.SDM_TEST_MONGODB_URI!);
  uri.pathname = `/t-${createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
  return uri.toString();
}

/**
 * Waits for a cycle and all its application workflows to end (after that no email is on its way). Fails
 * after `timeoutMs` naming each workflow still running and what its pending activities last failed with.
 */
export async function untilCycleEnded(
  env: TestWorkflowEnvironment,
  db: Database,
  code: string,
  timeoutMs: number,
): Promise<void> {
  const apps = await db.models.applications.find({ cycleCode: code }, { workflowId: 1 }).lean();
  const ids = [`recruitment-cycle/${code}`, ...apps.map((a) => a.workflowId)];
  const running = new Set(ids);
  const failed: string[] = [];
  const ended = Promise.all(
    ids.map((id) =>
      env.client.workflow
        .getHandle(id)
        .result()
        .then(
          () => running.delete(id),
          (err: Error) => running.delete(id) && failed.push(`${id}: ${err.message}`),
        ),
    ),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([ended, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
  clearTimeout(timer);
  expect(failed).toEqual([]);
  if (running.size === 0) return;
  const stuck = await Promise.all(
    [...running].map(async (id) => {
      const { raw } = await env.client.workflow.getHandle(id).describe();
      const pending = (raw.pendingActivities ?? []).map(
        (p) => `${p.activityType?.name} attempt ${p.attempt}: ${p.lastFailure?.message ?? 'no failure yet'}`,
      );
      return `${id} (${pending.join('; ') || 'no pending activity'})`;
    }),
  );
  throw new Error(`still running after ${timeoutMs / 1000} s:\n${stuck.join('\n')}`);
}
