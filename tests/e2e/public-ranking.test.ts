// The registration number, the "why" of a result and the formation's public ranking, in a real browser
// (Debian's Chromium through playwright-core) on the real engine: a PPPK cycle of three candidates run over
// the API. Each confirmed candidate has their own number, in the emails after the confirmation; before
// the final announcement the public ranking lists no one; after it, the candidate's status page shows their
// number and why their result came out as it did (Indonesian and English), and links to the formation's
// public ranking, which lists them by number with a masked name and their scores, weighs under 100 KB, has
// no axe-core violation and no script, and works with JavaScript off. The public API lists the same rows.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { must } from '../../api/client';
import { axeViolations, launchBrowser, newPage, pageWeight, withoutJavaScript } from '../support/browser';
import { personalLink } from '../support/confirmation';
import { startTestEngine, type TestEngine } from '../support/engine';
import { eventually } from '../support/eventually';
import { RecruitmentApi } from '../support/recruitment-client';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { announce, apply, createCycle, screenAndAnnounce } from '../support/recruitment-stages';
import { mailTo } from '../support/servers';

let engine: TestEngine;
let api: RecruitmentApi;
let browser: Browser;
const opened: BrowserContext[] = [];

beforeAll(async () => {
  [engine, browser] = await Promise.all([startTestEngine('public-ranking-e2e'), launchBrowser()]);
  api = await RecruitmentApi.connect(engine.baseUrl);
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await browser?.close();
  await engine?.stop();
});

