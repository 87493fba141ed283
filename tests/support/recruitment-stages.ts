// The steps of a recruitment cycle driven through the API as HR and the candidates take them, by plan:
// create the cycle, apply, screen and announce, appeal and answer, SKD sessions and results, SKB and
// competency results, documents, withdrawals and the replacements they cause. Each step checks the
// status the API must answer; what the cycle ends in is checked by recruitment-checks.ts.
import { answer, must } from '../../api/client';
import { inParallel } from '../../api/client/parallel';
import { uploadEveryDocument } from './documents';
import { eventually } from './eventually';
import type { RecruitmentApi } from './recruitment-client';
import type { Expectations } from './recruitment-expected';
import {
  applicationBody,
  cycleBody,
  reasons,
  type Applicant,
  type CandidatePlan,
  type CycleSpec,
} from './recruitment-plans';
import { confirmFromMailbox } from './confirmation';

/** Creates the cycle (registration opens now) and waits for registration to open. */
export async function createCycle(api: RecruitmentApi, spec: CycleSpec): Promise<number> {
  const opensAt = Date.now();
  const created = await must(
    201,
    api.hr.POST('/api/v1/recruitment/cycles', { body: cycleBody(spec, opensAt) }),
  );
  expect(created).toMatchObject({ code: spec.code, workflowId: `recruitment-cycle/${spec.code}` });
  await api.untilPhase(spec.code, 'registration', 30_000);
  return opensAt;
}

/**
 * One application over HTTP, confirmed as its candidate does: a new one answers 201 (no token), the
 * confirmation link arrives at the address given, and opening it registers the application.
 */
export async function apply(api: RecruitmentApi, code: string, plan: CandidatePlan): Promise<Applicant> {
  const body = applicationBody(plan);
  const r = await must(
    201,
    api.anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', {
      params: { path: { code } },
      body,
    }),
  );
  expect(r).not.toHaveProperty('accessToken');
  const token = await confirmFromMailbox(api, body.email, r.applicationId);
  return { plan, body, applicationId: r.applicationId, token };
}

export async function applyAll(
  api: RecruitmentApi,
  code: string,
  plans: CandidatePlan[],
  width = 8,
): Promise<Applicant[]> {
  const out = new Map<string, Applicant>();
  await inParallel(plans, width, async (p) => {
    const a = await apply(api, code, p);
    out.set(p.key, a);
    if (p.withdrawEarly) {
      await must(
        200,
        api.as(a.token).POST('/api/v1/recruitment/applications/{id}/withdrawal', {
          params: { path: { id: a.applicationId } },
          body: { reason: reasons.earlyWithdrawal },
        }),
      );
    }
  });
  return plans.map((p) => out.get(p.key)!);
}

/** Screening in bulk once registration closed: MS or TMS with a reason (handed to the cycle). */
export async function screen(api: RecruitmentApi, code: string, applicants: Applicant[]) {
  await api.untilPhase(code, 'screening');
  const decisions = applicants
    .filter((a) => !a.plan.withdrawEarly)
    .map((a) => ({
      applicationId: a.applicationId,
      decision: a.plan.tms ? ('TMS' as const) : ('MS' as const),
      reason: a.plan.tms ? reasons.tms : reasons.ms,
    }));
  return must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/screening', {
      params: { path: { code } },
      body: { decisions },
    }),
  );
}

/** Waits until every screening decision reached its application, then HR announces the result. */
export async function announceScreening(api: RecruitmentApi, code: string) {
  const seen = await eventually(
    () => api.applications(code, { status: 'registered' }),
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
  return must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/announcements', {
      params: { path: { code } },
      body: { stage },
    }),
  );
}

/** HR's answer to one candidate's administration appeal (over the API by default; the pages' test by page). */
export type AppealAnswerer = (a: Applicant, accepted: boolean, reason: string) => Promise<unknown>;

const answerOverApi =
  (api: RecruitmentApi): AppealAnswerer =>
  async (a, accepted, reason) => {
    const decided = await must(
      200,
      api.hr.POST('/api/v1/recruitment/applications/{id}/appeals/{stage}/decision', {
        params: { path: { id: a.applicationId, stage: 'administration' } },
        body: { accepted, reason },
      }),
    );
    expect(decided).toMatchObject({ status: accepted ? 'accepted' : 'rejected' });
  };

/** The candidates with an appeal file it as soon as their window is open; HR answers each at once. */
export async function appealsAndAnswers(
  api: RecruitmentApi,
  applicants: Applicant[],
  answerAppeal: AppealAnswerer = answerOverApi(api),
): Promise<number[]> {
  const margins: number[] = [];
  await inParallel(
    applicants.filter((a) => a.plan.appeal),
    8,
    async (a) => {
      const closesAt = await api.untilDeadline(a, 'appeal-administration');
      margins.push(Date.parse(closesAt) - Date.now());
      const appeal = (reason: string) =>
        api.as(a.token).POST('/api/v1/recruitment/applications/{id}/appeals', {
          params: { path: { id: a.applicationId } },
          body: { stage: 'administration', reason },
        });
      const filed = await must(201, appeal(reasons.appeal));
      expect(filed).toMatchObject({ status: 'pending', reason: reasons.appeal });
      const again = await answer(appeal('sekali lagi'));
      expect(again.status).toBe(409);
      const accepted = a.plan.appeal === 'accepted';
      await answerAppeal(a, accepted, accepted ? reasons.appealAccepted : reasons.appealRejected);
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
  const path = { code: spec.code };
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-sessions', {
      params: { path },
      body: {
        sessions: sessions.map((s, i) => ({
          ...s,
          applicationIds: eligible.filter((_, j) => j % sessions.length === i).map((a) => a.applicationId),
        })),
      },
    }),
  );
  const rows = eligible
    .filter((a) => a.plan.skd)
    .map((a) => ({ applicationId: a.applicationId, ...a.plan.skd! }));
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', { params: { path }, body: { rows } }),
  );
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
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skb-results', {
      params: { path: { code: spec.code } },
      body: {
        components: spec.skbComponents!,
        rows: advanced
          .filter((a) => a.plan.skb)
          .map((a) => ({ applicationId: a.applicationId, scores: a.plan.skb! })),
      },
    }),
  );
}

