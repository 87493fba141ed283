// The checks of a cycle's end against the expectations (recruitment-expected.ts), through the API and
// the captured mail: every application as HR lists it, the rankings as HR and the public see them, each
// candidate's own view, and each mailbox. Each check compares whole lists, so a failure shows them all.
import { must } from '../../api/client';
import { inParallel } from '../../api/client/parallel';
import { currentOutcome } from '../../domain/recruitment/outcomes';
import type { CapturedMessage } from '../../stack/smtp-capture';
import type { RecruitmentApi } from './recruitment-client';
import type { Expectations } from './recruitment-expected';
import type { CycleSpec } from './recruitment-plans';
import { mailTo } from './servers';

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
      const params = { path: { code: spec.code, formationCode: f.code }, query: { stage } };
      const hr = await must(
        200,
        api.hr.GET('/api/v1/recruitment/cycles/{code}/rankings/{formationCode}', { params }),
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
      const pub = await must(
        200,
        api.anonymous.GET('/api/v1/recruitment/public/cycles/{code}/rankings/{formationCode}', { params }),
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
  await inParallel(expected.applicants, 8, async (a) => {
    const r = await api.application(a.applicationId, a.token);
    seen[a.plan.key] = r.status;
    want[a.plan.key] = expected.of(a).status;
  });
  expect(seen).toEqual(want);
}

/**
 * Every candidate's mailbox holds exactly the expected emails, each once and stating its facts, and no two
 * deliveries share a Message-ID (it is derived from the outbox key). With `ordered`, also in the order of
 * the candidate's steps; the end-to-end tests compare them as a set, because an application's first email
 * is sent apart from its later steps, so a busy or restarted worker may deliver it after them. With
 * `sameMessageIdTwice`, a message delivered twice under one Message-ID (the worker died between the SMTP
 * server's acceptance and the outbox's "sent") counts once, as a mail client shows it; those repeats are
 * returned for the caller to check.
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
  await inParallel(expected.applicants, 8, async (a) => {
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
