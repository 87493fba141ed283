// The `/me` inbox and who may see what, in Chromium on the real engine with a compressed year: a task past
// its due date is marked overdue on its assignee's inbox and, once escalated, shows on the assignee's
// superior's inbox; "my team" lists each report's state and what waits, as the API's team read does;
// feedback goes through the appraiser's form. A supervisor outside the reporting line and an employee are
// refused a colleague's year (403), and forged or misdirected forms change nothing. Every page axe-clean.
import type { Page } from 'playwright-core';
import { answer, must } from '../../api/client';
import { axeViolations } from '../support/browser';
import { browserSuite, type OpenedPage } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { apiAs, openCompressedYear, openTasksOf } from '../support/me-pages-driver';
import { seedOrg, type TestOrg } from '../workflows/appraisal-support/org';

const suite = browserSuite('me-inbox-access');
// A year label of this file's own: the Temporal server is shared with the other test files.
const year = new Date().getUTCFullYear() + 18;
let org: TestOrg;
let other: TestOrg;

const clean = async (p: OpenedPage) => {
  expect(await axeViolations(p.page)).toEqual([]);
  expect(p.problems.consoleErrors).toEqual([]);
};
const text = (page: Page, selector: string) => page.locator(selector).innerText();
const csrfOf = (page: Page) => page.locator('input[name="_csrf"]').first().inputValue();

beforeAll(async () => {
  [org, other] = [
    await seedOrg(suite.engine.db.models, 'meinbox', 2),
    await seedOrg(suite.engine.db.models, 'meother', 1),
  ];
  await openCompressedYear(suite.engine.baseUrl, {
    year,
    unitCode: org.unitCode,
    planningMs: 6_000,
    periodMs: 60_000,
  });
});