export async function competencyResults(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  await api.untilPhase(spec.code, 'competency');
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/competency-results', {
      params: { path: { code: spec.code } },
      body: {
        rows: expected.applicants
          .filter((a) => expected.of(a).ms && a.plan.competency)
          .map((a) => ({ applicationId: a.applicationId, ...a.plan.competency! })),
      },
    }),
  );
}

/** HR's verification of one candidate's submitted documents (over the API by default). */
export type DocumentVerifier = (a: Applicant, accepted: boolean, reason?: string) => Promise<unknown>;

const verifyOverApi =
  (api: RecruitmentApi): DocumentVerifier =>
  async (a, accepted, reason) => {
    const r = await must(
      200,
      api.hr.POST('/api/v1/recruitment/applications/{id}/documents/verification', {
        params: { path: { id: a.applicationId } },
        body: { accepted, ...(reason ? { reason } : {}) },
      }),
    );
    expect(r).toEqual({ status: accepted ? 'documents-verified' : 'documents-failed' });
  };

/** One candidate's document stage as planned: submit and get verified or rejected, withdraw, or do nothing. */
export async function documentsOf(
  api: RecruitmentApi,
  a: Applicant,
  verify: DocumentVerifier = verifyOverApi(api),
) {
  await documentSteps(api, a, verify).catch((err: Error) => {
    throw new Error(`${a.plan.key}'s documents: ${err.message}`);
  });
}

async function documentSteps(api: RecruitmentApi, a: Applicant, verify: DocumentVerifier) {
  const plan = a.plan.documents ?? 'verify';
  const params = { path: { id: a.applicationId } };
  const candidate = api.as(a.token);
  await api.untilDeadline(a, 'documents');
  if (plan === 'miss') return;
  if (plan === 'withdraw') {
    const r = await must(
      200,
      candidate.POST('/api/v1/recruitment/applications/{id}/withdrawal', {
        params,
        body: { reason: reasons.withdrawal },
      }),
    );
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Makassar' }).format(),
    );
    expect(r).toEqual({ status: 'withdrawn', banYears: [year + 1, year + 2] });
    return;
  }
  await must(
    200,
    candidate.POST('/api/v1/recruitment/applications/{id}/documents', {
      params,
      body: await uploadEveryDocument(candidate, a.applicationId),
    }),
  );
  const accepted = plan === 'verify';
  await verify(a, accepted, accepted ? undefined : reasons.documentsRejected);
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
  verify: DocumentVerifier = verifyOverApi(api),
) {
  await api.untilPhase(spec.code, 'documents');
  const passers = expected.applicants.filter((a) => expected.of(a).final?.outcome === 'passed');
  const replacements = expected.applicants.filter((a) => expected.of(a).replacementOf);
  // Withdrawals and rejections first, in plan order, so that vacancies open in the order the rules expect.
  const early = passers.filter((a) => ['withdraw', 'reject'].includes(a.plan.documents ?? ''));
  for (const a of early) {
    await documentsOf(api, a, verify);
    await afterEarly(a);
  }
  await Promise.all([
    inParallel(
      passers.filter((a) => !early.includes(a)),
      8,
      (a) => documentsOf(api, a, verify),
    ),
    inParallel(replacements, 8, async (a) => {
      await api.untilStatuses(
        spec.code,
        new Map([[a.applicationId, 'replaced-in']]),
        `${a.plan.key} moved up`,
      );
      await documentsOf(api, a, verify);
    }),
  ]);
}

/**
 * A CPNS cycle taken to its SKD phase: the candidates applied and confirmed, all screened MS and
 * announced, and one SKD session seating them all, so that SKD results can be sent.
 */
export async function cycleAtSkd(api: RecruitmentApi, spec: CycleSpec, plans: CandidatePlan[]) {
  await createCycle(api, spec);
  const applicants: Applicant[] = [];
  for (const p of plans) applicants.push(await apply(api, spec.code, p));
  await screenAndAnnounce(api, spec.code, applicants);
  await api.untilPhase(spec.code, 'skd', 60_000);
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-sessions', {
      params: { path: { code: spec.code } },
      body: {
        sessions: [
          {
            code: 'SKD-1',
            place: 'UPT BKN Kupang',
            startsAt: '2026-09-01T08:00:00+08:00',
            applicationIds: applicants.map((a) => a.applicationId),
          },
        ],
      },
    }),
  );
  return applicants;
}
