// HR's task lists on the pages, in Chromium on the real engine: a CPNS candidate appeals the
// administration result, and HR sees the appeal on the cycle's appeals page with its due date (WITA) and
// rejects it there with a reason; the API shows the appeal decided with that reason and the task done.
// Two passers of a PPPK cycle at the document stage submit their documents over the API; HR opens a
// document from the verification page, verifies one application and rejects the other with a reason.
// Bad input (no reason, a 3 KB reason, a forged application or stage) changes nothing and says why;
// every page axe-clean; an employee gets 403.
import type { BrowserContext, Page } from 'playwright-core';
import { answer, must, type ResponseBody } from '../../api/client';
import { formatInstant } from '../../domain/time';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { uploadEveryDocument } from '../support/documents';
import { eventually } from '../support/eventually';
import { answerAppealThroughPage, verifyDocumentsThroughPage } from '../support/hr-pages-tasks';
import type { RecruitmentApi } from '../support/recruitment-client';
import {
  cycleCode,
  reasons,
  type Applicant,
  type CandidatePlan,
  type CycleSpec,
} from '../support/recruitment-plans';
import { applyAll, createCycle, screenAndAnnounce } from '../support/recruitment-stages';
import { signInThroughProvider } from '../support/staff-browser';
import { seedOrg } from '../workflows/appraisal-support/org';

type TaskView = ResponseBody<'/api/v1/tasks', 'get'>['tasks'][number];

const suite = browserSuite('hr-tasks-e2e');

const PK = 'PRANATA-KOMPUTER';
const appealSpec: CycleSpec = {
  code: cycleCode('CPNS-HRTASKS'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (sanggah)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT1M', appealAnswerWindow: 'PT10M', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT1M', documentReminderBefore: 'PT2M' } },
};
const appealPlans: CandidatePlan[] = [
  { key: 'A01', name: 'Maria Ndun', formation: PK, birthDate: '1996-02-11', gpa: 3.4 },
  { key: 'A02', name: 'Daniel Manu', formation: PK, birthDate: '1995-07-30', gpa: 3.1, tms: true },
];

const GM = 'GURU-MATEMATIKA';
const documentsSpec: CycleSpec = {
  code: cycleCode('PPPK-HRDOCS'),
  kind: 'PPPK',
  title: 'Seleksi PPPK Guru Kota Kupang 2026 (dokumen)',
  formations: [
    { code: GM, title: 'Guru Ahli Pertama Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 2 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT3S', appealAnswerWindow: 'PT5S', documentWindow: 'PT10M' },
  rules: {
    windows: {
      appealAnswerReminderBefore: 'PT2S',
      documentReminderBefore: 'PT2M',
      documentVerificationWindow: 'PT10M',
      documentVerificationReminderBefore: 'PT1M',
    },
  } as CycleSpec['rules'],
};
const documentPlans: CandidatePlan[] = [
  { key: 'D01', name: 'Yuliana Sinlae', formation: GM, birthDate: '1991-02-02', gpa: 3.1 },
  { key: 'D02', name: 'Agustinus Benu', formation: GM, birthDate: '1993-04-04', gpa: 3.2 },
];

const THREE_KB = 'x'.repeat(3 * 1024);

/** HR's task of `type` about one application, as the inbox lists it. */
async function hrTask(api: RecruitmentApi, code: string, type: TaskView['type'], applicationId: string) {
  const { tasks } = await must(
    200,
    api.hr.GET('/api/v1/tasks', { params: { query: { type, cycleCode: code } } }),
  );
  return tasks.find((t) => t.applicationId === applicationId);
}
const until = async <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean) => {
  const seen = await eventually(read, ok, 120_000);
  if (!ok(seen)) throw new Error(`waiting for ${what}: ${JSON.stringify(seen)}`);
  return seen as NonNullable<T>;
};