describe('the /me inbox and access to a year', () => {
  it('marks an overdue task on its assignee’s inbox and shows its escalation on the superior’s', async () => {
    const base = suite.engine.baseUrl;
    const [a, b] = org.staff as [TestOrg['staff'][0], TestOrg['staff'][0]];
    // A drafts at once; B never does, so B's draft and then the appraiser's approval of A's go late.
    await eventually(
      () => openTasksOf(base, year, a.nip),
      (t) => t.length === 1,
    );
    await must(
      200,
      (await apiAs(base, a.nip)).PUT('/api/v1/appraisal/{year}/employees/{nip}/skp', {
        params: { path: { year, nip: a.nip } },
        body: { results: [{ description: 'Layanan mutasi', indicator: 'Berkas selesai', target: '100%' }] },
      }),
    );
    const escalated = (nip: string) =>
      eventually(
        () => openTasksOf(base, year, nip),
        (t) => t.length === 1 && t[0]!.escalated,
        60_000,
      );
    const [approval] = await escalated(a.nip);
    const [draftOfB] = await escalated(b.nip);
    expect(approval).toMatchObject({ type: 'skp-approval', overdue: true, assigneeNip: org.kasubbid.nip });
    expect(draftOfB).toMatchObject({ type: 'skp-draft', overdue: true, escalatedTo: org.kasubbid.name });

    // The late employee: their own task, overdue and escalated.
    const emp = await suite.signedIn(b.nip, '/me');
    const own = emp.page.locator(`#task-${draftOfB!.id}`);
    expect(await own.innerText()).toMatch(
      /Menyusun SKP: Staf B Lede, tahun \d{4} · batas .+ WITA · terlambat/,
    );
    expect(await own.innerText()).toContain(`dieskalasikan ke ${org.kasubbid.name}`);
    await expect(emp.page.locator('#escalations').count()).resolves.toBe(0);
    await clean(emp);

    // The appraiser: their own late approval, and their report's late draft escalated to them.
    const app = await suite.signedIn(org.kasubbid.nip, '/me');
    expect(await app.page.locator(`#task-${approval!.id}`).innerText()).toMatch(
      /Menyetujui atau mengembalikan SKP: Staf A Lede, tahun \d{4} · batas .+ WITA · terlambat/,
    );
    expect(await text(app.page, '#escalations')).toContain('Tugas Staf B Lede:');
    expect(await text(app.page, `#escalation-${draftOfB!.id}`)).toContain('Menyusun SKP');
    await clean(app);
    // The appraiser's superior: the late approval escalated to them, not the employee's draft.
    const sup = await suite.signedIn(org.kabid.nip, '/me');
    expect(await text(sup.page, `#escalation-${approval!.id}`)).toContain(
      `Tugas ${org.kasubbid.name}: Menyetujui atau mengembalikan SKP: Staf A Lede`,
    );
    await expect(sup.page.locator(`#escalation-${draftOfB!.id}`).count()).resolves.toBe(0);
    await clean(sup);

    // ---- My team: each report's state and what waits, as the API's team read -----------------------
    await app.page.getByRole('link', { name: 'Tim saya' }).click();
    const rows = app.page.locator('#team tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Staf A Lede');
    expect(await rows.nth(0).innerText()).toContain('Perencanaan SKP');
    expect(await rows.nth(0).innerText()).toContain('Menyetujui atau mengembalikan SKP');
    expect(await rows.nth(1).innerText()).toContain('Staf B Lede');
    expect(await rows.nth(1).innerText()).toContain('tidak ada');
    await clean(app);
    const team = await must(
      200,
      (await apiAs(base, org.kasubbid.nip)).GET('/api/v1/appraisal/{year}/team', {
        params: { path: { year } },
      }),
    );
    expect(team.members.map((m) => [m.name, m.phase, m.tasks.map((t) => t.id)])).toEqual([
      ['Staf A Lede', 'planning', [approval!.id]],
      ['Staf B Lede', 'planning', []],
    ]);

    // ---- Feedback through the appraiser's form, on the employee's own page ------------------------
    await app.page.getByRole('link', { name: 'Staf A Lede' }).click();
    await app.page.getByLabel('Catatan umpan balik baru').fill('Percepat verifikasi berkas mutasi');
    await app.page.getByRole('button', { name: 'Simpan umpan balik' }).click();
    expect(await text(app.page, '#notice')).toBe('Umpan balik tersimpan.');
    expect(await text(app.page, '#feedback')).toContain('Percepat verifikasi berkas mutasi');
    await clean(app);
    const mine = await suite.signedIn(a.nip, `/me/appraisal/${year}`);
    expect(await text(mine.page, '#feedback')).toContain('Percepat verifikasi berkas mutasi');
    await clean(mine);
  });

  it('refuses a colleague’s year to a supervisor outside the line and to an employee, and forged forms', async () => {
    const base = suite.engine.baseUrl;
    const [a, b] = org.staff as [TestOrg['staff'][0], TestOrg['staff'][0]];
    const theirYear = `/me/team/${year}/${a.nip}`;
    const [approval] = await openTasksOf(base, year, a.nip);
    const before = await suite.engine.db.models.appraisalRecords.findById(`${year}/${a.nip}`).lean();

    // A supervisor of another unit, and the head three levels above: not in the line that may see it.
    for (const outsider of [other.kasubbid, org.head]) {
      const p = await suite.signedIn(outsider.nip, '/me');
      const r = await p.page.goto(`${base}${theirYear}`);
      expect(r?.status()).toBe(403);
      expect(await text(p.page, 'main')).toContain('Halaman ini bukan untuk akun Anda.');
      expect(await axeViolations(p.page)).toEqual([]);
      const api = await answer(
        (await apiAs(base, outsider.nip)).GET('/api/v1/appraisal/{year}/employees/{nip}', {
          params: { path: { year, nip: a.nip } },
        }),
      );
      expect(api.status).toBe(403);
    }

    // An employee: their colleague's year, a completion of the colleague's appraiser's task, feedback.
    const emp = await suite.signedIn(b.nip, `/me/appraisal/${year}`);
    expect(await text(emp.page, 'h1')).toBe(`Penilaian kinerja ${year}`);
    expect(await text(emp.page, 'main')).toContain(`NIP ${b.nip}`);
    expect(await text(emp.page, 'main')).not.toContain(a.nip);
    const r = await emp.page.goto(`${base}${theirYear}`);
    expect(r?.status()).toBe(403);
    expect(await axeViolations(emp.page)).toEqual([]);
    await emp.page.goto(`${base}/me`);
    const _csrf = await csrfOf(emp.page);
    const post = (path: string, form: Record<string, string>) =>
      emp.context.request.post(`${base}${path}`, { form: { _csrf, ...form }, maxRedirects: 0 });
    expect(
      (await post(`${theirYear}/tasks/${approval!.id}`, { action: 'submit', decision: 'approve' })).status(),
    ).toBe(403);
    expect((await post(`${theirYear}/feedback`, { note: 'bukan atasan' })).status()).toBe(403);
    expect(
      (await emp.context.request.get(`${base}/me/tasks/${approval!.id}`, { maxRedirects: 0 })).status(),
    ).toBe(403);

    // The appraiser: a task of another record on this page, a forged field, a missing token, bad addresses.
    const app = await suite.signedIn(org.kasubbid.nip, theirYear);
    const appCsrf = await csrfOf(app.page);
    const [draftOfB] = await openTasksOf(base, year, b.nip);
    const appPost = (path: string, form: Record<string, string>) =>
      app.context.request.post(`${base}${path}`, { form, maxRedirects: 0 });
    expect(
      (await appPost(`${theirYear}/tasks/${draftOfB!.id}`, { _csrf: appCsrf, action: 'submit' })).status(),
    ).toBe(404);
    const forged = await appPost(`${theirYear}/tasks/${approval!.id}`, {
      _csrf: appCsrf,
      decision: 'approve',
      approved: 'true',
    });
    expect(forged.status()).toBe(400);
    expect(await forged.text()).toContain('Formulir ini tidak dikenal. Tidak ada yang diubah.');
    const tooLong = await appPost(`${theirYear}/feedback`, { _csrf: appCsrf, note: 'x'.repeat(2001) });
    expect(tooLong.status()).toBe(400);
    expect(await tooLong.text()).toContain('Paling banyak 2000 karakter.');
    expect(
      (
        await appPost(`${theirYear}/tasks/${approval!.id}`, { decision: 'approve', action: 'submit' })
      ).status(),
    ).toBe(403);
    expect((await app.context.request.get(`${base}/me/team/${year}/12345`)).status()).toBe(404);
    expect((await app.context.request.get(`${base}/me/appraisal/1999`)).status()).toBe(404);

    // Nothing of it changed the year: the approval is still open, no feedback or SKP decision added.
    expect((await openTasksOf(base, year, a.nip)).map((t) => t.id)).toEqual([approval!.id]);
    const after = await suite.engine.db.models.appraisalRecords.findById(`${year}/${a.nip}`).lean();
    expect([after?.skps, after?.feedback]).toEqual([before?.skps, before?.feedback]);
  });
});
