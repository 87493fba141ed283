// HR's results files through the pages, in Chromium on the real engine: an HR officer signs in, opens a
// CPNS cycle's page and its results upload, sends an SKD file with bad rows and sees each with its line
// and reason and no way to apply it (nothing reaches an application); downloads the XLSX template from
// the page, fills it in, previews it clean and applies it in one confirmed step; the scores reach the
// applications; the applications' list finds a candidate by NIK (in no address or link), by name and by
// registration number. Every page axe-clean.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { cycleAtSkd } from '../support/recruitment-stages';

/** Every line the API logged during the file: the search by NIK must leave the NIK in none. */
const logLines: string[] = [];
const suite = browserSuite('hr-results-e2e', { logLines });

const PK = 'PRANATA-KOMPUTER';
const spec: CycleSpec = {
  code: cycleCode('CPNS-HRFILES'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (meja BKPSDM)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT3S', appealAnswerWindow: 'PT10S', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' } },
};
const plans: CandidatePlan[] = [
  { key: 'H01', name: 'Maria Ndun', formation: PK, birthDate: '1996-02-11', gpa: 3.4 },
  { key: 'H02', name: 'Yohanes Tefa', formation: PK, birthDate: '1995-07-30', gpa: 3.1 },
];

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Jenis hasil').selectOption('skd');
  await page.getByLabel('Berkas (CSV atau XLSX)').setInputFiles(file);
  await page.getByRole('button', { name: 'Pratinjau' }).click();
}

describe("HR's results files on the pages", () => {
  it('previews a file with bad rows by line, and applies the filled-in template in one step', async () => {
    const applicants = await cycleAtSkd(suite.api, spec, plans);
    const [maria, yohanes] = applicants as [Applicant, Applicant];

    const { page, context, problems } = await suite.signedIn('hr-1', '/hr');
    await page.getByRole('link', { name: spec.title }).click();
    await expect(page.locator('#phase').textContent()).resolves.toContain('(SKD)');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Unggah berkas hasil' }).click();
    expect(await axeViolations(page)).toEqual([]);

    // A CSV with a wrong total and a stranger: each named by line; no apply button; nothing applied.
    const csv = [
      'NIK;NAMA;TWK;TIU;TKP;TOTAL',
      `${maria.body.nik};Maria Ndun;80;95;180;355`,
      `${yohanes.body.nik};Yohanes Tefa;70;85;170;300`,
      `5371019912990001;Orang Lain;70;85;170;325`,
    ].join('\r\n');
    await choose(page, { name: 'hasil-skd.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.locator('#summary').textContent()).resolves.toBe(
      '1 baris terbaca dengan benar; 2 baris bermasalah.',
    );
    const issues = await page.locator('#issues tbody tr').allTextContents();
    expect(issues).toEqual([
      '3TOTALthe total 300 is not TWK + TIU + TKP = 325',
      '4no application of this cycle has this NIK',
    ]);
    await expect(page.getByRole('button', { name: /Terapkan/ }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    for (const a of applicants) expect((await suite.api.application(a.applicationId)).skd).toBeUndefined();

    // The XLSX template from the page, filled in, previewed clean, applied in one step.
    await page.getByRole('link', { name: 'Unggah berkas yang sudah diperbaiki' }).click();
    const template = await context.request.get(
      `${suite.engine.baseUrl}/hr/recruitment/result-files/skd/template.xlsx`,
    );
    expect(template.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.addRow(['', maria.body.nik, 'Maria Ndun', 80, 95, 180, 355]);
    sheet.addRow(['', yohanes.body.nik, 'Yohanes Tefa', 70, 85, 170, 325]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await choose(page, {
      name: 'hasil-skd.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await expect(page.locator('#summary').textContent()).resolves.toBe(
      '2 baris terbaca dengan benar; 0 baris bermasalah.',
    );
    await expect(page.locator('#rows tbody tr').count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    const stage = (await page.locator('input[name=stage]').getAttribute('value'))!;
    const csrf = (await page.locator('input[name=_csrf]').first().getAttribute('value'))!;
    await page.getByRole('button', { name: 'Terapkan 2 baris' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      '2 baris hasil SKD (ekspor CAT BKN) diterapkan.',
    );
    const scored = await eventually(
      () => suite.api.application(yohanes.applicationId),
      (a) => a.skd !== undefined,
    );
    expect(scored.skd).toMatchObject({ twk: 70, tiu: 85, tkp: 170 });

    // The preview's id is spent: posting it again is refused.
    const again = await context.request.post(
      `${suite.engine.baseUrl}/hr/recruitment/cycles/${spec.code}/results/apply`,
      { form: { _csrf: csrf, stage }, maxRedirects: 0 },
    );
    expect(again.status()).toBe(409);

    // The applications' list and its search: a NIK finds the application's page and stands in no
    // address or link; part of a name lists the matches; the list pages by status.
    await page.goto(`${suite.engine.baseUrl}/hr/recruitment/cycles/${spec.code}/applications`);
    await expect(page.locator('#apps-heading').textContent()).resolves.toBe('2 lamaran');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Cari peserta').fill(maria.body.nik);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/hr/recruitment/applications/${maria.applicationId}`);
    expect(page.url()).not.toContain(maria.body.nik);
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.filter((h) => h.includes(maria.body.nik))).toEqual([]);
    await page.goto(`${suite.engine.baseUrl}/hr/recruitment/cycles/${spec.code}/applications`);
    await page.getByLabel('Cari peserta').fill('tefa');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect(page.locator('#applications tbody tr').allTextContents()).resolves.toEqual([
      expect.stringContaining('Yohanes Tefa'),
    ]);
    const number = (await suite.api.application(yohanes.applicationId)).registrationNumber!;
    await page.getByLabel('Cari peserta').fill(number);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/hr/recruitment/applications/${yohanes.applicationId}`);
    expect(problems.consoleErrors).toEqual([]);
    // The requests were logged (the search's POST among them), and no line holds a NIK.
    expect(logLines.some((l) => l.includes('"route":"/cycles/:code/applications/search"'))).toBe(true);
    for (const a of applicants) expect(logLines.filter((l) => l.includes(a.body.nik))).toEqual([]);
  });
});
