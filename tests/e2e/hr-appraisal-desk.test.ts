// HR's appraisal year desk in Chromium on the real engine, over a compressed year (a quarter is 2
// seconds): HR imports the organisation as an XLSX with bad rows (each named by line, nothing imported),
// then a good one; opens the year with the form; sees a missed rating on the dashboard with its assignee,
// how late and its escalation, and moves its deadline; sets the unit's result; the calibration page shows
// the broken bound and refuses the finalisation, and accepts it once an objection has fixed a rating; the
// distribution, the results file and the merit evidence agree. The people of the year act over the API
// (their pages are /me's). An employee and a supervisor are refused every desk page; every page axe-clean.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { taskTitle } from '../../domain/tasks';
import { witaLocal } from '../../web/staff/cycle-form';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import {
  BAIK,
  employeeRows,
  employeesXlsx,
  SB,
  skp,
  smallUnit,
  YearActors,
  type Task,
} from '../support/hr-appraisal-year';

const suite = browserSuite('hr-appraisal-desk-e2e');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// A year of its own on the shared Temporal server (the API's year test uses +10).
const year = new Date().getUTCFullYear() + 43;
const unit = smallUnit('DINKES');
const { head, kasubbag, staff } = unit;

async function upload(page: Page, buffer: Buffer) {
  await page.getByLabel('Isi berkas').selectOption('employees');
  await page
    .getByLabel('Berkas (CSV atau XLSX)')
    .setInputFiles({ name: 'pegawai.xlsx', mimeType: XLSX, buffer });
  await page.getByRole('button', { name: 'Pratinjau' }).click();
}

const clean = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

