// The candidate's pages in a real browser (Debian's Chromium through playwright-core) on the real engine:
// a PPPK cycle run over the API, two candidates whose links are read from the captured email. One opens
// the confirmation link (which confirms the application and leaves the address bar), sees the timeline,
// files an appeal while the window is open and is refused a second one, and withdraws with JavaScript
// turned off; the other asks for their link again. Every page is weighed from the browser's resource
// timings, checked with axe-core, read in Indonesian and in English, and works without JavaScript. A
// candidate's session reaches no other candidate's record and no staff page; a form without its CSRF token
// is refused and changes nothing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, pageWeight, withoutJavaScript } from '../support/browser';
import { linkToken, personalLink } from '../support/confirmation';
import { startTestEngine, type TestEngine } from '../support/engine';
import { eventually } from '../support/eventually';
import { RecruitmentApi } from '../support/recruitment-client';
import {
  applicationBody,
  cycleCode,
  reasons,
  type CandidatePlan,
  type CycleSpec,
} from '../support/recruitment-plans';
import { apply, createCycle, screenAndAnnounce } from '../support/recruitment-stages';
import { mailTo } from '../support/servers';
import { signInThroughProvider } from '../support/staff-browser';
import { must } from '../../api/client';

let engine: TestEngine;
let api: RecruitmentApi;
let browser: Browser;
const opened: BrowserContext[] = [];

beforeAll(async () => {
  [engine, browser] = await Promise.all([startTestEngine('candidate-pages-e2e'), launchBrowser()]);
  api = await RecruitmentApi.connect(engine.baseUrl);
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await browser?.close();
  await engine?.stop();
});

const GM = 'GURU-MATEMATIKA';
const spec: CycleSpec = {
  code: cycleCode('PPPK-PAGES'),
  kind: 'PPPK',
  title: 'Seleksi PPPK Guru Kota Kupang 2026',
  formations: [
    { code: GM, title: 'Guru Ahli Pertama Matematika', unit: 'DISDIKBUD', type: 'umum', vacancies: 1 },
  ],
  registrationMs: 25_000,
  // Long enough for a browser on two busy cores to read the page and file an appeal in it.
  schedule: { appealWindow: 'PT3M', appealAnswerWindow: 'PT5M', documentWindow: 'PT10M' },
  rules: { windows: { appealAnswerReminderBefore: 'PT1M', documentReminderBefore: 'PT2M' } },
};
const appellant: CandidatePlan = {
  key: 'W01',
  name: 'Maria Ndun',
  formation: GM,
  birthDate: '1994-03-08',
  gpa: 3.2,
  tms: true,
};
const other: CandidatePlan = {
  key: 'W02',
  name: 'Yohanes Tefa',
  formation: GM,
  birthDate: '1993-09-21',
  gpa: 3.4,
};

let t0 = Date.now();
/** Where the test is, with the seconds since it started (the run's time is printed at the end). */
const step = (what: string) =>
  process.stderr.write(`[candidate pages ${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}\n`);
const path = (url: string) => new URL(url).pathname + new URL(url).search;
const pages: { name: string; weight: number }[] = [];

/** A fresh context (empty cache, no cookies), kept for closing. */
async function open(javaScript = true) {
  const p = javaScript ? await newPage(browser) : await withoutJavaScript(browser);
  opened.push(p.context);
  // A browser action fails after 30 s, saying what it waited for, rather than at the test's timeout.
  p.context.setDefaultTimeout(30_000);
  return p;
}

