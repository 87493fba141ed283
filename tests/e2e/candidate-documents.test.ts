// The candidate's documents in a real browser (Debian's Chromium through playwright-core) on the real
// engine: a PPPK cycle run over the API to its document stage (windows of seconds), the passer opens their
// emailed link, uploads a PDF and a photo (a JPEG the browser itself encodes) through the page, is refused
// a Windows executable renamed .pdf and an oversized photo with JavaScript off (the refusal beside the
// field, nothing stored), and submits; HR lists and downloads both files with an HR token. The page is
// weighed from the browser's resource timings and checked with axe-core.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { must } from '../../api/client';
import { axeViolations, launchBrowser, newPage, pageWeight, withoutJavaScript } from '../support/browser';
import { personalLink } from '../support/confirmation';
import { minimalPdf, paddedJpeg, sha256, windowsExecutable } from '../support/documents';
import { startTestEngine, type TestEngine } from '../support/engine';
import { eventually } from '../support/eventually';
import { RecruitmentApi } from '../support/recruitment-client';
import { cycleCode, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { applyAll, createCycle, screenAndAnnounce } from '../support/recruitment-stages';
import { mailTo } from '../support/servers';
import { signInThroughProvider } from '../support/staff-browser';

let engine: TestEngine;
let api: RecruitmentApi;
let browser: Browser;
const opened: BrowserContext[] = [];

beforeAll(async () => {
  [engine, browser] = await Promise.all([startTestEngine('candidate-documents-e2e'), launchBrowser()]);
  api = await RecruitmentApi.connect(engine.baseUrl);
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await browser?.close();
  await engine?.stop();
});

const GM = 'GURU-MATEMATIKA';
const optional = { required: false };
const spec: CycleSpec = {
  code: cycleCode('PPPK-DOCS'),
  kind: 'PPPK',
  title: 'Seleksi PPPK Guru Kota Kupang 2026',
  formations: [
    { code: GM, title: 'Guru Ahli Pertama Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT5S', appealAnswerWindow: 'PT10S', documentWindow: 'PT10M' },
  // The photo and the diploma required, the rest optional, so that the page's two uploads complete it.
  rules: {
    windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' },
    documents: {
      transkrip: optional,
      'surat-sehat': optional,
      'bebas-narkotika': optional,
      skck: optional,
      'surat-pernyataan': optional,
    },
  } as CycleSpec['rules'],
};
const plan: CandidatePlan = {
  key: 'D01',
  name: 'Yuliana Sinlae',
  formation: GM,
  birthDate: '1991-02-02',
  gpa: 3.1,
};

const weights: { name: string; weight: number }[] = [];
async function open(javaScript = true) {
  const p = javaScript ? await newPage(browser) : await withoutJavaScript(browser);
  opened.push(p.context);
  p.context.setDefaultTimeout(30_000);
  return p;
}
async function checkPage(name: string, page: Page, consoleErrors: string[]) {
  const weight = await pageWeight(page);
  weights.push({ name, weight: weight.total });
  expect(weight.total).toBeLessThan(100_000);
  expect(await axeViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
}
const upload = async (page: Page, kind: string, file: { name: string; mimeType: string; buffer: Buffer }) => {
  const form = page.locator(`form:has(input[name=kind][value="${kind}"])`);
  await form.locator('input[type=file]').setInputFiles(file);
  await form.locator('button[type=submit]').click();
};

describe('the candidate’s documents', () => {
  it('are uploaded through the page, refused beside the field, submitted, and read by HR', async () => {
    const started = Date.now();
    await createCycle(api, spec);
    const [passer] = await applyAll(api, spec.code, [plan]);
    await screenAndAnnounce(api, spec.code, [passer!]);
    await api.untilPhase(spec.code, 'competency');
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/competency-results', {
        params: { path: { code: spec.code } },
        body: {
          rows: [{ applicationId: passer!.applicationId, technical: 300, managerial: 120, interview: 30 }],
        },
      }),
    );
    await eventually(
      () =>
        api.hr
          .POST('/api/v1/recruitment/cycles/{code}/announcements', {
            params: { path: { code: spec.code } },
            body: { stage: 'final' },
          })
          .then((r) => r.response.status),
      (s) => s === 202,
      90_000,
    );
    await api.untilDeadline(passer!, 'documents');
    const id = passer!.applicationId;
    const links = (await mailTo(passer!.body.email)).map(personalLink).filter((l) => l?.applicationId === id);

    // The page lists the documents while the window is open.
    const { page, problems } = await open();
    await page.goto(engine.baseUrl + links.at(-1)!.path);
    await expect(page.locator('#documents h2').textContent()).resolves.toBe('Dokumen untuk usul NIP');
    await expect(page.locator('#ijazah-state').textContent()).resolves.toBe('Belum diunggah');
    await expect(page.locator('#documents').textContent()).resolves.toContain(
      'PDF, paling besar 1.0 MB, wajib',
    );
    await checkPage('status (documents open)', page, problems.consoleErrors);

    // A PDF and a photo the browser encodes as a JPEG, uploaded through the page.
    const pdf = minimalPdf('Ijazah S1 Pendidikan Matematika');
    await upload(page, 'ijazah', { name: 'ijazah.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(page.locator('.notice').textContent()).resolves.toBe('Berkas sudah diunggah.');
    await expect(page.locator('#ijazah-state').textContent()).resolves.toMatch(/^Sudah diunggah: 1 KB, /);
    const dataUrl = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 120;
      c.height = 160;
      const g = c.getContext('2d')!;
      g.fillStyle = '#c00';
      g.fillRect(0, 0, 120, 160);
      g.fillStyle = '#fc9';
      g.fillRect(35, 30, 50, 70);
      return c.toDataURL('image/jpeg', 0.8);
    });
    const photo = Buffer.from(dataUrl.split(',')[1]!, 'base64');
    await upload(page, 'pas-foto', { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.locator('#pas-foto-state').textContent()).resolves.toMatch(/^Sudah diunggah/);
    await checkPage('status (two files uploaded)', page, problems.consoleErrors);

    // With JavaScript off: an executable renamed .pdf and an oversized photo, refused beside their fields.
    const hrList = () =>
      must(200, api.hr.GET('/api/v1/recruitment/applications/{id}/documents', { params: { path: { id } } }));
    const before = await hrList();
    const plain = await open(false);
    await plain.page.goto(engine.baseUrl + links.at(-1)!.path);
    await upload(plain.page, 'skck', {
      name: 'skck.pdf',
      mimeType: 'application/pdf',
      buffer: windowsExecutable(),
    });
    await expect(plain.page.locator('#file-skck-error').textContent()).resolves.toContain('bukan PDF');
    await expect(plain.page.locator('#file-skck').getAttribute('aria-invalid')).resolves.toBe('true');
    await upload(plain.page, 'pas-foto', {
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: paddedJpeg(250_000),
    });
    await expect(plain.page.locator('#file-pas-foto-error').textContent()).resolves.toContain(
      'Berkas terlalu besar: paling besar 200 KB',
    );
    expect(await hrList()).toEqual(before);

    // Submitted from the page, without JavaScript.
    await plain.page.getByRole('button', { name: 'Kirim dokumen' }).click();
    await expect(plain.page.locator('.notice').textContent()).resolves.toContain(
      'Dokumen Anda sudah dikirim',
    );
    expect((await api.application(id)).status).toBe('documents-submitted');
    await expect(plain.page.locator('#documents').count()).resolves.toBe(0);

    // HR lists and downloads both files.
    const listed = await hrList();
    expect(listed.windowOpen).toBe(false);
    const hrToken = (await import('../support/identity')).staffToken({ role: 'hr', sub: 'hr-1' });
    for (const [kind, bytes, type] of [
      ['ijazah', pdf, 'application/pdf'],
      ['pas-foto', photo, 'image/jpeg'],
    ] as const) {
      expect(listed.documents.find((d) => d.kind === kind)!.file).toMatchObject({
        sha256: sha256(bytes),
        contentType: type,
      });
      const res = await fetch(
        `${engine.baseUrl}/api/v1/recruitment/applications/${id}/documents/${kind}/file`,
        {
          headers: { authorization: `Bearer ${await hrToken}` },
        },
      );
      expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    }
    // HR, signed in through the provider's page, sees both files on the application's page and opens one.
    const desk = await open();
    await signInThroughProvider(desk.page, engine.baseUrl, 'hr-1', {
      path: `/hr/recruitment/applications/${id}`,
    });
    const files = desk.page.locator('#documents li');
    await expect(files.count()).resolves.toBe(2);
    await expect(desk.page.locator('#documents').textContent()).resolves.toMatch(/Ijazah.*PDF/s);
    await expect(desk.page.locator('#documents').textContent()).resolves.toMatch(/Pas foto.*JPEG/s);
    expect(await axeViolations(desk.page)).toEqual([]);
    const href = await desk.page.getByRole('link', { name: /Ijazah/ }).getAttribute('href');
    const opened = await desk.context.request.get(engine.baseUrl + href!);
    // Inline in the browser's viewer, sandboxed (the API's download above stays an attachment).
    expect(opened.headers()['content-disposition']).toBe('inline; filename="ijazah.pdf"');
    expect(opened.headers()['content-security-policy']).toBe('sandbox');
    expect(Buffer.from(await opened.body()).equals(pdf)).toBe(true);
    // The candidate's own session opens no HR page, not even for their own file.
    const own = await plain.context.request.get(engine.baseUrl + href!, { maxRedirects: 0 });
    expect(own.status()).toBe(403);

    process.stderr.write(
      `candidate documents: ${weights.map((w) => `${w.name} ${w.weight} B`).join('; ')}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }, 300_000);
});
