// Staff sign-in in a real browser (Debian's Chromium through playwright-core) on the real engine and the
// embedded OpenID provider (authorization code with PKCE): an HR officer reaches the desk, a supervisor and
// an employee their own work, each by the registry; a wrong password signs no one in; a staff page sends
// an anonymous reader to sign in and back; an employee is refused HR's desk; signing out needs the form's
// CSRF token; an employee who leaves the registry is signed out at their next page. Every page is checked
// with axe-core, without a console error (the CSP would report one), and works without JavaScript.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage, pageWeight, withoutJavaScript } from '../support/browser';
import { startTestEngine, type TestEngine } from '../support/engine';
import { signInThroughProvider } from '../support/staff-browser';
import { seedOrg, type TestOrg } from '../workflows/appraisal-support/org';

let engine: TestEngine;
let browser: Browser;
let org: TestOrg;
const opened: BrowserContext[] = [];

beforeAll(async () => {
  [engine, browser] = await Promise.all([startTestEngine('staff-sign-in-e2e'), launchBrowser()]);
  org = await seedOrg(engine.db.models, 'signin');
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await browser?.close();
  await engine?.stop();
});

async function open(javaScript = true) {
  const p = javaScript ? await newPage(browser) : await withoutJavaScript(browser);
  opened.push(p.context);
  p.context.setDefaultTimeout(30_000);
  return p;
}
const pathOf = (page: Page) => new URL(page.url()).pathname;

async function checkPage(page: Page, consoleErrors: string[]) {
  expect((await pageWeight(page)).total).toBeLessThan(100_000);
  expect(await axeViolations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
}

describe('staff sign-in through the embedded OpenID provider', () => {
  it("sends an anonymous reader of HR's desk to sign in, and an HR officer back to the desk", async () => {
    const { page, problems } = await open();
    await page.goto(`${engine.baseUrl}/hr`);
    // The provider's own page (another origin), in Bahasa Indonesia.
    expect(new URL(page.url()).port).not.toBe(new URL(engine.baseUrl).port);
    await expect(page.locator('h1').textContent()).resolves.toBe('Masuk ke sdm-flow');
    expect(await axeViolations(page)).toEqual([]);

    await signInThroughProvider(page, engine.baseUrl, 'hr-1', { path: '/hr' });
    expect(pathOf(page)).toBe('/hr');
    await expect(page.locator('h1').textContent()).resolves.toBe('Meja BKPSDM');
    await expect(page.locator('.signed-in').textContent()).resolves.toContain('hr-1 (petugas BKPSDM)');
    await checkPage(page, problems.consoleErrors);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'sdm.sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    // Signed in, /signin goes straight home; English on the toggle.
    await page.goto(`${engine.baseUrl}/signin`);
    expect(pathOf(page)).toBe('/hr');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('BKPSDM desk');
  });

  it('signs no one in with a wrong password', async () => {
    const { page } = await open();
    await signInThroughProvider(page, engine.baseUrl, 'hr-1', { password: 'not-the-password' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('kata sandi salah');
    expect(await axeViolations(page)).toEqual([]);
    const desk = await page.context().request.get(`${engine.baseUrl}/hr`, { maxRedirects: 0 });
    expect(desk.status()).toBe(303);
    expect(desk.headers().location).toBe('/signin?next=%2Fhr');
  });

  it('gives a supervisor and an employee their own work by the registry, and refuses them the desk', async () => {
    const supervisor = await open();
    await signInThroughProvider(supervisor.page, engine.baseUrl, org.kasubbid.nip);
    expect(pathOf(supervisor.page)).toBe('/me');
    await expect(supervisor.page.locator('.signed-in').textContent()).resolves.toContain(
      `${org.kasubbid.name} (NIP ${org.kasubbid.nip}) (atasan)`,
    );
    await expect(supervisor.page.locator('main').textContent()).resolves.toContain(
      `${org.staff.length} pegawai melapor kepada Anda`,
    );
    await checkPage(supervisor.page, supervisor.problems.consoleErrors);
    const desk = await supervisor.context.request.get(`${engine.baseUrl}/hr`);
    expect(desk.status()).toBe(403);

    // An employee, with JavaScript off: the provider's form and the pages work without it.
    const employee = await open(false);
    const [staffer] = org.staff;
    await signInThroughProvider(employee.page, engine.baseUrl, staffer!.nip);
    expect(pathOf(employee.page)).toBe('/me');
    await expect(employee.page.locator('.signed-in').textContent()).resolves.toContain('(pegawai)');
    await expect(employee.page.locator('main').textContent()).resolves.not.toContain('melapor');

    // Leaving the registry ends the session at the next page.
    await engine.db.models.employees.updateOne({ _id: staffer!.nip }, { $set: { active: false } });
    const after = await employee.context.request.get(`${engine.baseUrl}/me`, { maxRedirects: 0 });
    expect(after.status()).toBe(303);
    expect(after.headers().location).toBe('/signin?next=%2Fme');
  });

  it('signs out only through the form with its CSRF token', async () => {
    const { page, context } = await open(false);
    await signInThroughProvider(page, engine.baseUrl, org.kabid.nip);
    expect(pathOf(page)).toBe('/me');
    const forged = await context.request.post(`${engine.baseUrl}/signout`, {
      form: { _csrf: 'x'.repeat(64) },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    await page.reload();
    expect(pathOf(page)).toBe('/me');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await expect(page.locator('#message').textContent()).resolves.toBe('Anda sudah keluar.');
    const me = await context.request.get(`${engine.baseUrl}/me`, { maxRedirects: 0 });
    expect(me.status()).toBe(303);
  });

  it('refuses a callback that no sign-in started', async () => {
    const { page, problems } = await open();
    const r = await page.goto(`${engine.baseUrl}/signin/callback?code=forged&state=forged`);
    expect(r?.status()).toBe(400);
    await expect(page.locator('#message').textContent()).resolves.toContain('tidak selesai');
    expect(await axeViolations(page)).toEqual([]);
    // The only console line is the browser's own note of the 400 (no script, no CSP refusal).
    expect(problems.consoleErrors).toEqual([expect.stringContaining('status of 400')]);
  });
});