/** Every candidate page: under 100 KB in all, no axe-core violation, no console error (a CSP refusal among them). */
async function checkPage(name: string, page: Page, consoleErrors: string[]) {
  const weight = await pageWeight(page);
  pages.push({ name, weight: weight.total });
  expect(weight.total).toBeGreaterThan(0);
  expect(weight.total).toBeLessThan(100_000);
  expect(await axeViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
}

/** The form token of the page's session, as its forms carry it. */
const csrfOf = (page: Page) => page.locator('input[name=_csrf]').first().getAttribute('value');

describe('the candidate pages', () => {
  it('open the emailed link, show the timeline, take an appeal and a withdrawal, and send a link again', async () => {
    const started = Date.now();
    t0 = started;
    await createCycle(api, spec);
    step('cycle open');

    // W01 applies over the API and confirms by opening the emailed link in the browser.
    const body = applicationBody(appellant);
    const applied = await must(
      201,
      api.anonymous.POST('/api/v1/recruitment/cycles/{code}/applications', {
        params: { path: { code: spec.code } },
        body,
      }),
    );
    const id = applied.applicationId;
    const [confirmation] = await eventually(
      () => mailTo(body.email),
      (m) => m.length >= 1,
    );
    const link = personalLink(confirmation!)!;
    expect(link.applicationId).toBe(id);
    expect((await api.application(id)).status).toBe('unconfirmed');

    const { page, problems, context } = await open();
    await page.goto(engine.baseUrl + link.path);
    // The token left the address bar: the exchange answered 303 to /candidate.
    expect(path(page.url())).toBe('/candidate');
    await expect(page.locator('h1').textContent()).resolves.toBe('Status lamaran Anda');
    await expect(page.locator('.notice').textContent()).resolves.toContain('sudah dikonfirmasi');
    await expect(page.locator('#status').textContent()).resolves.toBe('terdaftar');
    expect((await api.application(id)).status).toBe('registered');
    await expect(page.locator('#timeline li').first().textContent()).resolves.toMatch(/WITA: terdaftar/);
    await expect(page.locator('#emails').textContent()).resolves.toContain('Konfirmasi pendaftaran');
    await checkPage('status (registered)', page, problems.consoleErrors);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'sdm.sid')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    // English on the toggle, kept for the next page.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Your application');
    await expect(page.locator('#status').textContent()).resolves.toBe('registered');
    await checkPage('status (English)', page, problems.consoleErrors);
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Status lamaran Anda');

    step('English toggle checked');
    // W02 applies and confirms through the API helper (the link's token on the confirmation route).
    const second = await apply(api, spec.code, other);

    // The session is no key to another candidate's record, to the API, or to a staff page.
    const apiWithCookie = await context.request.get(
      `${engine.baseUrl}/api/v1/recruitment/applications/${second.applicationId}`,
    );
    expect(apiWithCookie.status()).toBe(401);
    const staff = await context.request.get(`${engine.baseUrl}/hr`);
    expect(staff.status()).toBe(403);

    // A form without its CSRF token (or with another one) is refused and changes nothing.
    for (const form of [{ reason: 'forged' }, { reason: 'forged', _csrf: 'x'.repeat(64) }] as Record<
      string,
      string
    >[]) {
      const forged = await context.request.post(`${engine.baseUrl}/candidate/withdraw`, {
        form,
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);
      expect(await forged.text()).toContain('Tidak ada yang diubah');
    }
    expect((await api.application(id)).status).toBe('registered');

    step('session refusals checked');
    // Screening: W01 not eligible (TMS), announced; the appeal window opens on the page.
    await screenAndAnnounce(api, spec.code, [
      { plan: appellant, body, applicationId: id, token: link.token },
      second,
    ]);
    await api.untilDeadline(
      { plan: appellant, body, applicationId: id, token: link.token },
      'appeal-administration',
    );
    await page.reload();
    await expect(page.locator('#status').textContent()).resolves.toBe('tidak memenuhi syarat (TMS)');
    await expect(page.locator('#deadlines').textContent()).resolves.toMatch(
      /Sanggah hasil seleksi administrasi.*WITA \(sisa/,
    );
    await checkPage('status (appeal window open)', page, problems.consoleErrors);
    step('appeal window open');
    await page.getByLabel('Alasan sanggah').fill(reasons.appeal);
    await page.getByRole('button', { name: 'Kirim sanggah' }).click();
    expect(path(page.url())).toBe('/candidate');
    await expect(page.locator('.notice').textContent()).resolves.toContain('Sanggah Anda sudah diterima');
    await expect(page.locator('#appeals').textContent()).resolves.toContain('Menunggu jawaban BKPSDM');
    const appealed = await api.application(id);
    expect(appealed.appeals.administration).toMatchObject({ status: 'pending' });

    // HR, signed in through the provider, reads the appeal on the application's page.
    const desk = await open();
    await signInThroughProvider(desk.page, engine.baseUrl, 'hr-1', {
      path: `/hr/recruitment/applications/${id}`,
    });
    expect(path(desk.page.url())).toBe(`/hr/recruitment/applications/${id}`);
    await expect(desk.page.locator('#appeals').textContent()).resolves.toContain(reasons.appeal);
    await expect(desk.page.locator('#appeals').textContent()).resolves.toContain('Belum dijawab');
    expect(await axeViolations(desk.page)).toEqual([]);
    expect(desk.problems.consoleErrors).toEqual([]);

    // A second appeal for the stage: the command refuses (409), the page says so in Indonesian, nothing changes.
    const again = await context.request.post(`${engine.baseUrl}/candidate/appeal`, {
      form: { _csrf: (await csrfOf(page))!, stage: 'administration', reason: 'Sekali lagi.' },
      maxRedirects: 0,
    });
    expect(again.status()).toBe(409);
    expect(await again.text()).toContain('Sanggah tidak dapat diajukan');
    expect((await api.application(id)).appeals.administration).toEqual(appealed.appeals.administration);

    step('appeal filed and refused again');
    // The withdrawal's confirmation and the recovery form, weighed and checked (the driver's evaluation
    // needs JavaScript on; the pages have no script either way).
    await page.goto(`${engine.baseUrl}/candidate/withdraw`);
    await checkPage('withdrawal', page, problems.consoleErrors);
    await page.goto(`${engine.baseUrl}/candidate/recover`);
    await checkPage('recovery', page, problems.consoleErrors);

    // Withdrawal with JavaScript off: the confirmation states its consequence, the form works.
    const plain = await open(false);
    await plain.page.goto(engine.baseUrl + (await latestLink(body.email, id)));
    await expect(plain.page.locator('#status').textContent()).resolves.toBe('tidak memenuhi syarat (TMS)');
    await plain.page.getByRole('link', { name: 'Mengundurkan diri dari seleksi' }).click();
    await expect(plain.page.locator('main').textContent()).resolves.toContain('lamaran Anda berakhir');
    await expect(plain.page.locator('#ban').count()).resolves.toBe(0); // not passed: no ban
    await plain.page.getByLabel('Alasan mengundurkan diri').fill(reasons.withdrawal);
    await plain.page.getByRole('button', { name: 'Ya, saya mengundurkan diri' }).click();
    await expect(plain.page.locator('.notice').textContent()).resolves.toContain('sudah mengundurkan diri');
    await expect(plain.page.locator('#status').textContent()).resolves.toBe('mengundurkan diri');
    expect((await api.application(id)).status).toBe('withdrawn');
    await expect(plain.page.locator('#timeline').textContent()).resolves.toContain('Sanggah diajukan');

    step('withdrawn');
    // "Send my link again" for W02: a non-matching request first, then a matching one; one email in all.
    const mailBefore = (await mailTo(second.body.email)).length;
    const recover = await open(false);
    await recover.page.goto(`${engine.baseUrl}/candidate/recover`);
    const ask = async (birthDate: string) => {
      await recover.page.getByLabel('NIK (16 angka)').fill(second.body.nik);
      await recover.page.getByLabel('Tanggal lahir').fill(birthDate);
      await recover.page.getByLabel('Email yang didaftarkan').fill(second.body.email);
      await recover.page.getByRole('button', { name: 'Kirim tautan baru' }).click();
      return recover.page.locator('#recover-sent').textContent();
    };
    const wrong = await ask('1993-09-22');
    const right = await ask(second.body.birthDate);
    expect(right).toBe(wrong);
    const newToken = await linkToken(second.body.email, second.applicationId, mailBefore);
    const mailAfter = await mailTo(second.body.email);
    expect(mailAfter.length).toBe(mailBefore + 1);
    expect(newToken).not.toBe(second.token);

    step('recovery mailed');
    // The old link no longer works; the new one does.
    const old = await open();
    await old.page.goto(`${engine.baseUrl}/candidate/link?t=${second.token}`);
    await expect(old.page.locator('h1').textContent()).resolves.toBe('Tautan ini tidak berlaku lagi');
    await checkPage('link no longer valid', old.page, []);
    await old.page.goto(`${engine.baseUrl}/candidate/link?t=${newToken}`);
    expect(path(old.page.url())).toBe('/candidate');
    await expect(old.page.locator('dd').first().textContent()).resolves.toBe(other.name);

    process.stderr.write(
      `candidate pages: ${pages.map((p) => `${p.name} ${p.weight} B`).join('; ')}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }, 420_000);
});

/** The path of the latest personal link mailed for an application. */
async function latestLink(email: string, applicationId: string): Promise<string> {
  const links = (await mailTo(email)).map(personalLink).filter((l) => l?.applicationId === applicationId);
  return links.at(-1)!.path;
}
