// HR's downloads page in Chromium on the real engine: a CPNS cycle screened and its administration result
// announced over the API; the page lists every export and, for the announced stage only, its printed
// announcements. The applicants' XLSX downloaded from the page's link holds every application with its
// NIK and status; the public PDF names each candidate by number and name, never by NIK; the official one
// carries the NIK. Axe-clean; an employee gets no downloads.
import ExcelJS from 'exceljs';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { pdfText } from '../support/pdf-text';
import { cycleCode, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { apply, createCycle, screenAndAnnounce } from '../support/recruitment-stages';
import { seedOrg } from '../workflows/appraisal-support/org';

const suite = browserSuite('hr-exports-e2e');

const PK = 'PRANATA-KOMPUTER';
const spec: CycleSpec = {
  code: cycleCode('CPNS-HREXPORT'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (unduhan)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 12_000,
  schedule: { appealWindow: 'PT10M', appealAnswerWindow: 'PT10M', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT5M', documentReminderBefore: 'PT5M' } },
};
const plans: CandidatePlan[] = [
  { key: 'X01', name: 'Maria Ndun', formation: PK, birthDate: '1996-02-11', gpa: 3.4 },
  { key: 'X02', name: 'Yohanes Tefa', formation: PK, birthDate: '1995-07-30', gpa: 3.1, tms: true },
];

describe("HR's downloads page", () => {
  it('downloads the applicants as XLSX and the announced stage as official and public PDFs', async () => {
    await createCycle(suite.api, spec);
    const applicants = [];
    for (const p of plans) applicants.push(await apply(suite.api, spec.code, p));
    await screenAndAnnounce(suite.api, spec.code, applicants);

    const { page, context } = await suite.signedIn('hr-1', `/hr/recruitment/cycles/${spec.code}/exports`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Unduhan: ${spec.title}`);
    expect(await axeViolations(page)).toEqual([]);
    // Only the announced stage offers its PDFs.
    const stages = await page.locator('#announcements tbody tr').allTextContents();
    expect(stages).toEqual([
      expect.stringContaining('Arsip resmi (dengan NIK) · Untuk umum (tanpa data pribadi)'),
      expect.stringContaining('belum diumumkan'),
      expect.stringContaining('belum diumumkan'),
    ]);

    const hrefOf = async (name: string) =>
      `${suite.engine.baseUrl}${await page.getByRole('link', { name, exact: true }).getAttribute('href')}`;
    const xlsx = await context.request.get(await hrefOf('Semua pelamar (dengan NIK), XLSX'));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-disposition']).toBe(
      `attachment; filename="${spec.code.toLowerCase()}-applicants.xlsx"`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .filter(Boolean)
      .map((r) => Object.fromEntries(header.map((h, i) => [h, (r as unknown[])[i + 1]])));
    expect(rows).toHaveLength(applicants.length);
    for (const a of applicants) {
      const stored = await suite.api.application(a.applicationId);
      expect(rows).toContainEqual(
        expect.objectContaining({
          NIK: a.body.nik,
          NAMA: a.body.name,
          NO_PESERTA: stored.registrationNumber,
        }),
      );
    }

    const csv = await context.request.get(await hrefOf('Semua pelamar (dengan NIK), CSV'));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    const pdf = async (version: string) => {
      const r = await context.request.get(await hrefOf(`seleksi administrasi, ${version}`));
      expect(r.status()).toBe(200);
      expect(r.headers()['content-type']).toBe('application/pdf');
      return (await pdfText(await r.body())).text;
    };
    const publicText = await pdf('Untuk umum (tanpa data pribadi)');
    const officialText = await pdf('Arsip resmi (dengan NIK)');
    for (const a of applicants) {
      const stored = await suite.api.application(a.applicationId);
      expect(publicText).toContain(stored.registrationNumber!);
      expect(publicText).not.toContain(a.body.nik);
      expect(officialText).toContain(a.body.nik);
    }

    // An employee gets neither the page nor a file.
    const org = await seedOrg(suite.engine.db.models, 'hrexports');
    const employee = await suite.signedIn(org.kabid.nip, '/me');
    for (const path of [
      `/hr/recruitment/cycles/${spec.code}/exports`,
      `/hr/recruitment/cycles/${spec.code}/exports/applicants.xlsx`,
      `/hr/recruitment/cycles/${spec.code}/announcements/administration.pdf`,
    ]) {
      const r = await employee.context.request.get(`${suite.engine.baseUrl}${path}`, { maxRedirects: 0 });
      expect(r.status()).toBe(403);
    }
  });
});