/** A PPPK cycle taken to its document stage; both passers submit every document over the API. */
async function documentsSubmitted(api: RecruitmentApi): Promise<Applicant[]> {
  const { code } = documentsSpec;
  await createCycle(api, documentsSpec);
  const passers = await applyAll(api, code, documentPlans);
  await screenAndAnnounce(api, code, passers);
  await api.untilPhase(code, 'competency', 120_000);
  await must(
    202,
    api.hr.POST('/api/v1/recruitment/cycles/{code}/competency-results', {
      params: { path: { code } },
      body: {
        rows: passers.map((p) => ({
          applicationId: p.applicationId,
          technical: 300,
          managerial: 120,
          interview: 30,
        })),
      },
    }),
  );
  await until(
    'the final announcement',
    () =>
      answer(
        api.hr.POST('/api/v1/recruitment/cycles/{code}/announcements', {
          params: { path: { code } },
          body: { stage: 'final' },
        }),
      ),
    (r) => r.status === 202,
  );
  for (const p of passers) {
    await api.untilDeadline(p, 'documents', 120_000);
    await must(
      200,
      api.as(p.token).POST('/api/v1/recruitment/applications/{id}/documents', {
        params: { path: { id: p.applicationId } },
        body: await uploadEveryDocument(api.as(p.token), p.applicationId),
      }),
    );
  }
  return passers;
}

/** A form posted as a browser would, with the page's CSRF token; the answer's status and text. */
async function post(context: BrowserContext, page: Page, url: string, form: Record<string, string>) {
  const csrf = (await page.locator('input[name=_csrf]').first().getAttribute('value'))!;
  const r = await context.request.post(url, { form: { _csrf: csrf, ...form }, maxRedirects: 0 });
  return { status: r.status(), text: await r.text() };
}

