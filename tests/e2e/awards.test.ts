// The awards round in Chromium on the real engine (Temporal dev server, FerretDB, SMTP capture): a closed
// appraisal year's results (written as the appraisal writes them: the year itself runs in
// appraisal-year.test.ts) give a unit's eligible list; HR starts the round on the committee page (refused
// for a year not closed yet); someone who is not the unit head is refused a forged nomination (page and
// API, nothing changed); the unit head nominates on /me/awards (a reason without an employee is said
// beside its field); HR moves the committee's due date, and another officer gives the award with a reason
// with JavaScript off; the employee is emailed and reads the decision on their page; the awards list
// downloads as CSV; an employee gets 403 on HR's page. Every page axe-clean, without a console error.
import { answer, createApiClient } from '../../api/client';
import { axeViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { staffToken } from '../support/identity';
import { signInThroughProvider } from '../support/staff-browser';
import { mailTo } from '../support/servers';
import { seedOrg, type TestOrg } from '../workflows/appraisal-support/org';
import type { Predikat } from '../../domain/appraisal/rule-sets';
import type { Page } from 'playwright-core';

const suite = browserSuite('awards-e2e');
const year = new Date().getUTCFullYear() - 1;

/** The year's appraisal read model as a closed year leaves it: the year and each final predikat. */
async function closedYear(org: TestOrg, predikat: Map<string, Predikat>, y = year, phase = 'closed') {
  const { models } = suite.engine.db;
  await models.appraisalYears.create({
    _id: y,
    config: {},
    phase,
    employees: org.all.length,
    startedAt: new Date(),
    seq: 1,
  });
  for (const e of org.all)
    await models.appraisalRecords.create({
      _id: `${y}/${e.nip}`,
      year: y,
      nip: e.nip,
      name: e.name,
      unitCode: e.unitCode,
      level: e.level,
      workflowId: `appraisal/${y}/${e.nip}`,
      phase: 'done',
      predikat: predikat.get(e.nip) ?? 'baik',
      seq: 1,
    });
}

async function clean(page: Page, problems: { consoleErrors: string[] }) {
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
}

describe('awards on the pages', () => {
  it('a unit head nominates, HR decides, the employee is told; others are refused', async () => {
    const t0 = Date.now();
    const { engine } = suite;
    const org = await seedOrg(engine.db.models, `awards-${Date.now() % 1e5}`, 3);
    const [winner, other] = [org.staff[0]!, org.staff[1]!];
    await closedYear(
      org,
      new Map<string, Predikat>([
        [winner.nip, 'sangat-baik'],
        [other.nip, 'sangat-baik'],
      ]),
    );
    await closedYear(org, new Map(), year - 5, 'objection');
    const awardsUrl = `${engine.baseUrl}/hr/appraisal/years/${year}/awards`;

    // HR: a year still in its objection phase is refused; the closed one starts.
    const hr = await suite.signedIn('hr-1', `/hr/appraisal/years/${year - 5}/awards`);
    await hr.page.getByRole('button', { name: 'Mulai proses penghargaan' }).click();
    await expect(hr.page.locator('#start-error').textContent()).resolves.toContain('is not closed yet');
    // The refusal is a 409 page, which the browser logs: expected, and nothing else may be logged.
    expect(hr.problems.consoleErrors.splice(0)).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await hr.page.goto(awardsUrl);
    await expect(hr.page.locator('#not-started').textContent()).resolves.toContain('belum dimulai');
    await clean(hr.page, hr.problems);
    await hr.page.getByRole('button', { name: 'Mulai proses penghargaan' }).click();
    await expect(hr.page.getByRole('status').textContent()).resolves.toBe('Proses penghargaan dimulai.');
    const unitRow = await eventually(
      async () => {
        await hr.page.reload();
        return (await hr.page.locator('#units tbody tr').allTextContents()).join('|');
      },
      (t) => t.includes(org.unitCode),
    );
    expect(unitRow).toContain(org.head.name);
    expect(await hr.page.locator('#units tbody td').nth(1).textContent()).toBe('2');

    // Someone who is not the unit head (the head of division) has nothing to nominate and is refused.
    const kabid = await suite.signedIn(org.kabid.nip, '/me/awards');
    await expect(kabid.page.locator('#no-nominations').textContent()).resolves.toContain('Tidak ada usulan');
    await clean(kabid.page, kabid.problems);
    // The session's form token, from the sign-out form of /me: the forged form is otherwise genuine.
    await kabid.page.goto(`${engine.baseUrl}/me`);
    const csrf = await kabid.page.locator('input[name=_csrf]').first().getAttribute('value');
    const forged = await kabid.context.request.post(`${engine.baseUrl}/me/awards`, {
      form: {
        _csrf: csrf!,
        year: String(year),
        unit: org.unitCode,
        nip1: other.nip,
        reason1: 'Saya usulkan',
      },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('Usulan untuk unit ini tidak terbuka bagi Anda.');
    const api = createApiClient({ baseUrl: engine.baseUrl, token: await staffToken({ nip: org.kabid.nip }) });
    const viaApi = await answer(
      api.POST('/api/v1/appraisal/years/{year}/awards/units/{unitCode}/nominations', {
        params: { path: { year, unitCode: org.unitCode } },
        body: { nominations: [{ nip: other.nip, reason: 'Saya usulkan' }] },
      }),
    );
    expect(viaApi.status).toBe(403);
    // ...nor through the inbox's completion of the head's task.
    const hrApi = createApiClient({ baseUrl: engine.baseUrl, token: await staffToken({ role: 'hr' }) });
    const inbox = await answer(
      hrApi.GET('/api/v1/tasks', { params: { query: { type: 'award-nomination', status: 'open', year } } }),
    );
    const headTask = inbox.json.tasks.find((t: { unitCode: string | null }) => t.unitCode === org.unitCode)!;
    expect(headTask).toMatchObject({ process: 'awards', assigneeNip: org.head.nip });
    const viaInbox = await answer(
      api.POST('/api/v1/tasks/{id}/complete', {
        params: { path: { id: headTask.id } },
        body: { nominations: [{ nip: other.nip, reason: 'Saya usulkan' }] },
      }),
    );
    expect(viaInbox.status).toBe(403);
    expect((await engine.db.models.awards.findById(`${year}/${other.nip}`).lean())?.status).toBe('eligible');

    // The unit head nominates on their page: a reason without an employee is said beside it first.
    const head = await suite.signedIn(org.head.nip, '/me/awards');
    const form = head.page.locator('form.decision');
    await expect(head.page.locator(`#u-${org.unitCode}-eligible tbody tr`).count()).resolves.toBe(2);
    await clean(head.page, head.problems);
    await head.page.getByLabel('Alasan', { exact: true }).fill('Pelayanan kenaikan pangkat tercepat di kota');
    await form.getByRole('button', { name: 'Kirim usulan' }).click();
    await expect(head.page.locator(`#u-${org.unitCode}-nip1-error`).textContent()).resolves.toBe(
      'Pilih pegawai untuk usulan yang beralasan ini.',
    );
    await expect(head.page.getByLabel('Alasan', { exact: true }).inputValue()).resolves.toBe(
      'Pelayanan kenaikan pangkat tercepat di kota',
    );
    expect(head.problems.consoleErrors.splice(0)).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    await clean(head.page, head.problems);
    await head.page.getByLabel('Pegawai', { exact: true }).selectOption(winner.nip);
    await head.page.getByRole('button', { name: 'Kirim usulan' }).click();
    await expect(head.page.getByRole('status').textContent()).resolves.toContain('terkirim (1 pegawai)');
    await expect(head.page.locator('#no-nominations').textContent()).resolves.toContain('Tidak ada usulan');

    // HR moves the committee's due date (as any task's); then gives the award, with a reason.
    const decisionTask = await eventually(
      async () =>
        (
          await answer(
            hrApi.GET('/api/v1/tasks', {
              params: { query: { type: 'award-decision', status: 'open', year } },
            }),
          )
        ).json.tasks.find((t: { subjectNip: string | null }) => t.subjectNip === winner.nip),
      (t) => !!t,
    );
    const dueAt = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const extended = await answer(
      hrApi.POST('/api/v1/tasks/{id}/extension', {
        params: { path: { id: decisionTask!.id } },
        body: { dueAt, reason: 'Rapat tim penilai diundur' },
      }),
    );
    expect(extended).toMatchObject({ status: 200, json: { dueAt } });
    await hr.page.reload();
    const item = hr.page.locator('#open li');
    await expect(item.textContent()).resolves.toContain('Pelayanan kenaikan pangkat tercepat di kota');
    await clean(hr.page, hr.problems);
    // Another officer of the committee decides, with JavaScript off: the form needs none.
    const desk = await suite.open({ javaScript: false });
    await signInThroughProvider(desk.page, engine.baseUrl, 'hr-2', {
      path: `/hr/appraisal/years/${year}/awards`,
    });
    const form2 = desk.page.locator('#open li');
    await form2.getByLabel('Berikan penghargaan').check();
    await form2.getByLabel('Alasan').fill('Inovasi layanan yang ditiru unit lain');
    await form2.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expect(desk.page.getByRole('status').textContent()).resolves.toBe(
      `Keputusan untuk ${winner.name} disimpan: Menerima penghargaan.`,
    );
    await hr.page.reload();
    const rows = await hr.page.locator('#all tbody tr').allTextContents();
    expect(rows.find((r) => r.includes(winner.nip))).toContain('Inovasi layanan yang ditiru unit lain');
    expect(rows.find((r) => r.includes(other.nip))).toContain('Memenuhi syarat');
    await expect(
      eventually(
        async () => {
          await hr.page.reload();
          return hr.page.locator('#phase').textContent();
        },
        (t) => t === 'Tahap: selesai',
      ),
    ).resolves.toBe('Tahap: selesai');
    await clean(hr.page, hr.problems);
    const csv = await hr.context.request.get(`${awardsUrl}/export.csv`);
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="penghargaan-${year}.csv"`);
    const text = await csv.text();
    expect(text).toContain(`${winner.nip};${winner.name};${org.unitCode};Sangat Baik;Menerima penghargaan`);
    expect(text).toContain('Inovasi layanan yang ditiru unit lain');

    // The employee is told by email and reads the decision on their page.
    const mail = await eventually(
      () => mailTo(winner.email),
      (m) => m.length > 0,
    );
    expect(mail.map((m) => m.subject)).toEqual([`Selamat: Anda menerima penghargaan tahun ${year}`]);
    expect(mail[0]!.text).toContain('Alasan: Inovasi layanan yang ditiru unit lain');
    const me = await suite.signedIn(winner.nip, '/me/awards');
    await expect(me.page.locator('.award-status').textContent()).resolves.toBe('Menerima penghargaan');
    await expect(me.page.locator('.award-reason').textContent()).resolves.toBe(
      'Inovasi layanan yang ditiru unit lain',
    );
    await clean(me.page, me.problems);
    // The year's page shows it too, and HR's results file carries it.
    await me.page.goto(`${engine.baseUrl}/me/appraisal/${year}`);
    await expect(me.page.locator('.award-status').textContent()).resolves.toBe('Menerima penghargaan');
    await clean(me.page, me.problems);
    const results = await (
      await hr.context.request.get(`${engine.baseUrl}/hr/appraisal/years/${year}/results.csv`)
    ).text();
    const [header, ...lines] = results.trim().split(/\r?\n/);
    const award = header!.split(';').indexOf('PENGHARGAAN');
    expect(award).toBeGreaterThan(0);
    expect(lines.find((l) => l.startsWith(winner.nip))?.split(';')[award]).toBe('Menerima penghargaan');
    // ...and gets 403 on HR's page; the other eligible employee, not nominated, sees no award of theirs.
    expect((await me.context.request.get(awardsUrl, { maxRedirects: 0 })).status()).toBe(403);
    const mine = await answer(
      createApiClient({ baseUrl: engine.baseUrl, token: await staffToken({ nip: other.nip }) }).GET(
        '/api/v1/appraisal/{year}/employees/{nip}/award',
        { params: { path: { year, nip: winner.nip } } },
      ),
    );
    expect(mine.status).toBe(403);
    process.stderr.write(`[awards e2e] ${Math.round((Date.now() - t0) / 1000)} s\n`);
  }, 240_000);
});
