// HR's application page and a cycle's merit-system evidence page, in Chromium on the real engine: a small
// CPNS cycle driven over the API (three applicants; two screened TMS with a reason; one appeal answered at
// once, one left past its answer window and answered late; SKD and SKB results; each stage announced)
// to its document stage, where the passer uploads a diploma. The evidence page shows the counts the trail
// gives, first the unanswered appeal past due and then the late answer as exceptions, every upload audited
// and intact with every score its upload's, and the rankings re-ranked equal; the application's page shows its timeline in order with reasons, its emails (subjects)
// and its audit trail; the diploma opens inline and sandboxed while the API's download stays an
// attachment. Every page axe-clean; an employee is refused both pages.
import { answer, must } from '../../api/client';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { minimalPdf, uploadOverApi } from '../support/documents';
import { eventually } from '../support/eventually';
import { staffToken } from '../support/identity';
import {
  cycleCode,
  reasons,
  type Applicant,
  type CandidatePlan,
  type CycleSpec,
} from '../support/recruitment-plans';
import { announce, apply, createCycle } from '../support/recruitment-stages';
import { signInThroughProvider } from '../support/staff-browser';
import { seedOrg } from '../workflows/appraisal-support/org';

const suite = browserSuite('hr-evidence-e2e');

const AK = 'ANALIS-KEPEGAWAIAN';
const spec: CycleSpec = {
  code: cycleCode('CPNS-MERIT'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (bukti merit)',
  formations: [
    { code: AK, title: 'Analis Kepegawaian Ahli Pertama', unit: 'BKPSDM', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT6S', appealAnswerWindow: 'PT8S', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT4S', documentReminderBefore: 'PT2M' } },
};
const plans: CandidatePlan[] = [
  { key: 'M01', name: 'Agustina Bria', formation: AK, birthDate: '1997-04-12', gpa: 3.6 },
  { key: 'M02', name: 'Petrus Nalle', formation: AK, birthDate: '1995-11-03', gpa: 3.2, tms: true },
  { key: 'M03', name: 'Maria Lake', formation: AK, birthDate: '1996-06-21', gpa: 3.4, tms: true },
];
const components = [
  { code: 'CAT', name: 'CAT SKB', kind: 'cat' as const, weight: 0.6 },
  { code: 'PRAKTIK', name: 'Uji praktik', kind: 'practical' as const, weight: 0.4 },
];
const lateAnswer = 'Ijazah pada lampiran kedua sesuai kualifikasi (dijawab terlambat)';

type Evidence = Awaited<ReturnType<typeof evidenceOverApi>>;
const evidenceOverApi = (code: string) =>
  must(
    200,
    suite.api.hr.GET('/api/v1/recruitment/cycles/{code}/merit-evidence', { params: { path: { code } } }),
  );

function appealOf(a: Applicant) {
  return suite.api.as(a.token).POST('/api/v1/recruitment/applications/{id}/appeals', {
    params: { path: { id: a.applicationId } },
    body: { stage: 'administration', reason: reasons.appeal },
  });
}
function answerAppeal(a: Applicant, accepted: boolean, reason: string) {
  return must(
    200,
    suite.api.hr.POST('/api/v1/recruitment/applications/{id}/appeals/{stage}/decision', {
      params: { path: { id: a.applicationId, stage: 'administration' } },
      body: { accepted, reason },
    }),
  );
}

describe("HR's application page and the merit-system evidence page", () => {
  it('shows the trail as evidence with its exceptions, and an application with its timeline, emails, audit and documents', async () => {
    const { api } = suite;
    const { code } = spec;
    await createCycle(api, spec);
    const applicants: Applicant[] = [];
    for (const p of plans) applicants.push(await apply(api, code, p));
    const [agustina, petrus, maria] = applicants as [Applicant, Applicant, Applicant];

    // Screening with a reason each, then the announcement; two appeals: one answered at once, one left.
    await api.untilPhase(code, 'screening');
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/screening', {
        params: { path: { code } },
        body: {
          decisions: applicants.map((a) => ({
            applicationId: a.applicationId,
            decision: a.plan.tms ? ('TMS' as const) : ('MS' as const),
            reason: a.plan.tms ? reasons.tms : reasons.ms,
          })),
        },
      }),
    );
    await api.untilStatuses(
      code,
      new Map([
        [agustina.applicationId, 'screened-ms'],
        [petrus.applicationId, 'screened-tms'],
        [maria.applicationId, 'screened-tms'],
      ]),
      'the screening',
    );
    await announce(api, code, 'administration');
    await Promise.all(
      [petrus, maria].map(async (a) => {
        await api.untilDeadline(a, 'appeal-administration');
        await must(201, appealOf(a));
      }),
    );
    await answerAppeal(petrus, false, reasons.appealRejected);
    const filed = (await api.application(maria.applicationId)).appeals!.administration!;

    // Past Maria's answer window, the evidence names her appeal unanswered.
    const hr = await suite.signedIn('hr-1', `/hr/recruitment/cycles/${code}/evidence`);
    const { page } = hr;
    await eventually(
      async () => Date.now(),
      (now) => now > Date.parse(filed.answerBy) + 1000,
      30_000,
    );
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe(
      `Bukti sistem merit: ${spec.title} (${code})`,
    );
    await expect(page.locator('#appeals-count').textContent()).resolves.toBe(
      '1 dari 2 sanggah dijawab tepat waktu; 0 belum jatuh tempo.',
    );
    const unanswered = await page.locator('#appeal-exceptions tbody tr').allTextContents();
    expect(unanswered).toEqual([expect.stringMatching(/administration.*belum dijawab, lewat tenggat/)]);
    await expect(page.locator('#appeal-exceptions a').getAttribute('href')).resolves.toBe(
      `/hr/recruitment/applications/${maria.applicationId}`,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Answered late: accepted, so Maria is MS after all; the cycle moves on to SKD.
    await answerAppeal(maria, true, lateAnswer);
    await api.untilPhase(code, 'skd', 60_000);
    await api.untilStatuses(code, new Map([[maria.applicationId, 'screened-ms']]), 'the accepted appeal');
    const seated = [agustina, maria].map((a) => a.applicationId);
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-sessions', {
        params: { path: { code } },
        body: {
          sessions: [
            {
              code: 'SKD-1',
              place: 'UPT BKN Kupang',
              startsAt: '2026-09-01T08:00:00+08:00',
              applicationIds: seated,
            },
          ],
        },
      }),
    );
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', {
        params: { path: { code } },
        body: {
          rows: [
            { applicationId: agustina.applicationId, twk: 100, tiu: 120, tkp: 200 },
            { applicationId: maria.applicationId, twk: 90, tiu: 100, tkp: 180 },
          ],
        },
      }),
    );
    await eventually(
      () => api.application(maria.applicationId),
      (a) => a.skd !== undefined,
    );
    await announce(api, code, 'skd');
    await api.untilPhase(code, 'skb', 90_000);
    await api.untilStatuses(
      code,
      new Map(seated.map((id) => [id, 'skb-advanced' as const])),
      'the cut to SKB',
    );
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/skb-results', {
        params: { path: { code } },
        body: {
          components,
          rows: [
            { applicationId: agustina.applicationId, scores: { CAT: 90, PRAKTIK: 85 } },
            { applicationId: maria.applicationId, scores: { CAT: 70, PRAKTIK: 72 } },
          ],
        },
      }),
    );
    await eventually(
      () => api.application(maria.applicationId),
      (a) => a.skb !== undefined,
    );
    await announce(api, code, 'final');
    await api.untilPhase(code, 'documents', 90_000);

    // The passer uploads her diploma (a PDF).
    await api.untilDeadline(agustina, 'documents');
    const diploma = minimalPdf('Ijazah S1 Agustina Bria');
    await must(
      200,
      uploadOverApi(api.as(agustina.token), agustina.applicationId, 'ijazah', {
        bytes: diploma,
        contentType: 'application/pdf',
      }),
    );

    // The evidence: the counts the trail gives, the late answer its one exception, rankings equal.
    const evidence: Evidence = await evidenceOverApi(code);
    expect(evidence.open).toMatchObject({
      ruleSet: 'cpns-2024',
      registrations: 3,
      exceptions: 0,
      announcements: [{ stage: 'administration' }, { stage: 'skd' }, { stage: 'final' }],
    });
    expect(evidence.decisions).toMatchObject({
      total: 9,
      withReasonAndPerson: 9,
      exceptions: [],
      byKind: { screening: 4, appeal: 2, announcement: 3, documents: 0, withdrawal: 0, rule: 0 },
    });
    expect(evidence.appeals).toMatchObject({ total: 2, inTime: 1, pending: 0 });
    expect(evidence.appeals.exceptions).toEqual([
      expect.objectContaining({
        stage: 'administration',
        problem: 'answered-late',
        applicationId: maria.applicationId,
      }),
    ]);
    expect(evidence.appeals.exceptions[0]!.lateMs).toBeGreaterThan(0);
    expect(evidence.rankings.map((r) => [r.formation, r.stage, r.ranked, r.equal, r.differences])).toEqual([
      [AK, 'skd', 2, 2, []],
      [AK, 'final', 2, 2, []],
    ]);
    expect(evidence.chain.ok).toBe(true);
    expect(evidence.chain.checked).toBe(evidence.records);
    // Every upload in the trail by HR's officer, intact; every score the one its upload gave.
    expect(evidence.uploads.uploads.map((u) => [u.kind, u.rows, u.actor, u.problem])).toEqual([
      ['screening', 3, 'hr-1', undefined],
      ['skd-sessions', 2, 'hr-1', undefined],
      ['skd', 2, 'hr-1', undefined],
      ['skb', 2, 'hr-1', undefined],
    ]);
    expect(evidence.uploads.scores).toEqual({
      kinds: [
        { kind: 'skd', uploaded: 2, stored: 2, equal: 2, findings: 0 },
        { kind: 'skb', uploaded: 2, stored: 2, equal: 2, findings: 0 },
      ],
      findings: [],
    });

    await page.reload();
    await expect(page.locator('#decisions-count').textContent()).resolves.toBe(
      '9 dari 9 keputusan dengan alasan dan pelaku yang berwenang.',
    );
    await expect(page.locator('#decision-kinds tbody tr').allTextContents()).resolves.toEqual([
      'Seleksi administrasi (MS/TMS)4',
      'Jawaban sanggah2',
      'Verifikasi dokumen0',
      'Pengunduran diri0',
      'Pengumuman hasil3',
      'Akibat aturan (sistem)0',
    ]);
    await expect(page.locator('#appeals-count').textContent()).resolves.toBe(
      '1 dari 2 sanggah dijawab tepat waktu; 0 belum jatuh tempo.',
    );
    await expect(page.locator('#appeal-exceptions tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/dijawab terlambat/),
    ]);
    await expect(page.locator('#ranking-checks tbody tr').allTextContents()).resolves.toEqual([
      `${AK}SKD220`,
      `${AK}Akhir220`,
    ]);
    await expect(page.locator('#dates tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Pendaftaran dibuka.*sesuai$/),
      expect.stringMatching(/^Pendaftaran ditutup.*sesuai$/),
    ]);
    await expect(page.locator('#announcements tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('#upload-list tbody tr').allTextContents()).resolves.toEqual(
      ['screening', 'skd-sessions', 'skd', 'skb'].map((k) =>
        expect.stringMatching(new RegExp(`^${k}.*hr-1.*utuh$`)),
      ),
    );
    await expect(page.locator('#score-checks tbody tr').allTextContents()).resolves.toEqual([
      'SKD2220',
      'SKB2220',
    ]);
    await expect(page.locator('#chain-verdict').textContent()).resolves.toBe(
      `${evidence.records} catatan seleksi ini cocok dengan hash berkunci, digest dan pendahulunya.`,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Maria's page: her timeline in order with the reasons, her emails, her audit trail.
    await page.goto(`${suite.engine.baseUrl}/hr/recruitment/applications/${maria.applicationId}`);
    const steps = await page.locator('#timeline li').allTextContents();
    const order = [
      'the candidate confirmed their email address',
      reasons.tms,
      reasons.appeal,
      lateAnswer,
      `appeal accepted: ${lateAnswer}`,
    ];
    expect(steps.slice(0, order.length).map((s, i) => s.includes(order[i]!))).toEqual(order.map(() => true));
    expect(steps[0]).toContain('oleh ');
    expect(steps[1]).toContain('oleh hr-1 (hr)');
    expect(steps[steps.length - 1]).toMatch(/^Status sekarang: /);
    const times = await page
      .locator('#timeline time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(times).toEqual([...times].sort());

    const emails = await must(
      200,
      api.hr.GET('/api/v1/recruitment/applications/{id}/emails', {
        params: { path: { id: maria.applicationId } },
      }),
    );
    // HR's only: the candidate's own token is refused; a malformed id is a 400 that reads nothing.
    const asCandidate = await answer(
      api.as(maria.token).GET('/api/v1/recruitment/applications/{id}/emails', {
        params: { path: { id: maria.applicationId } },
      }),
    );
    expect(asCandidate.status).toBe(403);
    const malformed = await answer(
      api.hr.GET('/api/v1/recruitment/applications/{id}/audit', { params: { path: { id: 'not-an-id' } } }),
    );
    expect(malformed.status).toBe(400);
    const subjects = emails.emails.map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        `Hasil seleksi administrasi: ${spec.title}`,
        `Sanggahan diterima: ${spec.title}`,
        `Jawaban sanggahan: ${spec.title}`,
      ]),
    );
    expect(emails.emails.filter((m) => m.status === 'sent').every((m) => m.messageId && m.sentAt)).toBe(true);
    const rows = await page.locator('#emails tbody tr').allTextContents();
    expect(rows).toHaveLength(emails.emails.length);
    emails.emails.forEach((m, i) => expect(rows[i]).toContain(m.subject));

    const audit = await must(
      200,
      api.hr.GET('/api/v1/recruitment/applications/{id}/audit', {
        params: { path: { id: maria.applicationId } },
      }),
    );
    expect(audit.verified).toEqual({ checked: audit.records.length, ok: true });
    expect(audit.records.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'application.screen-tms',
        'application.appealed',
        'application.appeal-accepted',
      ]),
    );
    await expect(page.locator('#audit tbody tr').count()).resolves.toBe(audit.records.length);
    await expect(page.locator('#audit-verdict').textContent()).resolves.toBe(
      `Rantai terverifikasi: ${audit.records.length} catatan cocok dengan hash dan pendahulunya.`,
    );
    const links = await page.locator('#links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      `/hr/recruitment/cycles/${code}/screening?id=${maria.applicationId}`,
      `/hr/recruitment/cycles/${code}/appeals`,
      `/hr/recruitment/cycles/${code}/documents`,
      `/hr/recruitment/cycles/${code}/evidence`,
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Agustina's diploma opens in the browser, sandboxed; the API's download stays an attachment.
    await page.goto(`${suite.engine.baseUrl}/hr/recruitment/applications/${agustina.applicationId}`);
    const href = (await page.locator('#documents a').getAttribute('href'))!;
    expect(href).toBe(`/hr/recruitment/applications/${agustina.applicationId}/documents/ijazah`);
    expect(await axeViolations(page)).toEqual([]);
    const inline = await hr.context.request.get(`${suite.engine.baseUrl}${href}`);
    expect(inline.status()).toBe(200);
    expect(inline.headers()).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': 'inline; filename="ijazah.pdf"',
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });
    expect(Buffer.from(await inline.body()).equals(diploma)).toBe(true);
    const download = await fetch(
      `${suite.engine.baseUrl}/api/v1/recruitment/applications/${agustina.applicationId}/documents/ijazah/file`,
      { headers: { authorization: `Bearer ${await staffToken({ role: 'hr', sub: 'hr-1' })}` } },
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="ijazah.pdf"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).not.toContain('sandbox');
    expect(hr.problems.consoleErrors).toEqual([]);

    // An employee gets neither page.
    const org = await seedOrg(suite.engine.db.models, 'evidence');
    const employee = await suite.open();
    await signInThroughProvider(employee.page, suite.engine.baseUrl, org.staff[0]!.nip);
    for (const path of [
      `/hr/recruitment/cycles/${code}/evidence`,
      `/hr/recruitment/applications/${maria.applicationId}`,
    ]) {
      const refused = await employee.context.request.get(`${suite.engine.baseUrl}${path}`);
      expect(refused.status()).toBe(403);
      expect(await refused.text()).not.toContain(maria.plan.name);
    }

    // A record edited in the database breaks the verdict of the page and of the evidence, by its seq.
    const edited = audit.records.find((r) => r.action === 'application.appeal-accepted')!;
    await suite.engine.db.models.audit.updateOne({ seq: edited.seq }, { $set: { actor: 'hr-2' } });
    const after = await must(
      200,
      api.hr.GET('/api/v1/recruitment/applications/{id}/audit', {
        params: { path: { id: maria.applicationId } },
      }),
    );
    expect(after.verified.ok).toBe(false);
    expect(after.records.filter((r) => r.problem).map((r) => r.seq)).toEqual([edited.seq]);
    // So does a score edited in the database: it no longer equals its upload's row, which the page names.
    await suite.engine.db.models.applications.updateOne(
      { _id: maria.applicationId },
      { $set: { 'skd.tkp': 190 } },
    );
    const broken = await evidenceOverApi(code);
    expect(broken.chain.ok).toBe(false);
    expect(broken.chain.problems.map((p) => p.seq)).toEqual([edited.seq]);
    expect(broken.uploads.scores.findings).toEqual([
      { kind: 'skd', applicationId: maria.applicationId, problem: 'differs' },
    ]);
    await page.goto(`${suite.engine.baseUrl}/hr/recruitment/cycles/${code}/evidence`);
    await expect(page.locator('#score-findings li').allTextContents()).resolves.toEqual([
      `${maria.applicationId}: nilai SKD berbeda dari unggahannya`,
    ]);
    await page.goto(`${suite.engine.baseUrl}/hr/recruitment/applications/${maria.applicationId}`);
    await expect(page.locator('#audit-verdict').textContent()).resolves.toBe(
      'Rantai TIDAK terverifikasi: 1 catatan tidak cocok.',
    );
  }, 600_000);
});