describe("HR's task lists on the pages", () => {
  it('answers an appeal and verifies documents from the task lists, refusing bad input', async () => {
    const t0 = Date.now();
    const { api, engine } = suite;
    const documents = documentsSubmitted(api);
    documents.catch(() => undefined); // awaited below; its failure is reported there

    // The appeal, filed by the candidate once the administration result is announced.
    const code = appealSpec.code;
    await createCycle(api, appealSpec);
    const [maria, daniel] = (await applyAll(api, code, appealPlans)) as [Applicant, Applicant];
    await screenAndAnnounce(api, code, [maria, daniel]);
    await api.untilDeadline(daniel, 'appeal-administration');
    await must(
      201,
      api.as(daniel.token).POST('/api/v1/recruitment/applications/{id}/appeals', {
        params: { path: { id: daniel.applicationId } },
        body: { stage: 'administration', reason: reasons.appeal },
      }),
    );
    const task = await until(
      'the appeal task',
      () => hrTask(api, code, 'appeal-answer', daniel.applicationId),
      (t) => !!t,
    );

    const { page, context, problems } = await suite.signedIn(
      'hr-1',
      `/hr/recruitment/cycles/${code}/appeals`,
    );
    const appealsUrl = `${engine.baseUrl}/hr/recruitment/cycles/${code}/appeals`;
    const item = page.locator('#open li.task');
    await expect(item.count()).resolves.toBe(1);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Daniel Manu');
    expect(text).toContain((await api.application(daniel.applicationId)).registrationNumber!);
    expect(text).toContain('Pranata Komputer Ahli Pertama');
    expect(text).toContain('seleksi administrasi');
    expect(text).toContain(reasons.appeal);
    await expect(item.locator('.due time').textContent()).resolves.toBe(formatInstant(task.dueAt, 'id'));
    await expect(item.locator('.due time').getAttribute('datetime')).resolves.toBe(task.dueAt);
    await expect(page.locator('#none-done').textContent()).resolves.toBe('Belum ada sanggah yang dijawab.');
    expect(await axeViolations(page)).toEqual([]);

    // Bad input changes nothing and says why, beside the field or at the top for a forged form.
    const appeal = { application: daniel.applicationId, stage: 'administration' };
    const noReason = await post(context, page, appealsUrl, { ...appeal, decision: 'reject', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Tuliskan alasan keputusan. Tidak ada yang diubah.');
    const long = await post(context, page, appealsUrl, { ...appeal, decision: 'reject', reason: THREE_KB });
    expect(long.status).toBe(400);
    expect(long.text).toContain('Alasan paling banyak 2000 karakter. Tidak ada yang diubah.');
    const noDecision = await post(context, page, appealsUrl, { ...appeal, reason: 'alasan' });
    expect(noDecision.status).toBe(400);
    expect(noDecision.text).toContain('Pilih keputusan. Tidak ada yang diubah.');
    const forgedId = await post(context, page, appealsUrl, {
      ...appeal,
      application: maria.applicationId.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      decision: 'accept',
      reason: 'palsu',
    });
    expect(forgedId.status).toBe(404);
    expect(forgedId.text).toContain('Sanggah ini tidak ada pada seleksi ini. Tidak ada yang diubah.');
    const forgedStage = await post(context, page, appealsUrl, {
      ...appeal,
      stage: 'skd',
      decision: 'accept',
      reason: 'palsu',
    });
    expect(forgedStage.status).toBe(409);
    expect(forgedStage.text).toContain('no pending appeal for the skd stage');
    const bogusStage = await post(context, page, appealsUrl, {
      ...appeal,
      stage: '__proto__',
      decision: 'accept',
      reason: 'palsu',
    });
    expect(bogusStage.status).toBe(400);
    const otherCycle = await post(context, page, appealsUrl.replace(code, documentsSpec.code), {
      ...appeal,
      decision: 'accept',
      reason: 'palsu',
    });
    expect(otherCycle.status).toBe(404);
    expect((await api.application(daniel.applicationId)).appeals?.administration).toMatchObject({
      status: 'pending',
    });
    expect(await hrTask(api, code, 'appeal-answer', daniel.applicationId)).toMatchObject({ status: 'open' });

    // Rejected on the page with a reason: decided in the API, the task done, listed below with who.
    const notice = await answerAppealThroughPage(page, engine.baseUrl, code, daniel.applicationId, {
      accepted: false,
      reason: reasons.appealRejected,
    });
    expect(notice).toBe('Sanggah Daniel Manu dijawab: Ditolak.');
    expect((await api.application(daniel.applicationId)).appeals?.administration).toMatchObject({
      status: 'rejected',
      decision: { reason: reasons.appealRejected, actor: 'hr-1' },
    });
    await until(
      'the appeal task done',
      () => hrTask(api, code, 'appeal-answer', daniel.applicationId),
      (t) => t?.status === 'done',
    );
    await page.goto(appealsUrl);
    await expect(page.locator('#none-open').textContent()).resolves.toBe(
      'Tidak ada sanggah yang menunggu jawaban.',
    );
    const answered = await page.locator('#answered tbody tr').allTextContents();
    expect(answered).toEqual([expect.stringContaining(reasons.appealRejected)]);
    expect(answered[0]).toContain('Ditolak');
    expect(answered[0]).toContain('hr-1');
    expect(await axeViolations(page)).toEqual([]);
    // A further page of either list (none here) still says so and leads back.
    await page.goto(`${appealsUrl}?open=2&done=1`);
    await expect(page.locator('#none-open').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Sebelumnya' }).getAttribute('href')).resolves.toBe(
      `/hr/recruitment/cycles/${code}/appeals?open=1&done=1`,
    );

    // Document verification: the passers' submitted documents, each opening from the page.
    const [yuliana, agustinus] = (await documents) as [Applicant, Applicant];
    const docsCode = documentsSpec.code;
    const docsUrl = `${engine.baseUrl}/hr/recruitment/cycles/${docsCode}/documents`;
    for (const p of [yuliana, agustinus])
      await until(
        `${p.plan.name}'s verification task`,
        () => hrTask(api, docsCode, 'documents-verification', p.applicationId),
        (t) => !!t,
      );
    await page.goto(docsUrl);
    await expect(page.locator('#open li.task').count()).resolves.toBe(2);
    await expect(page.locator('#none-done').textContent()).resolves.toBe(
      'Belum ada dokumen yang diverifikasi.',
    );
    expect(await axeViolations(page)).toEqual([]);
    const links = page.locator('#open li.task', { hasText: 'Yuliana Sinlae' }).locator('ul.files a');
    expect(await links.count()).toBeGreaterThan(1);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const pdf = hrefs.find((h) => !h.endsWith('/pas-foto'))!;
    expect(new URL(pdf).pathname).toMatch(
      new RegExp(`^/hr/recruitment/applications/${yuliana.applicationId}/documents/[a-z-]+$`),
    );
    const opened = await context.request.get(pdf);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect((await opened.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const photo = await context.request.get(hrefs.find((h) => h.endsWith('/pas-foto'))!);
    expect(photo.headers()['content-type']).toBe('image/jpeg');

    // Bad input: a rejection without a reason, a 3 KB reason, a forged application; nothing changes.
    const rejectBare = await post(context, page, docsUrl, {
      application: agustinus.applicationId,
      decision: 'reject',
      reason: '',
    });
    expect(rejectBare.status).toBe(400);
    expect(rejectBare.text).toContain('Tuliskan alasan keputusan. Tidak ada yang diubah.');
    const rejectLong = await post(context, page, docsUrl, {
      application: agustinus.applicationId,
      decision: 'reject',
      reason: THREE_KB,
    });
    expect(rejectLong.status).toBe(400);
    expect(rejectLong.text).toContain('Alasan paling banyak 2000 karakter.');
    const forged = await post(context, page, docsUrl, {
      application: daniel.applicationId,
      decision: 'verify',
      reason: '',
    });
    expect(forged.status).toBe(404);
    expect(forged.text).toContain('Lamaran ini tidak ada pada seleksi ini. Tidak ada yang diubah.');
    for (const p of [yuliana, agustinus])
      expect((await api.application(p.applicationId)).status).toBe('documents-submitted');

    // One verified, one rejected with a reason, through the page with JavaScript off (the first checked
    // before the second is decided: once every passer is resolved the cycle closes and appoints).
    const plain = await suite.open({ javaScript: false });
    await signInThroughProvider(plain.page, engine.baseUrl, 'hr-1', { path: '/hr' });
    expect(
      await verifyDocumentsThroughPage(plain.page, engine.baseUrl, docsCode, yuliana.applicationId, {
        accepted: true,
      }),
    ).toBe('Dokumen Yuliana Sinlae: Terverifikasi.');
    expect((await api.application(yuliana.applicationId)).status).toBe('documents-verified');
    expect(
      await verifyDocumentsThroughPage(plain.page, engine.baseUrl, docsCode, agustinus.applicationId, {
        accepted: false,
        reason: reasons.documentsRejected,
      }),
    ).toBe('Dokumen Agustinus Benu: Ditolak.');
    expect(await api.application(agustinus.applicationId)).toMatchObject({
      status: 'documents-failed',
      documents: { verification: { accepted: false, reason: reasons.documentsRejected } },
    });
    await until(
      'both verification tasks done',
      async () =>
        Promise.all(
          [yuliana, agustinus].map((p) => hrTask(api, docsCode, 'documents-verification', p.applicationId)),
        ),
      (ts) => ts.every((t) => t?.status === 'done'),
    );
    await page.goto(docsUrl);
    await expect(page.locator('#none-open').textContent()).resolves.toBe(
      'Tidak ada dokumen yang menunggu verifikasi.',
    );
    const decided = await page.locator('#decided tbody tr').allTextContents();
    expect(decided).toHaveLength(2);
    expect(decided.find((r) => r.includes('Agustinus Benu'))).toContain(reasons.documentsRejected);
    expect(decided.find((r) => r.includes('Yuliana Sinlae'))).toContain('Terverifikasi');
    // Each with who decided it, as the task records it.
    expect(decided.every((r) => r.includes('hr-1'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);

    // An employee gets neither list.
    const org = await seedOrg(engine.db.models, 'hrtasks');
    const employee = await suite.open();
    await signInThroughProvider(employee.page, engine.baseUrl, org.staff[0]!.nip);
    for (const url of [appealsUrl, docsUrl])
      expect((await employee.context.request.get(url, { maxRedirects: 0 })).status()).toBe(403);
    process.stderr.write(`[hr-tasks e2e] ${Math.round((Date.now() - t0) / 1000)} s\n`);
  }, 420_000);
});
