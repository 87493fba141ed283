// An appraisal year through the `/me` pages in Chromium, on the real engine with a compressed calendar (a
// quarter is 4 s): an employee drafts the SKP (its refusals said beside the fields), the appraiser returns
// it with a note, the employee revises it and the appraiser approves it; a period rating is previewed and
// sent with JavaScript off, the annual rating through the form (its predikat shown live with JavaScript);
// the employee objects, the appraiser's superior decides, and the employee's page shows the changed
// predikat with its explanation and the follow-up. A colleague accepts their result, which closes the
// window at once. Every page axe-clean.
import type { Page } from 'playwright-core';
import { answer } from '../../api/client';
import { axeViolations, withoutJavaScript } from '../support/browser';
import { eventually } from '../support/eventually';
import { browserSuite, type OpenedPage } from '../support/browser-suite';
import {
  apiAs,
  driveToObjectionWindow,
  openCompressedYear,
  openTasksOf,
  reloadUntil,
} from '../support/me-pages-driver';
import { signInThroughProvider } from '../support/staff-browser';
import { seedOrg, type TestOrg } from '../workflows/appraisal-support/org';

const suite = browserSuite('me-appraisal-year');
// A year label of this file's own: the Temporal server is shared with the other test files.
const year = new Date().getUTCFullYear() + 17;
let org: TestOrg;