const GM = 'GURU-MATEMATIKA';
const spec: CycleSpec = {
  code: cycleCode('PPPK-RANK'),
  kind: 'PPPK',
  title: 'Seleksi PPPK Guru Kota Kupang 2026',
  formations: [
    { code: GM, title: 'Guru Ahli Pertama Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 20_000,
  // Nobody appeals here: short windows move the cycle on to the competency test and its announcement.
  schedule: { appealWindow: 'PT10S', appealAnswerWindow: 'PT5M', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT1M', documentReminderBefore: 'PT2M' } },
};
const plans: (CandidatePlan & {
  competency: { technical: number; managerial: number; interview: number };
})[] = [
  {
    key: 'R01',
    name: 'Maria Ndun',
    formation: GM,
    birthDate: '1994-03-08',
    gpa: 3.2,
    competency: { technical: 400, managerial: 150, interview: 35 },
  },
  {
    key: 'R02',
    name: 'Yohanes Tefa',
    formation: GM,
    birthDate: '1993-09-21',
    gpa: 3.4,
    competency: { technical: 395, managerial: 150, interview: 35 },
  },
  {
    key: 'R03',
    name: 'Agustina Lay',
    formation: GM,
    birthDate: '1992-01-30',
    gpa: 3.1,
    competency: { technical: 350, managerial: 140, interview: 30 },
  },
];

let t0 = Date.now();
const step = (what: string) =>
  process.stderr.write(`[public ranking ${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}\n`);
const pages: { name: string; weight: number }[] = [];

async function open(javaScript = true) {
  const p = javaScript ? await newPage(browser) : await withoutJavaScript(browser);
  opened.push(p.context);
  p.context.setDefaultTimeout(30_000);
  return p;
}

async function checkPage(name: string, page: Page, consoleErrors: string[]) {
  const weight = await pageWeight(page);
  pages.push({ name, weight: weight.total });
  expect(weight.total).toBeGreaterThan(0);
  expect(weight.total).toBeLessThan(100_000);
  expect(await axeViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
}

/** The ranking table's rows as text cells. */
const tableRows = (page: Page) =>
  page
    .locator('#ranking tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').trim())));
/** The same with JavaScript off (the driver cannot evaluate there): each row's text. */
const rowTexts = (page: Page) => page.locator('#ranking tbody tr').allTextContents();

async function latestLink(a: Applicant): Promise<string> {
  const links = (await mailTo(a.body.email))
    .map(personalLink)
    .filter((l) => l?.applicationId === a.applicationId);
  return links.at(-1)!.path;
}

describe('the registration number and the public ranking', () => {
  it('numbers each candidate, explains the result on the status page, and publishes the ranking once announced', async () => {
    const started = Date.now();
    t0 = started;
    await createCycle(api, spec);

    // Three candidates apply and confirm at once: three numbers of this cycle, each their own.
    const applicants = await Promise.all(plans.map((p) => apply(api, spec.code, p)));
    const numbers = await Promise.all(
      applicants.map(async (a) => (await api.application(a.applicationId, a.token)).registrationNumber!),
    );
    expect(new Set(numbers).size).toBe(3);
    for (const n of numbers) expect(n).toMatch(new RegExp(`^${spec.code}-0000[123]$`));
    const [maria] = applicants as [Applicant, Applicant, Applicant];
    const number = numbers[0]!;
    step('applied and numbered');

    // Before the final announcement the public ranking lists no one, on the page and in the API.
    const early = await open();
    await early.page.goto(`${engine.baseUrl}/pengumuman/${spec.code}/${GM}`);
    await expect(early.page.locator('#not-announced').textContent()).resolves.toContain('belum diumumkan');
    await checkPage('ranking (not announced)', early.page, early.problems.consoleErrors);
    const before = await must(
      200,
      api.anonymous.GET('/api/v1/recruitment/public/cycles/{code}/rankings/{formationCode}', {
        params: { path: { code: spec.code, formationCode: GM }, query: { stage: 'final' } },
      }),
    );
    expect(before).toMatchObject({ announced: false, rows: [] });

    await screenAndAnnounce(api, spec.code, applicants);
    await api.untilPhase(spec.code, 'competency');
    await must(
      202,
      api.hr.POST('/api/v1/recruitment/cycles/{code}/competency-results', {
        params: { path: { code: spec.code } },
        body: {
          rows: applicants.map((a, i) => ({ applicationId: a.applicationId, ...plans[i]!.competency })),
        },
      }),
    );
    await announce(api, spec.code, 'final');
    await api.untilPhase(spec.code, 'final-appeal');
    step('final announced');

    // Every email after the confirmation names the number: the final result's states it, and why.
    const finalMail = await eventually(
      () => mailTo(maria.body.email),
      (m) => m.some((x) => x.subject.startsWith('Hasil akhir seleksi')),
    );
    const result = finalMail.find((x) => x.subject.startsWith('Hasil akhir seleksi'))!;
    expect(result.text).toContain(`Nomor peserta: ${number}`);
    expect(result.text).toContain('585 = kompetensi teknis 400');
    expect(finalMail[0]!.subject).toMatch(/^Konfirmasi pendaftaran/);
    expect(finalMail[0]!.text).not.toContain('Nomor peserta');
    for (const m of finalMail.slice(1)) expect(m.text).toContain(`Nomor peserta: ${number}`);

    // The status page: the number, and why, beside each result told, in Indonesian and in English.
    const { page, problems } = await open();
    await page.goto(engine.baseUrl + (await latestLink(maria)));
    await expect(page.locator('#registration-number').textContent()).resolves.toBe(number);
    await expect(page.locator('#why-screening').textContent()).resolves.toContain('memenuhi syarat (MS)');
    await expect(page.locator('#why-final').textContent()).resolves.toContain(
      'Seleksi kompetensi: 585 = kompetensi teknis 400 + manajerial dan sosial kultural 150 + wawancara 35',
    );
    await expect(page.locator('#why-final').textContent()).resolves.toContain('peringkat ke-1 dari 3');
    await checkPage('status (final result)', page, problems.consoleErrors);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('#why-final').textContent()).resolves.toContain(
      'Competency test: 585 = technical 400 + managerial and socio-cultural 150 + interview 35',
    );
    await expect(page.locator('#why-final').textContent()).resolves.toContain('You are 1st of 3');
    await checkPage('status (final result, English)', page, problems.consoleErrors);

    // From the status page to the formation's ranking: found by the number, the name masked.
    await page.locator('#rankings').getByRole('link', { name: 'Final result' }).click();
    expect(new URL(page.url()).pathname).toBe(`/pengumuman/${spec.code}/${GM}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Published ranking: Guru Ahli Pertama Matematika',
    );
    const rows = await tableRows(page);
    expect(rows).toEqual([
      ['1', numbers[0], 'M**** N***', '–', '585', '585', 'Passed (P/L)'],
      ['2', numbers[1], 'Y****** T***', '–', '580', '580', 'Optimalisasi (waiting list)'],
      ['3', numbers[2], 'A******* L**', '–', '520', '520', 'Optimalisasi (waiting list)'],
    ]);
    const html = await page.content();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('Maria');
    expect(html).not.toContain(maria.applicationId);
    await checkPage('ranking (English)', page, problems.consoleErrors);
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await expect(page.locator('#ranking tbody tr').first().textContent()).resolves.toContain('Lulus (P/L)');
    step('status page and ranking read');

    // With JavaScript off, on a fresh phone: the same list.
    const plain = await open(false);
    await plain.page.goto(`${engine.baseUrl}/pengumuman/${spec.code}/${GM}`);
    const plainRows = await rowTexts(plain.page);
    expect(plainRows).toHaveLength(3);
    expect(plainRows[0]).toContain(number);
    expect(plainRows[0]).toContain('M**** N***');
    expect(plainRows[0]).toContain('Lulus (P/L)');
    const fresh = await open();
    await fresh.page.goto(`${engine.baseUrl}/pengumuman/${spec.code}/${GM}`);
    await checkPage('ranking (first visit)', fresh.page, fresh.problems.consoleErrors);

    // The public API lists the same rows: numbers, masked names, no ids.
    const published = await must(
      200,
      api.anonymous.GET('/api/v1/recruitment/public/cycles/{code}/rankings/{formationCode}', {
        params: { path: { code: spec.code, formationCode: GM }, query: { stage: 'final' } },
      }),
    );
    expect(published.announced).toBe(true);
    expect(published.rows.map((r) => [r.rank, r.registrationNumber, r.name, r.applicationId])).toEqual([
      [1, numbers[0], 'M**** N***', undefined],
      [2, numbers[1], 'Y****** T***', undefined],
      [3, numbers[2], 'A******* L**', undefined],
    ]);

    // A PPPK cycle has no SKD ranking, and an unknown formation no page: 404, as a page.
    for (const path of [
      `/pengumuman/${spec.code}/${GM}?stage=skd`,
      `/pengumuman/${spec.code}/NOPE`,
      `/pengumuman/x/y`,
    ]) {
      const r = await fresh.context.request.get(engine.baseUrl + path);
      expect(r.status()).toBe(404);
      expect(await r.text()).toContain('Halaman tidak ditemukan');
    }

    process.stderr.write(
      `public ranking: ${pages.map((p) => `${p.name} ${p.weight} B`).join('; ')}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }, 420_000);
});
