// Opening a cycle as an HR officer does, through the form of /hr/recruitment/cycles/new (web/staff/cycles.tsx):
// for the whole-cycle browser tests, which then run the same CycleSpec as the API's drivers. Registration
// opens now (to the second, as the form's datetime-local fields take it) and closes registrationMs later.
import type { Page } from 'playwright-core';
import { durationFields, witaLocal } from '../../web/staff/cycle-form';
import type { CycleSpec } from './recruitment-plans';

/** Sets a window's count and unit on the form from an ISO duration (PT3S → 3 detik). */
async function fillWindow(page: Page, name: string, iso: string) {
  const d = durationFields(iso);
  if (!d) throw new Error(`${name} ${iso} is not a whole number of seconds: the form cannot take it`);
  await page.locator(`#${name}`).fill(d.n);
  await page.locator(`#${name}-unit`).selectOption(d.unit);
}

/**
 * Fills the form with `spec` (kind, code, title, formations, schedule windows and rules.windows'
 * reminders), opens the cycle and waits for its dashboard. Returns when registration opens (ms). A form
 * that refuses the cycle throws with the summary of its problems.
 */
export async function openCycleThroughPage(page: Page, baseUrl: string, spec: CycleSpec): Promise<number> {
  await page.goto(`${baseUrl}/hr/recruitment/cycles/new`);
  if (spec.kind !== 'CPNS') {
    await page.locator('#kind').selectOption(spec.kind);
    await page.getByRole('button', { name: 'Tampilkan aturan jenis ini' }).click();
    await page.locator(`input[name=shownKind][value=${spec.kind}]`).waitFor({ state: 'attached' });
  }
  while ((await page.locator('fieldset.formation-row').count()) < spec.formations.length) {
    const rows = await page.locator('fieldset.formation-row').count();
    await page.getByRole('button', { name: 'Tambah baris formasi' }).click();
    await page.locator(`#f${rows}-code`).waitFor();
  }
  await page.locator('#code').fill(spec.code);
  await page.locator('#title').fill(spec.title);
  for (const [i, f] of spec.formations.entries()) {
    await page.locator(`#f${i}-code`).fill(f.code);
    await page.locator(`#f${i}-title`).fill(f.title);
    await page.locator(`#f${i}-unit`).fill(f.unit);
    await page.locator(`#f${i}-type`).selectOption(f.type);
    await page.locator(`#f${i}-vacancies`).fill(String(f.vacancies));
  }
  for (const [name, iso] of Object.entries(spec.schedule)) await fillWindow(page, name, iso);
  for (const [name, iso] of Object.entries(spec.rules.windows)) await fillWindow(page, name, iso);
  const opensAt = Math.floor(Date.now() / 1000) * 1000;
  await page.locator('#opensAt').fill(witaLocal(opensAt));
  await page.locator('#closesAt').fill(witaLocal(opensAt + spec.registrationMs));

  const dashboard = `/hr/recruitment/cycles/${spec.code}`;
  const problems = page.locator('.error-summary');
  await page.getByRole('button', { name: 'Buka seleksi', exact: true }).click();
  await Promise.race([page.waitForURL((u) => u.pathname === dashboard), problems.waitFor()]);
  if ((await problems.count()) > 0)
    throw new Error(`the form refused cycle ${spec.code}: ${await problems.textContent()}`);
  return opensAt;
}
