// HR's stage pages in Chromium on the real engine: a small CPNS cycle (four candidates, windows of
// seconds) driven over the API to its screening phase, then through the pages: bad screening input changes
// nothing; "select all" works without JavaScript; one MS through the whole-cycle test's driver, two MS
// together from the keyboard and one TMS on its own (?id=), each through its confirmation page, reach the
// applications with their reasons; a refused command shows its refusal; the administration result
// announced (the window's close on the page is the API's); an SKD session scheduled; the SKD result
// (scores over the API) announced; the ranking page lists what the API's ranking gives. Every page
// axe-clean; an employee gets 403 on each.
import type { Page } from 'playwright-core';
import { must } from '../../api/client';
import { formatInstant } from '../../domain/time';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { announceThroughPage, scheduleSkdThroughPage, screenThroughPage } from '../support/hr-pages-stages';
import { cycleCode, type Applicant, type CandidatePlan, type CycleSpec } from '../support/recruitment-plans';
import { apply, createCycle } from '../support/recruitment-stages';
import { signInThroughProvider } from '../support/staff-browser';
import { seedOrg } from '../workflows/appraisal-support/org';

const suite = browserSuite('hr-stages-e2e');

const PK = 'PRANATA-KOMPUTER';
const spec: CycleSpec = {
  code: cycleCode('CPNS-STAGES'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (tahapan)',
  formations: [
    { code: PK, title: 'Pranata Komputer Ahli Pertama', unit: 'DISKOMINFO', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 15_000,
  schedule: { appealWindow: 'PT3S', appealAnswerWindow: 'PT10S', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' } },
};
const plans: CandidatePlan[] = [
  { key: 'S01', name: 'Maria Ndun', formation: PK, birthDate: '1996-02-11', gpa: 3.4 },
  { key: 'S02', name: 'Yohanes Tefa', formation: PK, birthDate: '1995-07-30', gpa: 3.1 },
  { key: 'S03', name: 'Agustina Bessie', formation: PK, birthDate: '1997-04-02', gpa: 2.9 },
  { key: 'S04', name: 'Dominggus Lay', formation: PK, birthDate: '1994-12-19', gpa: 3.2 },
];
const MS_REASON = 'Berkas lengkap dan sesuai kualifikasi formasi';
const TMS_REASON = 'Ijazah tidak sesuai kualifikasi pendidikan formasi';

const ticked = (page: Page) =>
  page
    .locator('#queue input[name=id]')
    .evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length);

describe("HR's stage pages", () => {
  it('screens, announces, seats the SKD and shows the ranking through the pages', async () => {
    const base = suite.engine.baseUrl;
    const desk = `/hr/recruitment/cycles/${spec.code}`;
    await createCycle(suite.api, spec);
    const applicants: Applicant[] = [];
    for (const p of plans) applicants.push(await apply(suite.api, spec.code, p));
    await suite.api.untilPhase(spec.code, 'screening', 60_000);
    const statuses = async () =>
      new Map((await suite.api.applications(spec.code)).map((a) => [a.applicationId, a.status]));
    const allRegistered = new Map(applicants.map((a) => [a.applicationId, 'registered']));

    // The screening page without JavaScript: "select all" ticks the page's rows and clears them again;
    // reviewing with nothing selected says so beside the selection.
    const plain = await suite.open({ javaScript: false });
    await signInThroughProvider(plain.page, base, 'hr-1', { path: `${desk}/screening` });
    await expect(plain.page.locator('#queue-heading').textContent()).resolves.toBe(
      '4 lamaran menunggu seleksi administrasi',
    );
    // The queue is in id order (a hash of the NIK): the candidates are named by their row.
    const order = await plain.page
      .locator('#queue input[name=id]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const byId = new Map(applicants.map((a) => [a.applicationId, a]));
    const [first, second, third, fourth] = order.map((id) => byId.get(id)!) as [
      Applicant,
      Applicant,
      Applicant,
      Applicant,
    ];
    const label = (a: Applicant) => new RegExp(`^Pilih ${a.plan.name} \\(`);
    await expect(plain.page.getByLabel(label(first)).count()).resolves.toBe(1);
    await plain.page.getByRole('button', { name: 'Pilih semua di halaman ini' }).click();
    await expect(ticked(plain.page)).resolves.toBe(4);
    await plain.page.getByRole('button', { name: 'Hapus semua pilihan' }).click();
    await expect(ticked(plain.page)).resolves.toBe(0);
    await plain.page.locator('#decision-MS').check();
    await plain.page.locator('#reason').fill(MS_REASON);
    await plain.page.getByRole('button', { name: 'Tinjau keputusan' }).click();
    await expect(plain.page.locator('#selection-error').textContent()).resolves.toBe(
      'Pilih paling sedikit satu lamaran.',
    );

    // Bad input straight to the form and to its confirmation: 400, the message beside its field, nothing
    // decided.
    const csrf = (await plain.page.locator('input[name=_csrf]').first().getAttribute('value'))!;
    const post = (path: string, form: Record<string, string>) =>
      plain.context.request.post(`${base}${desk}/${path}`, {
        form: { _csrf: csrf, ...form },
        maxRedirects: 0,
      });
    const noSelection = 'Pilih paling sedikit satu lamaran.';
    const noReason = 'Tuliskan alasan, paling banyak 2.000 karakter.';
    const bad: { path: string; form: Record<string, string>; says: string }[] = [
      { path: 'screening', form: { decision: 'MS', reason: MS_REASON }, says: noSelection },
      { path: 'screening', form: { id: first.applicationId, decision: 'MS', reason: ' ' }, says: noReason },
      {
        path: 'screening/confirm',
        form: { id: first.applicationId, decision: 'MS', reason: 'x'.repeat(3000) },
        says: noReason,
      },
      {
        path: 'screening/confirm',
        form: { id: first.applicationId, decision: 'OK', reason: MS_REASON },
        says: 'Pilih MS atau TMS.',
      },
    ];
    for (const b of bad) {
      const r = await post(b.path, b.form);
      expect([b.form, r.status()]).toEqual([b.form, 400]);
      expect(await r.text()).toContain(`role="alert">${b.says}</p>`);
    }
    // A full page's rows fit the pages' 20-field bodies; one more is refused beside the selection; the
    // command refuses rows that are not of this cycle, and says so on the page.
    const rowsOf = (n: number, form: Record<string, string>) => {
      const body = new URLSearchParams({ _csrf: csrf, ...form });
      for (let i = 0; i < n; i++) body.append('id', `${spec.code}-nobody-${i}`);
      return body.toString();
    };
    const postRaw = (path: string, data: string) =>
      plain.context.request.post(`${base}${desk}/${path}`, {
        data,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        maxRedirects: 0,
      });
    const tms = { decision: 'TMS', reason: TMS_REASON };
    const full = await postRaw('screening', rowsOf(15, tms));
    expect(full.status()).toBe(200);
    expect(await full.text()).toContain(`15 lamaran akan dinyatakan TMS dengan alasan “${TMS_REASON}”:`);
    const over = await postRaw('screening', rowsOf(16, tms));
    expect(over.status()).toBe(400);
    expect(await over.text()).toContain('Terlalu banyak lamaran dalam satu formulir');
    const strangers = await postRaw('screening/confirm', rowsOf(15, tms));
    expect(strangers.status()).toBe(400);
    expect(await strangers.text()).toContain('Perintah ditolak; tidak ada yang diubah.');
    expect(await statuses()).toEqual(allRegistered);

    // The last row MS through the whole-cycle test's driver, without JavaScript; it leaves the queue.
    const driven = await screenThroughPage(plain.page, base, spec.code, [
      { applicationId: fourth.applicationId, decision: 'MS', reason: MS_REASON },
    ]);
    expect(driven).toEqual([expect.stringContaining('1 keputusan MS diteruskan')]);
    await eventually(
      () => suite.api.application(fourth.applicationId),
      (a) => a.status === 'screened-ms',
    );

    // Two MS together from the keyboard (Tab, Space, Enter), with JavaScript on.
    const { page, problems } = await suite.signedIn('hr-1', `${desk}/screening`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(label(first)).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // the application's link
    await page.keyboard.press('Tab'); // the second row's checkbox
    await page.keyboard.press('Space');
    await expect(page.getByLabel(label(second)).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(label(third)).isChecked()).resolves.toBe(false);
    await page.locator('#decision-MS').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // past the radio group, to the reason
    await page.keyboard.type(MS_REASON);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#summary').textContent()).resolves.toBe(
      `2 lamaran akan dinyatakan MS dengan alasan “${MS_REASON}”:`,
    );
    await expect(page.locator('#selected li').allTextContents()).resolves.toEqual([
      expect.stringMatching(label(first).source.replace('Pilih ', '')),
      expect.stringMatching(label(second).source.replace('Pilih ', '')),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect((await statuses()).get(first.applicationId)).toBe('registered'); // reviewed, not decided
    await page.getByRole('button', { name: 'Konfirmasi' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.notice').textContent()).resolves.toContain('2 keputusan MS diteruskan');

    // One TMS on its own (?id=, as the application's page links), without JavaScript.
    await plain.page.goto(`${base}${desk}/screening?id=${third.applicationId}`);
    await expect(plain.page.getByLabel(label(third)).isChecked()).resolves.toBe(true);
    await expect(plain.page.locator('#queue tbody tr').count()).resolves.toBe(1);
    await plain.page.locator('#decision-TMS').check();
    await plain.page.locator('#reason').fill(TMS_REASON);
    await plain.page.getByRole('button', { name: 'Tinjau keputusan' }).click();
    await expect(plain.page.locator('#summary').textContent()).resolves.toBe(
      `1 lamaran akan dinyatakan TMS dengan alasan “${TMS_REASON}”:`,
    );
    await plain.page.getByRole('button', { name: 'Konfirmasi' }).click();
    await expect(plain.page.locator('.notice').textContent()).resolves.toContain(
      '1 keputusan TMS diteruskan',
    );

    const decided = await eventually(
      () => Promise.all([first, second, third].map((a) => suite.api.application(a.applicationId))),
      (apps) => apps.every((a) => a.status !== 'registered'),
    );
    expect(decided.map((a) => [a.status, a.screening])).toEqual([
      ['screened-ms', { decision: 'MS', reason: MS_REASON }],
      ['screened-ms', { decision: 'MS', reason: MS_REASON }],
      ['screened-tms', { decision: 'TMS', reason: TMS_REASON }],
    ]);
    await page.goto(`${base}${desk}/screening`);
    await expect(page.locator('#none').textContent()).resolves.toBe(
      'Tidak ada lamaran yang menunggu seleksi administrasi.',
    );

    // Announcements: administration can be announced now, the SKD result cannot (and a POST for it is
    // refused by the command); announcing shows the close of the appeal window, the API's.
    await page.goto(`${base}${desk}/announcements`);
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.locator('#stage-administration .status').textContent()).resolves.toBe(
      'Dapat diumumkan sekarang.',
    );
    await expect(page.locator('#stage-skd .status').textContent()).resolves.toBe(
      'Belum dapat diumumkan pada tahap screening.',
    );
    const early = await post('announcements/skd', {});
    expect(early.status()).toBe(409);
    expect(await early.text()).toContain('Perintah ditolak');
    await page.goto(`${base}${desk}/announcements/administration/confirm`);
    expect(await axeViolations(page)).toEqual([]);
    const notice = await announceThroughPage(page, base, spec.code, 'administration');
    const cycle = await suite.api.cycle(spec.code);
    const closesAt = cycle.appealWindows.administration!;
    expect(notice).toBe(
      `Hasil seleksi administrasi diumumkan. Masa sanggah ditutup ${formatInstant(closesAt, 'id')}.`,
    );
    await expect(
      page.locator('#stage-administration .closes-at time').getAttribute('datetime'),
    ).resolves.toBe(new Date(closesAt).toISOString());
    await expect(page.locator('#stage-administration .status').textContent()).resolves.toBe(
      'Sudah diumumkan.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // SKD sessions once the cycle reaches its SKD: a bad start is refused beside its field; every MS
    // applicant without a seat sits the first session.
    await suite.api.untilPhase(spec.code, 'skd', 60_000);
    // The command's refusal (screening is over once the SKD began: 409) is shown on the page; nothing changes.
    const again = await post('screening/confirm', {
      id: first.applicationId,
      decision: 'TMS',
      reason: TMS_REASON,
    });
    expect(again.status()).toBe(409);
    expect(await again.text()).toContain('Perintah ditolak; tidak ada yang diubah.');
    expect((await suite.api.application(first.applicationId)).status).toBe('screened-ms');

    await page.goto(`${base}${desk}/skd-sessions`);
    await expect(page.locator('#no-sessions').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const seatsOfStrangers = await postRaw(
      'skd-sessions',
      rowsOf(15, { code: 'SKD-0', place: 'UPT BKN Kupang', startsAt: '2026-09-01T08:00', who: 'selected' }),
    );
    expect(seatsOfStrangers.status()).toBe(400); // 20 fields: read, and refused by the command
    expect(await seatsOfStrangers.text()).toContain('Perintah ditolak; tidak ada yang diubah.');
    const badStart = await post('skd-sessions', {
      code: 'SKD-1',
      place: 'UPT BKN Kupang',
      startsAt: '2026-02-30T08:00',
    });
    expect(badStart.status()).toBe(400);
    expect(await badStart.text()).toContain('Isi tanggal dan jam mulai (WITA) yang benar.');
    const seated = await scheduleSkdThroughPage(page, base, spec.code, {
      code: 'SKD-1',
      place: 'UPT BKN Kupang',
      startsAt: '2026-09-01T08:00',
    });
    expect(seated).toBe('3 peserta dijadwalkan di sesi SKD-1; jadwal tercatat dalam beberapa saat.');
    for (const a of [first, second, fourth]) {
      const app = await eventually(
        () => suite.api.application(a.applicationId),
        (x) => x.skdSession !== undefined,
      );
      expect(app.skdSession).toMatchObject({ code: 'SKD-1', place: 'UPT BKN Kupang' });
      expect(Date.parse(app.skdSession!.startsAt)).toBe(Date.parse('2026-09-01T00:00:00Z'));
    }
    await page.goto(`${base}${desk}/skd-sessions`);
    await expect(page.locator('#sessions tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^SKD-1UPT BKN Kupang.*WITA3$/),
    ]);
    expect(await axeViolations(page)).toEqual([]);

    // Before any ranking, the final stage's page says so.
    await page.goto(`${base}${desk}/rankings/${PK}?stage=final`);
    await expect(page.locator('#empty').textContent()).resolves.toBe(
      'Belum ada peserta yang diperingkat pada tahap ini.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The SKD scores over the API, the SKD result announced through the page, and the ranking.
    await must(
      202,
      suite.api.hr.POST('/api/v1/recruitment/cycles/{code}/skd-results', {
        params: { path: { code: spec.code } },
        body: {
          rows: [
            { applicationId: first.applicationId, twk: 70, tiu: 85, tkp: 170 },
            { applicationId: second.applicationId, twk: 65, tiu: 80, tkp: 166 },
            { applicationId: fourth.applicationId, twk: 80, tiu: 95, tkp: 180 },
          ],
        },
      }),
    );
    await eventually(
      () => suite.api.application(second.applicationId),
      (a) => a.skd !== undefined,
    );
    expect(await announceThroughPage(page, base, spec.code, 'skd')).toMatch(
      /^Hasil Seleksi Kompetensi Dasar \(SKD\) diumumkan\. Masa sanggah ditutup .* WITA\.$/,
    );
    await suite.api.untilPhase(spec.code, 'skb', 60_000);
    const ranking = await must(
      200,
      suite.api.hr.GET('/api/v1/recruitment/cycles/{code}/rankings/{formationCode}', {
        params: { path: { code: spec.code, formationCode: PK }, query: { stage: 'skd' } },
      }),
    );
    // 355, 325, 311: the ranking is by the SKD total.
    expect(ranking.rows.map((r) => r.name)).toEqual([fourth, first, second].map((a) => a.plan.name));
    await page.goto(`${base}${desk}/rankings/${PK}?stage=skd`);
    const rows = await page
      .locator('#ranking tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    expect(rows.map((r) => [r[0], r[1], r[2], r[6], r[7]])).toEqual(
      ranking.rows.map((r) => [
        String(r.rank),
        r.registrationNumber,
        r.name,
        String(r.skd!.total),
        r.outcome === 'advanced' ? 'Lolos ke SKB' : 'Tidak lolos ke SKB',
      ]),
    );
    await expect(page.getByRole('link', { name: fourth.plan.name }).getAttribute('href')).resolves.toBe(
      `/hr/recruitment/applications/${fourth.applicationId}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('refuses every stage page to an employee', async () => {
    const org = await seedOrg(suite.engine.db.models, 'stages');
    const { page, context } = await suite.open();
    await signInThroughProvider(page, suite.engine.baseUrl, org.staff[0]!.nip);
    const desk = `${suite.engine.baseUrl}/hr/recruitment/cycles/${spec.code}`;
    for (const path of ['screening', 'skd-sessions', 'announcements', `rankings/${PK}?stage=skd`]) {
      const r = await context.request.get(`${desk}/${path}`, { maxRedirects: 0 });
      expect([path, r.status()]).toEqual([path, 403]);
    }
  });
});
