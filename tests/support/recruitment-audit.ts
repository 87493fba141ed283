// The audit trail a cycle run by plan must leave, from the expectations (recruitment-expected.ts) alone:
// the cycle's own records (opened, each phase, each announcement, the SKB cut, each vacancy offered or
// left unfilled, each results upload applied) and each application's decisions (its confirmation, screening, appeals and their answers, a replacement,
// documents verified or rejected, a missed deadline, an appointment, a withdrawal), each exactly once, and
// the whole chain verifying. Checked through the API as HR reads it.
import { must } from '../../api/client';
import { documentKinds } from '../../domain/recruitment/documents';
import { inParallel } from '../../api/client/parallel';
import type { RecruitmentApi } from './recruitment-client';
import type { Expectations } from './recruitment-expected';
import type { Applicant, CycleSpec } from './recruitment-plans';

/** The actions of one application's decisions, in the order they are taken. */
export function expectedApplicationAudit(expected: Expectations, a: Applicant): string[] {
  const e = expected.of(a);
  const act = (action: string) => `application.${action}`;
  // Every application starts with its candidate's confirmation from their mailbox.
  if (a.plan.withdrawEarly) return [act('confirm'), act('withdraw')];
  const actions = [act('confirm'), act(a.plan.tms ? 'screen-tms' : 'screen-ms')];
  if (a.plan.appeal) {
    actions.push(act('appealed'), act(`appeal-${a.plan.appeal}`));
    if (a.plan.appeal === 'accepted') actions.push(act('screen-ms'));
  }
  if (e.replacementOf) actions.push(act('replace-in'));
  if (e.final?.outcome !== 'passed' && !e.replacementOf) return actions;
  // Who submits uploads every kind first (tests/support/documents.ts), each upload audited.
  const uploads = documentKinds.map(() => 'document-uploaded');
  const documents = {
    verify: [...uploads, 'verify-documents', 'appoint'],
    reject: [...uploads, 'reject-documents'],
    miss: ['miss-document-deadline'],
    withdraw: ['withdraw'],
  }[a.plan.documents ?? 'verify'];
  return [...actions, ...documents.map(act)];
}

/** The cycle's own records, as `action` (a phase as `cycle.phase:<phase>`), sorted. */
export function expectedCycleAudit(spec: CycleSpec, expected: Expectations): string[] {
  const phase = (p: string) => `cycle.phase:${p}`;
  const stages =
    spec.kind === 'CPNS'
      ? [phase('skd'), 'cycle.announced/skd', phase('skd-appeal'), 'cycle.skb-cut', phase('skb')]
      : [phase('competency')];
  // Each candidate who leaves the document stage frees a vacancy: offered to the next (the replacement
  // names whom they replace) or, with nobody left, recorded unfilled.
  const leaving = expected.applicants.filter(
    (a) =>
      (expected.of(a).final?.outcome === 'passed' || expected.of(a).replacementOf) &&
      (a.plan.documents ?? 'verify') !== 'verify',
  );
  const replaced = new Set(expected.applicants.map((a) => expected.of(a).replacementOf).filter(Boolean));
  const vacancies = leaving.map(
    (a) => `cycle.${replaced.has(a.plan.key) ? 'replacement' : 'unfilled'}/${a.applicationId}`,
  );
  return [
    'cycle.created',
    phase('registration'),
    phase('screening'),
    'cycle.announced/administration',
    phase('administration-appeal'),
    ...stages,
    'cycle.announced/final',
    phase('final-appeal'),
    phase('documents'),
    ...vacancies,
    phase('closed'),
  ].sort();
}

/**
 * The audit trail against the expectations: the chain verifies, the cycle holds its records (as a set:
 * a vacancy may be offered while a phase is being recorded) and each application its decisions in order,
 * each once.
 */
export async function checkAudit(api: RecruitmentApi, spec: CycleSpec, expected: Expectations) {
  await expect(must(200, api.hr.GET('/api/v1/audit/verify'))).resolves.toMatchObject({ ok: true });
  const { records } = await must(
    200,
    api.hr.GET('/api/v1/audit', { params: { query: { subject: `recruitment-cycle/${spec.code}` } } }),
  );
  // Each upload applied is in the cycle's trail once, under the officer who uploaded it (its key names
  // the batch), every kind the cycle took; the evidence finds each stored batch intact and every score
  // equal to its upload's row.
  const uploads = records.filter((r) => r.action === 'cycle.results-applied');
  expect(new Set(uploads.map((u) => u.key)).size).toBe(uploads.length);
  expect(uploads.filter((u) => u.role !== 'hr' || u.actor === 'system')).toEqual([]);
  expect([...new Set(uploads.map((u) => (u.after as { kind: string }).kind))].sort()).toEqual(
    spec.kind === 'CPNS' ? ['screening', 'skb', 'skd', 'skd-sessions'] : ['competency', 'screening'],
  );
  const { uploads: evidence } = await must(
    200,
    api.hr.GET('/api/v1/recruitment/cycles/{code}/merit-evidence', { params: { path: { code: spec.code } } }),
  );
  expect(evidence.uploads.filter((u) => u.problem)).toEqual([]);
  expect(evidence.uploads).toHaveLength(uploads.length);
  expect(evidence.scores.findings).toEqual([]);
  expect(evidence.scores.kinds.map((k) => k.kind).sort()).toEqual(
    spec.kind === 'CPNS' ? ['skb', 'skd'] : ['competency'],
  );
  for (const k of evidence.scores.kinds) expect(k.equal).toBe(k.uploaded);

  const cycle = records
    .filter((r) => r.action !== 'cycle.results-applied')
    .map((r) =>
      r.action === 'cycle.phase' ? `cycle.phase:${(r.after as { phase: string }).phase}` : r.action,
    )
    .sort();
  expect(cycle).toEqual(expectedCycleAudit(spec, expected));

  const seen: Record<string, string[]> = {};
  const want: Record<string, string[]> = {};
  await inParallel(expected.applicants, 8, async (a) => {
    const { history } = await api.application(a.applicationId);
    seen[a.plan.key] = history.map((h: { action: string }) => h.action);
    want[a.plan.key] = expectedApplicationAudit(expected, a);
  });
  expect(seen).toEqual(want);
}
