// HR's cycles through the pages, in Chromium on the real engine: an HR officer goes from the desk to the
// list of cycles and opens a CPNS cycle with two formations through the form; the API then reads the same
// formations, schedule and windows. A bad submission shows each of the API's messages beside its field,
// in a summary linking to them, and opens nothing; "Tambah baris formasi" keeps every value; the same code
// again is "sudah ada" beside the code; a PPPK cycle opens with JavaScript off; an employee gets 403.
// Every page axe-clean.
import type { Page } from 'playwright-core';
import { axeViolations, withoutJavaScript } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { openCycleThroughPage } from '../support/hr-pages-cycles';
import { cycleCode, type CycleSpec } from '../support/recruitment-plans';
import { signInThroughProvider } from '../support/staff-browser';
import { seedOrg } from '../workflows/appraisal-support/org';

const suite = browserSuite('hr-cycles-e2e');

const HOUR = 3_600_000;
const spec: CycleSpec = {
  code: cycleCode('CPNS-FORM'),
  kind: 'CPNS',
  title: 'Seleksi CPNS Kota Kupang 2026 (dibuka dari formulir)',
  formations: [
    {
      code: 'PRANATA-KOMPUTER',
      title: 'Pranata Komputer Ahli Pertama',
      unit: 'DISKOMINFO',
      type: 'umum',
      vacancies: 2,
    },
    { code: 'DOKTER-UMUM', title: 'Dokter Ahli Pertama', unit: 'DINKES', type: 'cumlaude', vacancies: 1 },
  ],
  registrationMs: HOUR,
  schedule: { appealWindow: 'PT3S', appealAnswerWindow: 'PT10S', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT5S', documentReminderBefore: 'PT2M' } },
};

async function cycleCodes(): Promise<string[]> {
  const r = await suite.api.hr.GET('/api/v1/recruitment/cycles');
  return r.data!.cycles.map((c) => c.code);
}

const textOf = (page: Page, selector: string) => page.locator(selector).textContent();

/** A field with its message beside it: invalid, and described by the message. */
async function expectBeside(page: Page, field: string, message: string) {
  await expect(textOf(page, `#${field}-error`)).resolves.toBe(message);
  await expect(page.locator(`#${field}`).getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.locator(`#${field}`).getAttribute('aria-describedby')).resolves.toContain(
    `${field}-error`,
  );
}

describe("HR's cycles on the pages", () => {
  it('opens a CPNS cycle with two formations through the form, as the API then reads it', async () => {
    const { page, problems } = await suite.signedIn('hr-1', '/hr');
    await page.getByRole('link', { name: 'Seleksi (daftar dan buka seleksi baru)' }).click();
    expect(new URL(page.url()).pathname).toBe('/hr/recruitment');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Buka seleksi baru' }).click();
    expect(new URL(page.url()).pathname).toBe('/hr/recruitment/cycles/new');
    // Each default beside its field, with its rule set and source.
    await expect(textOf(page, '#appealWindow-hint')).resolves.toBe(
      'Bawaan: 3 hari (aturan cpns-2024; sumber: KepmenPANRB 320/2024, masa sanggah).',
    );
    await expect(textOf(page, '#passing-tkp-hint')).resolves.toBe(
      'Bawaan: 166 (aturan cpns-2024; sumber: KepmenPANRB 321/2024, nilai ambang batas SKD).',
    );
    await expect(textOf(page, '#skdWeight-hint')).resolves.toContain('Bawaan: 0,4');
    expect(await axeViolations(page)).toEqual([]);

    const opensAt = await openCycleThroughPage(page, suite.engine.baseUrl, spec);
    expect(await page.locator('main').innerHTML()).toContain(`${spec.title} (${spec.code}) sudah dibuka.`);

    const cycle = (
      await suite.api.hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code: spec.code } } })
    ).data!;
    expect(cycle).toMatchObject({ code: spec.code, kind: 'CPNS', title: spec.title, ruleSetId: 'cpns-2024' });
    expect(cycle.formations).toEqual(spec.formations);
    expect(Date.parse(cycle.schedule.registrationOpensAt)).toBe(opensAt);
    expect(Date.parse(cycle.schedule.registrationClosesAt)).toBe(opensAt + HOUR);
    // The windows are the cycle's rules (the API's cycle view does not carry them): read from its record.
    const record = await suite.engine.db.models.cycles.findById(spec.code, { rules: 1 }).lean();
    expect(record!.rules.windows).toMatchObject({ ...spec.schedule, ...spec.rules.windows });
    expect(record!.rules.windows.confirmationWindow).toBe('P1D');

    // The list, newest first, with its phase as the read model has it once registration opened.
    await suite.api.untilPhase(spec.code, 'registration', 30_000);
    const firstRow = await eventually(
      async () => {
        await page.goto(`${suite.engine.baseUrl}/hr/recruitment`);
        return (await page.locator('#cycles tbody tr').first().textContent()) ?? '';
      },
      (row) => row.includes('pendaftaran'),
    );
    expect(firstRow).toContain(`${spec.code}${spec.title}CPNSpendaftaran`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: spec.code, exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/hr/recruitment/cycles/${spec.code}`);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('shows each problem of a bad submission beside its field and opens nothing', async () => {
    const before = await cycleCodes();
    const { page, problems } = await suite.signedIn('hr-1', '/hr/recruitment/cycles/new');
    const code = cycleCode('CPNS-BAD');
    await page.locator('#code').fill(code);
    // Longer than the browser lets anyone type: the API's own limit answers.
    await page.locator('#title').evaluate((el) => el.removeAttribute('maxlength'));
    await page.locator('#title').fill('S'.repeat(201));
    for (const i of [0, 1]) {
      await page.locator(`#f${i}-code`).fill('PRANATA-KOMPUTER');
      await page.locator(`#f${i}-title`).fill('Pranata Komputer Ahli Pertama');
      await page.locator(`#f${i}-unit`).fill('DISKOMINFO');
    }
    await page.locator('#f0-vacancies').fill('2');
    await page.locator('#f1-vacancies').fill('0');
    await page.locator('#opensAt').fill('2027-03-21T08:00');
    await page.locator('#closesAt').fill('2027-03-01T08:00:30');
    // Enter in a field sends the form to open the cycle (its default button), not to add a row.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('#f1-vacancies').press('Enter'),
    ]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState('load');

    await expectBeside(page, 'title', 'title must be at most 200 characters');
    await expectBeside(page, 'f1-vacancies', 'vacancies must be a whole number above 0');
    await expectBeside(page, 'f1-code', 'formation code PRANATA-KOMPUTER appears more than once');
    await expectBeside(page, 'closesAt', 'registration must close after it opens');
    const links = await page
      .locator('.error-summary a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(['#closesAt', '#f1-code', '#f1-vacancies', '#title']);
    await expect(textOf(page, '.error-summary a[href="#f1-vacancies"]')).resolves.toBe(
      'Formasi 2: Jumlah kebutuhan: vacancies must be a whole number above 0',
    );
    // The form keeps what was sent; nothing was opened.
    await expect(page.locator('#code').inputValue()).resolves.toBe(code);
    await expect(page.locator('#closesAt').inputValue()).resolves.toBe('2027-03-01T08:00:30');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cycleCodes()).toEqual(before);
    // A body of more fields than any form of HR's has is refused as the sender's error, not a 500.
    const csrf = (await page.locator('input[name=_csrf]').first().getAttribute('value'))!;
    const flood = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}-code`, 'X']));
    const flooded = await page.context().request.post(`${suite.engine.baseUrl}/hr/recruitment/cycles/new`, {
      form: { _csrf: csrf, action: 'create', rows: '500', ...flood },
    });
    expect(flooded.status()).toBe(413);
    expect(await cycleCodes()).toEqual(before);
    // The browser reports the 400 itself; nothing else (no CSP violation).
    expect(problems.consoleErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it('names a rule set that does not hold together beside the rules, and opens nothing', async () => {
    const { page } = await suite.signedIn('hr-1', '/hr/recruitment/cycles/new');
    const before = await cycleCodes();
    await page.locator('#code').fill(cycleCode('CPNS-RULES'));
    await page.locator('#title').fill('Seleksi dengan bobot yang salah');
    await page.locator('#f0-code').fill('ANALIS-SDM');
    await page.locator('#f0-title').fill('Analis SDM Aparatur Ahli Pertama');
    await page.locator('#f0-unit').fill('BKPSDM');
    await page.locator('#f0-vacancies').fill('1');
    await page.locator('#opensAt').fill('2027-03-01T08:00');
    await page.locator('#closesAt').fill('2027-03-21T23:59');
    await page.locator('#skdWeight').fill('0,5');
    await page.locator('#skbWeight').fill('0,6');
    await page.getByRole('button', { name: 'Buka seleksi', exact: true }).click();
    await expect(textOf(page, '#rules-error')).resolves.toBe(
      'final: SKD weight 0.5 and SKB weight 0.6 must add up to 1',
    );
    await expect(page.locator('#skdWeight').inputValue()).resolves.toBe('0,5');
    expect(await axeViolations(page)).toEqual([]);
    expect(await cycleCodes()).toEqual(before);
  });

  it('adds a formation row and keeps every value the form holds', async () => {
    const { page } = await suite.signedIn('hr-1', '/hr/recruitment/cycles/new');
    await expect(page.locator('fieldset.formation-row').count()).resolves.toBe(3);
    await page.locator('#code').fill('CPNS-ROWS');
    await page.locator('#title').fill('Seleksi dengan banyak formasi');
    await page.locator('#f0-code').fill('ANALIS-SDM');
    await page.locator('#f0-type').selectOption('disabilitas');
    await page.locator('#f0-vacancies').fill('4');
    await page.locator('#opensAt').fill('2027-03-01T08:00:15');
    await page.locator('#documentWindow').fill('45');
    await page.locator('#documentWindow-unit').selectOption('jam');
    await page.locator('#skbCutMultiplier').fill('4');
    const before = await cycleCodes();
    await page.getByRole('button', { name: 'Tambah baris formasi' }).click();
    await page.locator('#f3-code').waitFor();

    await expect(page.locator('fieldset.formation-row').count()).resolves.toBe(4);
    const kept = await Promise.all(
      ['#code', '#title', '#f0-code', '#f0-type', '#f0-vacancies', '#opensAt', '#documentWindow'].map((s) =>
        page.locator(s).inputValue(),
      ),
    );
    expect(kept).toEqual([
      'CPNS-ROWS',
      'Seleksi dengan banyak formasi',
      'ANALIS-SDM',
      'disabilitas',
      '4',
      '2027-03-01T08:00:15',
      '45',
    ]);
    await expect(page.locator('#documentWindow-unit').inputValue()).resolves.toBe('jam');
    await expect(page.locator('#skbCutMultiplier').inputValue()).resolves.toBe('4');
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await cycleCodes()).toEqual(before);
  });

  it('says "sudah ada" beside the code when a cycle with that code exists, and opens no second one', async () => {
    const { page } = await suite.signedIn('hr-1', '/hr/recruitment/cycles/new');
    const before = await cycleCodes();
    expect(before).toContain(spec.code);
    await expect(
      openCycleThroughPage(page, suite.engine.baseUrl, { ...spec, title: 'Seleksi yang sama, dikirim lagi' }),
    ).rejects.toThrow(/sudah ada/);
    await expectBeside(
      page,
      'code',
      `Seleksi dengan kode ${spec.code} sudah ada; tidak ada yang dibuka lagi. Pilih kode lain.`,
    );
    await expect(page.getByRole('link', { name: `Lihat seleksi ${spec.code}` }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await cycleCodes()).toEqual(before);
    const cycle = await suite.api.hr.GET('/api/v1/recruitment/cycles/{code}', {
      params: { path: { code: spec.code } },
    });
    expect(cycle.data!.title).toBe(spec.title);
  });

  it('opens a PPPK cycle with JavaScript off', async () => {
    const p = await withoutJavaScript(suite.browser);
    try {
      p.context.setDefaultTimeout(30_000);
      await signInThroughProvider(p.page, suite.engine.baseUrl, 'hr-1', {
        path: '/hr/recruitment/cycles/new',
      });
      const pppk: CycleSpec = {
        ...spec,
        code: cycleCode('PPPK-FORM'),
        kind: 'PPPK',
        title: 'Seleksi PPPK Kota Kupang 2026',
        formations: [
          spec.formations[0]!,
          { ...spec.formations[1]!, type: 'umum' },
          { ...spec.formations[0]!, code: 'GURU' },
        ],
      };
      await openCycleThroughPage(p.page, suite.engine.baseUrl, pppk);
      expect(await p.page.locator('main').innerHTML()).toContain(
        `${pppk.title} (${pppk.code}) sudah dibuka.`,
      );
      const cycle = (
        await suite.api.hr.GET('/api/v1/recruitment/cycles/{code}', { params: { path: { code: pppk.code } } })
      ).data!;
      expect(cycle).toMatchObject({ kind: 'PPPK', ruleSetId: 'pppk-2024' });
      expect(cycle.formations.map((f) => f.code)).toEqual(['PRANATA-KOMPUTER', 'DOKTER-UMUM', 'GURU']);
    } finally {
      await p.context.close();
    }
  });

  it('refuses an employee the cycles and the form', async () => {
    const org = await seedOrg(suite.engine.db.models, 'hrcycles');
    const { context } = await suite.signedIn(org.staff[0]!.nip, '/me');
    for (const path of ['/hr/recruitment', '/hr/recruitment/cycles/new']) {
      const r = await context.request.get(`${suite.engine.baseUrl}${path}`);
      expect(r.status()).toBe(403);
    }
    const before = await cycleCodes();
    const posted = await context.request.post(`${suite.engine.baseUrl}/hr/recruitment/cycles/new`, {
      form: { action: 'create', code: 'CPNS-EMPLOYEE' },
    });
    expect(posted.status()).toBe(403);
    expect(await cycleCodes()).toEqual(before);
  });
});