const clean = async (p: OpenedPage) => {
  expect(await axeViolations(p.page)).toEqual([]);
  expect(p.problems.consoleErrors).toEqual([]);
};
/** After a refusal (a 4xx page, which the browser notes in its console): axe-clean, no other console error. */
const refusedClean = async (p: OpenedPage) => {
  expect(await axeViolations(p.page)).toEqual([]);
  expect(p.problems.consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  p.problems.consoleErrors.length = 0;
};
const text = (page: Page, selector: string) => page.locator(selector).innerText();
/** The radio of a rating form for `rating` (hasilKerja, perilakuKerja) at `level`. */
const level = (form: ReturnType<Page['locator']>, rating: string, lvl: 'di-atas' | 'sesuai' | 'di-bawah') =>
  form.locator(`[id$="-${rating}-${lvl}"]`);

beforeAll(async () => {
  org = await seedOrg(suite.engine.db.models, 'mepages', 2);
  await openCompressedYear(suite.engine.baseUrl, {
    year,
    unitCode: org.unitCode,
    planningMs: 20_000,
    periodMs: 4_000,
  });
});

describe('an appraisal year on the /me pages', () => {
  it('runs an SKP, its return and approval, the ratings, an objection and its decision through the forms', async () => {
    const base = suite.engine.baseUrl;
    const [employee, colleague] = org.staff as [TestOrg['staff'][0], TestOrg['staff'][0]];
    const appraiser = org.kasubbid;
    const superior = org.kabid;
    const myYear = `${base}/me/appraisal/${year}`;
    const theirYear = `${base}/me/team/${year}/${employee.nip}`;
    // The colleague's year goes over the API meanwhile, to their objection window (awaited below; a
    // failure is reported there, not as an unhandled rejection meanwhile).
    const colleagueDriven = driveToObjectionWindow(base, year, colleague.nip, {
      hasilKerja: 'sesuai',
      perilakuKerja: 'sesuai',
    });
    colleagueDriven.catch(() => undefined);

    // ---- The employee's inbox: the SKP to draft, due in WITA, one click to its form -----------------
    const emp = await suite.signedIn(employee.nip, '/me');
    await reloadUntil(emp.page, `${base}/me`, (p) => p.locator('#tasks a', { hasText: 'Menyusun SKP' }));
    expect(await text(emp.page, '#tasks')).toMatch(/Menyusun SKP: Staf A Lede, tahun \d{4} · batas .+ WITA/);
    await clean(emp);
    await emp.page.locator('#tasks a', { hasText: 'Menyusun SKP' }).click();
    expect(new URL(emp.page.url()).pathname).toBe(`/me/appraisal/${year}/skp`);

    // Nothing typed: refused as a whole, nothing sent.
    await emp.page.getByRole('button', { name: 'Kirim SKP untuk disetujui' }).click();
    expect(await text(emp.page, '#form-error')).toBe('SKP berisi paling sedikit satu hasil kerja.');
    // One row, then a second one added (values kept) and left half empty: refused beside its fields.
    await emp.page.getByLabel('Rencana hasil kerja').first().fill('Layanan kenaikan pangkat tepat waktu');
    await emp.page.getByLabel('Indikator').first().fill('Usulan diproses sebelum batas');
    await emp.page.getByLabel('Target').first().fill('95%');
    await emp.page.getByRole('button', { name: 'Tambah baris' }).click();
    await expect(emp.page.locator('#d0').inputValue()).resolves.toBe('Layanan kenaikan pangkat tepat waktu');
    await emp.page.locator('#d1').fill('Pembinaan disiplin pegawai');
    await emp.page.getByRole('button', { name: 'Kirim SKP untuk disetujui' }).click();
    expect(await text(emp.page, '#i1-error')).toBe('Wajib diisi.');
    expect(await text(emp.page, '#t1-error')).toBe('Wajib diisi.');
    await expect(emp.page.locator('#i1').getAttribute('aria-invalid')).resolves.toBe('true');
    await refusedClean(emp);
    expect((await openTasksOf(base, year, employee.nip)).map((t) => t.type)).toEqual(['skp-draft']);
    await emp.page.locator('#i1').fill('Sidang disiplin selesai');
    await emp.page.locator('#t1').fill('2 kali setahun');
    await emp.page.getByRole('button', { name: 'Kirim SKP untuk disetujui' }).click();
    expect(new URL(emp.page.url()).pathname).toBe(`/me/appraisal/${year}`);
    expect(await text(emp.page, '#notice')).toBe('SKP terkirim kepada pejabat penilai untuk disetujui.');
    expect(await text(emp.page, '#skp-results')).toContain('Sidang disiplin selesai');

    // ---- The appraiser returns it with a note (refused first without one) ----------------------------
    const app = await suite.signedIn(appraiser.nip, '/me');
    await reloadUntil(app.page, `${base}/me`, (p) =>
      p.locator('#tasks li', { hasText: 'Menyetujui atau mengembalikan SKP: Staf A Lede' }).locator('a'),
    );
    await app.page
      .locator('#tasks li', { hasText: 'Menyetujui atau mengembalikan SKP: Staf A Lede' })
      .locator('a')
      .click();
    expect(new URL(app.page.url()).pathname).toBe(`/me/team/${year}/${employee.nip}`);
    await clean(app);
    const approval = app.page.locator('article', { hasText: 'Menyetujui atau mengembalikan SKP' });
    await approval.getByLabel('Kembalikan untuk diperbaiki').check();
    await approval.getByRole('button', { name: 'Kirim keputusan' }).click();
    expect(await approval.locator('[id$="-note-error"]').innerText()).toBe('Wajib diisi.');
    await refusedClean(app);
    await approval.getByLabel('Kembalikan untuk diperbaiki').check();
    await approval.getByLabel('Catatan', { exact: true }).fill('Tambahkan target kuantitas untuk pembinaan');
    await approval.getByRole('button', { name: 'Kirim keputusan' }).click();
    expect(await text(app.page, '#notice')).toContain('Tersimpan: Menyetujui atau mengembalikan SKP');

    // ---- The employee sees it returned with the note, and drafts again from the same rows -------------
    await reloadUntil(emp.page, myYear, (p) => p.locator('#skp-link'));
    expect(await text(emp.page, '#skp-status')).toBe('SKP dikembalikan untuk diperbaiki.');
    expect(await text(emp.page, '#skp-note')).toContain('Tambahkan target kuantitas untuk pembinaan');
    await clean(emp);
    await emp.page.locator('#skp-link').click();
    expect(await text(emp.page, '#returned-note')).toContain('Tambahkan target kuantitas');
    await expect(emp.page.locator('#t1').inputValue()).resolves.toBe('2 kali setahun');
    await emp.page.locator('#t1').fill('2 sidang dan 12 pembinaan setahun');
    await emp.page.getByRole('button', { name: 'Kirim SKP untuk disetujui' }).click();
    expect(await text(emp.page, '#skp-status')).toBe(
      'SKP sudah dikirim dan menunggu persetujuan pejabat penilai.',
    );

    // ---- The appraiser approves it -------------------------------------------------------------------
    await reloadUntil(app.page, theirYear, (p) => p.getByLabel('Setujui', { exact: true }));
    await app.page.getByLabel('Setujui', { exact: true }).check();
    await app.page.getByRole('button', { name: 'Kirim keputusan' }).click();
    expect(await text(app.page, '#notice')).toContain('Tersimpan');
    expect(await text(app.page, '#skp-status')).toBe('SKP disetujui.');

    // ---- Q1 rated with JavaScript off: the preview is the server's -----------------------------------
    const noJs = await withoutJavaScript(suite.browser);
    noJs.context.setDefaultTimeout(30_000);
    await signInThroughProvider(noJs.page, base, appraiser.nip, { path: '/me' });
    const q1 = (p: Page) => p.locator('article', { hasText: 'Triwulan I' });
    await reloadUntil(noJs.page, theirYear, (p) => q1(p).getByRole('button', { name: 'Pratinjau predikat' }));
    await level(q1(noJs.page), 'hasilKerja', 'di-atas').check();
    await level(q1(noJs.page), 'perilakuKerja', 'sesuai').check();
    await q1(noJs.page).getByRole('button', { name: 'Pratinjau predikat' }).click();
    expect(await q1(noJs.page).locator('[id$="-preview"]').innerText()).toContain(
      'Kedua rating ini akan memberi predikat Baik.',
    );
    expect(await q1(noJs.page).locator('[id$="-preview"]').innerText()).toContain(
      'Hasil kerja di atas ekspektasi dan perilaku kerja sesuai ekspektasi menghasilkan predikat Baik dalam matriks PermenPANRB 6/2022.',
    );
    // The choices are kept; another behaviour rating previews another cell.
    await expect(level(q1(noJs.page), 'hasilKerja', 'di-atas').isChecked()).resolves.toBe(true);
    await level(q1(noJs.page), 'perilakuKerja', 'di-atas').check();
    await q1(noJs.page).getByRole('button', { name: 'Pratinjau predikat' }).click();
    expect(await q1(noJs.page).locator('[id$="-preview"]').innerText()).toContain('predikat Sangat Baik.');
    expect((await openTasksOf(base, year, employee.nip)).map((t) => t.period)).toEqual(['Q1']);
    await q1(noJs.page).getByRole('button', { name: 'Kirim penilaian' }).click();
    expect(await text(noJs.page, '#notice')).toContain('Tersimpan: Memberi penilaian kinerja periodik');
    expect(await text(noJs.page, '#rating-Q1')).toContain('Sangat Baik');
    await noJs.context.close();

    // Q2 to Q4 over the API (the same command as the form).
    const client = await apiAs(base, appraiser.nip);
    for (const period of ['Q2', 'Q3', 'Q4']) {
      const [t] = (
        await eventually(
          () => openTasksOf(base, year, employee.nip),
          (ts) => ts.some((x) => x.period === period),
        )
      ).filter((x) => x.period === period);
      const r = await answer(
        client.POST('/api/v1/tasks/{id}/complete', {
          params: { path: { id: t!.id } },
          body: { hasilKerja: 'sesuai', perilakuKerja: 'sesuai' },
        }),
      );
      expect(r.status).toBe(200);
    }

    // ---- The annual rating through the form: below expectation in results --------------------------
    const annual = (p: Page) => p.locator('article', { hasText: 'Memberi penilaian kinerja tahunan' });
    await reloadUntil(app.page, theirYear, (p) => annual(p).getByRole('button', { name: 'Kirim penilaian' }));
    await clean(app);
    await level(annual(app.page), 'hasilKerja', 'di-bawah').check();
    await level(annual(app.page), 'perilakuKerja', 'sesuai').check();
    // With JavaScript the predikat shows as soon as both are chosen: the server's own text, in the form.
    await annual(app.page)
      .locator('[id$="-preview"] p', {
        hasText: 'Kedua rating ini akan memberi predikat Butuh Perbaikan.',
      })
      .waitFor();
    expect(await annual(app.page).locator('[id$="-preview"]').innerText()).toContain(
      'Penjelasan: Hasil kerja di bawah ekspektasi dan perilaku kerja sesuai ekspektasi menghasilkan predikat Butuh Perbaikan',
    );
    await clean(app);
    await annual(app.page).getByRole('button', { name: 'Pratinjau predikat' }).click();
    expect(await annual(app.page).locator('[id$="-preview"]').innerText()).toContain(
      'predikat Butuh Perbaikan.',
    );
    await clean(app);
    await annual(app.page).getByRole('button', { name: 'Kirim penilaian' }).click();
    expect(await text(app.page, '#notice')).toContain('Memberi penilaian kinerja tahunan');

    // ---- The employee: the annual result explained, the objection window with its deadline -----------
    await reloadUntil(emp.page, myYear, (p) => p.locator('#objection-window'));
    expect(await text(emp.page, '#predikat')).toBe('Butuh Perbaikan');
    expect(await text(emp.page, '#rating-annual-why')).toBe(
      'Penjelasan: Hasil kerja di bawah ekspektasi dan perilaku kerja sesuai ekspektasi menghasilkan predikat Butuh Perbaikan dalam matriks PermenPANRB 6/2022.',
    );
    expect(await text(emp.page, '#rating-Q1-why')).toContain('predikat Sangat Baik');
    expect(await text(emp.page, '#window-deadline')).toMatch(/^Keberatan dapat diajukan sampai .+ WITA$/);
    await clean(emp);
    await emp.page.getByLabel('Alasan keberatan').fill('Target pembinaan tercapai; bukti terlampir di SKP.');
    await emp.page.getByRole('button', { name: 'Ajukan keberatan' }).click();
    expect(await text(emp.page, '#notice')).toBe('Keberatan terkirim kepada atasan pejabat penilai.');
    expect(await text(emp.page, '#objection-decision')).toBe('Menunggu keputusan atasan pejabat penilai.');
    await expect(emp.page.locator('#objection-window').count()).resolves.toBe(0);

    // ---- The appraiser's superior decides it from their inbox ---------------------------------------
    const sup = await suite.signedIn(superior.nip, '/me');
    await reloadUntil(sup.page, `${base}/me`, (p) => p.locator('#tasks a', { hasText: 'Memutus keberatan' }));
    await clean(sup);
    await sup.page.locator('#tasks a', { hasText: 'Memutus keberatan' }).click();
    expect(new URL(sup.page.url()).pathname).toBe(`/me/team/${year}/${employee.nip}`);
    expect(await sup.page.locator('[id$="-objection"]').innerText()).toContain('Target pembinaan tercapai');
    await clean(sup);
    await sup.page.getByLabel('Predikat akhir').selectOption('baik');
    await sup.page.getByLabel('Alasan keputusan').fill('Bukti pembinaan lengkap');
    await sup.page.getByRole('button', { name: 'Putuskan keberatan' }).click();
    expect(await text(sup.page, '#notice')).toContain('Tersimpan: Memutus keberatan');

    // ---- The employee's page: the changed predikat, why, and the follow-up --------------------------
    await reloadUntil(emp.page, myYear, (p) => p.locator('#follow-up'));
    expect(await text(emp.page, '#predikat')).toBe('Baik');
    expect(await text(emp.page, '#objection-why')).toBe(
      'Penjelasan: Atasan pejabat penilai mengubah predikat dari Butuh Perbaikan menjadi Baik: Bukti pembinaan lengkap. Keputusan ini final.',
    );
    // Staf A is Ahli Muda: Baik earns 100% × 25.
    expect(await text(emp.page, '#credit-points-why')).toContain(
      'Sebagai Ahli Muda, predikat Baik memberi 100% × 25 = 25 angka kredit',
    );
    expect(await text(emp.page, '#improvement-why')).toContain('Tidak perlu masa perbaikan kinerja');
    expect(await text(emp.page, '#promotion-why')).toContain(
      `predikat tahun ${year - 1} belum ada di sdm-flow`,
    );
    await clean(emp);
    await emp.page.goto(`${myYear}?lang=en`);
    expect(await text(emp.page, '#objection-why')).toContain(
      "The appraiser's superior changed the predikat from Butuh Perbaikan to Baik",
    );
    await emp.page.goto(`${myYear}?lang=id`);

    // ---- The colleague accepts their result: the window closes at once ------------------------------
    await colleagueDriven;
    const col = await suite.signedIn(colleague.nip, `/me/appraisal/${year}`);
    await col.page.getByRole('button', { name: 'Terima hasil penilaian' }).click();
    expect(await text(col.page, '#notice')).toBe('Hasil penilaian diterima.');
    expect(await text(col.page, '#accepted')).toContain('Hasil penilaian (Baik) diterima');
    await expect(col.page.locator('#objection-window').count()).resolves.toBe(0);
    await reloadUntil(col.page, `${base}/me/appraisal/${year}`, (p) => p.locator('#follow-up'));
    await clean(col);
    // Accepting again is refused over the API with the workflow's reason: the window is closed.
    const again = await answer(
      (await apiAs(base, colleague.nip)).POST('/api/v1/appraisal/{year}/employees/{nip}/acceptance', {
        params: { path: { year, nip: colleague.nip } },
        body: {},
      }),
    );
    expect(again.status).toBe(409);
  });
});