describe("HR's appraisal year desk", () => {
  it('imports the organisation, opens a year, follows a late task and calibrates a unit', async () => {
    const base = suite.engine.baseUrl;
    const db = suite.engine.db;
    const actors = await YearActors.connect(base, year);
    const units = await actors.hr.POST('/api/v1/org/units', {
      body: { units: [{ code: unit.unitCode, name: 'Dinas Kesehatan' }] },
    });
    expect(units.response.status).toBe(200);

    // ---- The organisation: an XLSX with bad rows is refused whole, each row named ------------------------
    const { page, context, problems } = await suite.signedIn('hr-1', '/hr');
    await page.getByRole('link', { name: 'Penilaian kinerja (SKP) per tahun' }).click();
    await clean(page);
    await page.getByRole('link', { name: 'Organisasi: impor dan perubahan' }).click();
    await clean(page);
    const rows = employeeRows(unit.unitCode, unit.everyone);
    const bad = rows.map((r) => [...r]);
    bad[2]![0] = '19900101'; // a NIP cut short
    bad[4]![7] = staff[1]!.nip; // staff 2 and 3 report to each other
    bad[3]![7] = staff[2]!.nip;
    await upload(page, await employeesXlsx(bad));
    await expect(page.locator('#summary').textContent()).resolves.toBe(
      '3 baris terbaca dengan benar; 3 baris bermasalah.',
    );
    const cycle = `reporting-line cycle: ${staff[1]!.nip} → ${staff[2]!.nip} → ${staff[1]!.nip}`;
    await expect(page.locator('#issues tbody tr').allTextContents()).resolves.toEqual([
      '4NIPmust be exactly 18 digits',
      `5NIP_ATASAN${cycle}`,
      `6NIP_ATASAN${cycle}`,
    ]);
    await expect(page.getByRole('button', { name: /Impor/ }).count()).resolves.toBe(0);
    await clean(page);
    expect(await db.models.employees.countDocuments()).toBe(0);

    // The page's template, filled in: previewed clean and imported in one step.
    await page.getByRole('link', { name: 'Unggah berkas yang sudah diperbaiki' }).click();
    const template = await context.request.get(`${base}/hr/appraisal/org/template/employees.xlsx`);
    expect(template.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    for (const r of rows) workbook.worksheets[0]!.addRow(r);
    await upload(page, Buffer.from(await workbook.xlsx.writeBuffer()));
    await expect(page.locator('#summary').textContent()).resolves.toBe(
      '6 baris terbaca dengan benar; 0 baris bermasalah.',
    );
    await clean(page);
    await page.getByRole('button', { name: 'Impor 6 baris' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      'Diimpor: 0 unit, 6 pegawai; 0 pegawai berganti atasan.',
    );
    expect(await db.models.employees.countDocuments({ unitCode: unit.unitCode })).toBe(6);
    const headed = await actors.hr.POST('/api/v1/org/units', {
      body: { units: [{ code: unit.unitCode, name: 'Dinas Kesehatan', headNip: head.nip }] },
    });
    expect(headed.response.status).toBe(200);

    // ---- HR opens the year with the form: a compressed calendar, quarters of 2 seconds ------------------
    const t0 = Date.now();
    const S = 20_000; // planning: the SKPs are due when the first quarter starts
    await page.goto(`${base}/hr/appraisal/years/new`);
    await clean(page);
    // A refused form first: each of the schema's issues beside its field, nothing opened.
    await page.getByLabel('Tahun penilaian').fill('1999');
    await page.getByLabel('SKP ditetapkan paling lambat').fill(witaLocal(t0 + S));
    await page.getByLabel('Penilaian tahunan paling lambat').fill(witaLocal(t0));
    await page.getByRole('button', { name: 'Buka tahun penilaian' }).click();
    await expect(page.locator('#year-error').textContent()).resolves.toBe(
      'Too small: expected number to be >=2020',
    );
    await expect(page.locator('#annualDueAt-error').textContent()).resolves.toBe('must be after skpDueAt');
    await expect(page.locator('#problems li').count()).resolves.toBe(2);
    await clean(page);
    expect(await db.models.appraisalYears.countDocuments()).toBe(0);
    await page.getByLabel('Tahun penilaian').fill(String(year));
    await page.getByLabel('SKP ditetapkan paling lambat').fill(witaLocal(t0 + S));
    await page.getByLabel('Penilaian tahunan paling lambat').fill(witaLocal(t0 + 3_600_000));
    const duration = async (label: string, n: string, unitName: string) => {
      await page.getByLabel(label, { exact: true }).fill(n);
      await page.getByLabel(`Satuan: ${label}`).selectOption(unitName);
    };
    await duration('Waktu menilai setiap periode', '3', 'detik');
    await duration('Masa keberatan', '1', 'jam');
    await duration('Pengingat sebelum tenggat', '1', 'detik');
    await duration('Eskalasi sesudah tenggat', '1', 'detik');
    await page.getByLabel(`${unit.unitCode} — Dinas Kesehatan`).check();
    await page.getByLabel('Periode pertama mulai').fill(witaLocal(t0 + S));
    await duration('Panjang setiap periode', '2', 'detik');
    await page.getByRole('button', { name: 'Buka tahun penilaian' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      `Tahun penilaian ${year} dibuka: setiap pegawai dalam cakupan mendapat tugas SKP.`,
    );
    expect(new URL(page.url()).pathname).toBe(`/hr/appraisal/years/${year}`);

    // ---- Planning over the API: every SKP drafted and approved ----------------------------------------
    await actors.completeAll('skp-draft', 6, () => skp);
    await actors.completeAll('skp-approval', 6, () => ({ approved: true }));

    // ---- Periods: every rating given but one staff member's first quarter, which goes late ------------
    const late = staff[3]!;
    const isLate = (t: Task) => t.subjectNip === late.nip && t.period === 'Q1';
    await actors.completeAll('period-rating', 5 * 4, (t) => (t.subjectNip === late.nip ? undefined : BAIK));
    const lateTask = await actors.waitFor(
      async () => (await actors.openTasks('period-rating')).find(isLate),
      (t) => t?.escalated === true,
    );
    await page.reload();
    const row = page.locator(`#overdue tr[data-task="${lateTask!.id}"]`);
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(late.name);
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe(kasubbag.name);
    await expect(row.locator('td').nth(4).textContent()).resolves.toMatch(
      new RegExp(`^terlambat (kurang dari 1 menit|\\d+ menit).* · dieskalasi kepada ${head.name}$`),
    );
    const escalation = page.locator(`#escalated tr[data-task="${lateTask!.id}"] td`);
    await expect(escalation.nth(4).textContent()).resolves.toBe(head.name);
    await clean(page);

    // HR moves its deadline on the page (audited); it leaves the overdue list.
    await row.getByLabel('Alasan').fill('Penilai sedang dinas luar');
    await row.getByRole('button', { name: 'Pindahkan tenggat' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toContain('Tenggat dipindahkan');
    await expect(page.locator(`#overdue tr[data-task="${lateTask!.id}"]`).count()).resolves.toBe(0);
    const moved = (await actors.openTasks('period-rating')).find(isLate)!;
    expect(Date.parse(moved.dueAt)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await actors.completeAll('period-rating', 4, (t) => (t.subjectNip === late.nip ? BAIK : undefined));

    // ---- The unit's result, set on the calibration page ------------------------------------------------
    await page.goto(`${base}/hr/appraisal/years/${year}/units/${unit.unitCode}`);
    await clean(page);
    await page.getByLabel('Hasil unit (atas nama Wali Kota)').selectOption('baik');
    await page.getByRole('button', { name: 'Tetapkan hasil unit' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe('Hasil unit ditetapkan: Baik.');

    // ---- Annual ratings: 4 Baik and 1 Sangat Baik among the staff break the bounds for Baik --------------
    await actors.completeAll('annual-rating', 6, (t) => (t.subjectNip === staff[0]!.nip ? SB : BAIK));
    const objector = staff[1]!;
    for (const p of unit.everyone)
      await actors.waitFor(
        () => actors.record(p.nip),
        (r) => r?.phase === 'objection-window',
      );
    await actors.object(objector.nip, 'Target pelayanan tercapai 100%');
    for (const p of unit.everyone.filter((p) => p !== objector)) await actors.accept(p.nip);
    for (const p of unit.everyone.filter((p) => p !== objector))
      await actors.waitFor(
        () => actors.record(p.nip),
        (r) => r?.phase === 'done',
      );

    await page.reload();
    await expect(page.locator('#violations tbody tr').allTextContents()).resolves.toEqual([
      'paling banyak 70% Baik431',
      'paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct011',
    ]);
    await page.getByRole('button', { name: 'Finalkan hasil unit' }).click();
    await expect(page.locator('#finalise-error li').allTextContents()).resolves.toEqual([
      '1 penilaian masih berjalan (penilaian, masa keberatan atau keputusan keberatan).',
      'Batas "paling banyak 70% Baik" dilanggar: sekarang 4, selisih 1 orang.',
      'Batas "paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct" dilanggar: sekarang 0, selisih 1 orang.',
    ]);
    await clean(page);
    const unitRecord = () => db.models.appraisalUnits.findById(`${year}/${unit.unitCode}`).lean();
    expect((await unitRecord())?.finalisedAt ?? null).toBeNull();

    // The objection is decided (by the appraiser's superior, over the API): Butuh Perbaikan. Now it holds.
    await actors.completeAll('objection-decision', 1, () => ({
      predikat: 'butuh-perbaikan',
      reason: 'Bukti capaian belum lengkap',
    }));
    await actors.waitFor(
      () => actors.record(objector.nip),
      (r) => r?.phase === 'done',
    );
    await page.goto(`${base}/hr/appraisal/years/${year}/units/${unit.unitCode}`);
    await expect(page.locator('#bounds-ok').textContent()).resolves.toBe(
      'Semua batas untuk hasil unit ini terpenuhi (5 staf).',
    );
    await page.getByRole('button', { name: 'Finalkan hasil unit' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe('Hasil unit DINKES difinalkan.');
    await expect(page.locator('#finalised').count()).resolves.toBe(1);
    expect((await unitRecord())?.finalisedAt).toBeInstanceOf(Date);

    // ---- The dashboard's distribution, the results file and the evidence agree -------------------------
    await page.goto(`${base}/hr/appraisal/years/${year}`);
    const counts = await page.locator('#dist-overall-table tbody td:nth-child(2)').allTextContents();
    expect(counts).toEqual(['1', '4', '1', '0', '0']); // the head is rated Baik too
    await expect(page.locator('#dist-overall-chart desc').textContent()).resolves.toContain('Baik: 4 (67%)');
    await expect(
      page.locator(`#calibrations tr[data-unit="${unit.unitCode}"] td`).nth(1).textContent(),
    ).resolves.toBe('Hasil unit ini sudah final.');
    await clean(page);
    const file = await context.request.get(`${base}/hr/appraisal/years/${year}/results.xlsx`);
    expect(file.status()).toBe(200);
    const results = new ExcelJS.Workbook();
    await results.xlsx.load((await file.body()) as unknown as ArrayBuffer);
    const sheet = results.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const predikatOf = new Map<string, unknown>();
    sheet.eachRow((r, n) => {
      if (n > 1) predikatOf.set(String(r.getCell(1).value), r.getCell(header.indexOf('PREDIKAT') + 1).value);
    });
    expect(predikatOf.size).toBe(6);
    expect(predikatOf.get(objector.nip)).toBe('Butuh Perbaikan');
    expect(predikatOf.get(staff[0]!.nip)).toBe('Sangat Baik');
    await page.getByRole('link', { name: 'Bukti sistem merit tahun ini' }).click();
    await expect(page.locator('#objections').textContent()).resolves.toBe(
      '1 keberatan diajukan; 1 diputus, 1 dengan alasan, 1 dalam tenggatnya.',
    );
    // From the audit trail: the objection, its decision, the moved deadline and the finalisation.
    await expect(page.locator('#decisions').textContent()).resolves.toMatch(
      /^\d+ catatan jejak audit; 4 keputusan wajib beralasan, 4 dengan alasan, 0 alasannya dihapus/,
    );
    await expect(page.locator('#chain').textContent()).resolves.toMatch(/^Setiap catatan \(\d+\) cocok/);
    await expect(page.locator('#development').textContent()).resolves.toBe(
      '1 pegawai berpredikat di bawah Baik; 1 mendapat rencana perbaikan kinerja.',
    );
    await clean(page);
    // ---- The organisation during the year: a change of supervisor and a departure, one at a time ---------
    await page.goto(`${base}/hr/appraisal/org`);
    await page.getByLabel('NIP pegawai').first().fill(staff[3]!.nip);
    await page.getByLabel('NIP atasan baru').fill('12345');
    await page.getByRole('button', { name: 'Ganti atasan' }).click();
    await expect(page.locator('#supervisor-new-error').textContent()).resolves.toBe('NIP harus 18 angka.');
    await clean(page);
    await page.getByLabel('NIP pegawai').first().fill(staff[3]!.nip);
    await page.getByLabel('NIP atasan baru').fill(head.nip);
    await page.getByRole('button', { name: 'Ganti atasan' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      `Atasan pegawai ${staff[3]!.nip} diganti; penilaiannya yang berjalan mengikuti atasan baru.`,
    );
    expect((await db.models.employees.findById(staff[3]!.nip).lean())?.supervisorNip).toBe(head.nip);
    await page.getByLabel('NIP pegawai').nth(1).fill(staff[2]!.nip);
    await page.getByLabel('Alasan').fill('Pindah tugas ke Kabupaten Kupang');
    await page.getByRole('button', { name: 'Catat keluar' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      `Pegawai ${staff[2]!.nip} dicatat keluar; 0 penilaian berjalan diakhiri.`,
    );
    expect((await db.models.employees.findById(staff[2]!.nip).lean())?.active).toBe(false);

    // A year never opened, a malformed unit: 404.
    expect((await context.request.get(`${base}/hr/appraisal/years/2098`)).status()).toBe(404);
    expect((await context.request.get(`${base}/hr/appraisal/years/${year}/units/dinkes!`)).status()).toBe(
      404,
    );

    // In English too.
    await page.goto(`${base}/hr/appraisal/years/${year}?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Performance appraisal ${year}`);
    await expect(page.locator('#by-phase tbody th').allTextContents()).resolves.toEqual(['done']);
    const ratings = page.locator('#tasks-by-type tr[data-type="period-rating"]');
    await expect(ratings.locator('th').textContent()).resolves.toBe(taskTitle('period-rating', 'en'));
    // Six people, four quarters: every rating done (the moved one too), none open, cancelled or expired.
    await expect(ratings.locator('td').allTextContents()).resolves.toEqual(['0', '24', '0', '0']);
    await clean(page);

    // The refused pages (the year form's 400, the finalisation's 409, the bad NIP's 400) are the only
    // failed loads: no script error, no CSP refusal.
    expect(problems.consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);

    // ---- Nobody but HR: an employee and a supervisor are refused every desk page (403) ------------------
    for (const who of [staff[0]!, kasubbag]) {
      const { page: theirs } = await suite.signedIn(who.nip, '/me');
      for (const path of [
        '/hr/appraisal',
        '/hr/appraisal/org',
        '/hr/appraisal/years/new',
        `/hr/appraisal/years/${year}`,
        `/hr/appraisal/years/${year}/units/${unit.unitCode}`,
        `/hr/appraisal/years/${year}/evidence`,
        `/hr/appraisal/years/${year}/results.csv`,
      ]) {
        const r = await theirs.goto(`${base}${path}`);
        expect([path, r?.status()]).toEqual([path, 403]);
      }
      await clean(theirs);
    }
  }, 300_000);
});
