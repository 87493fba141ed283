// HR's stage pages driven as an officer uses them, for the whole-cycle browser test: screening (tick the
// rows, decide, give the reason, review, confirm), one SKD session, and a stage's announcement (its
// confirmation, then the notice with the appeal window's close). Each step waits for the page's notice,
// so a refusal fails the test where it happened.
import type { Page } from 'playwright-core';

export interface PageDecision {
  applicationId: string;
  decision: 'MS' | 'TMS';
  reason: string;
}

/** The rows one screening form carries (web/staff/stage-forms.ts FORM_ROWS). */
const FORM_ROWS = 15;

/** The page's notice after a redirect; a refusal or a field's error instead fails with its text. */
async function noticeOf(page: Page): Promise<string> {
  const shown = page.locator('.notice, .error').first();
  await shown.waitFor().catch(async (err: Error) => {
    const main =
      (await page
        .locator('main')
        .textContent()
        .catch(() => '')) ?? '';
    throw new Error(`no notice on ${page.url()} (${err.message.split('\n')[0]}): ${main.slice(0, 600)}`);
  });
  const text = (await shown.textContent()) ?? '';
  if ((await shown.getAttribute('class')) !== 'notice') throw new Error(`refused on ${page.url()}: ${text}`);
  return text;
}

/** Sends one form of decisions alike (same decision and reason) for the rows ticked on the page shown. */
async function decideTicked(page: Page, decision: 'MS' | 'TMS', reason: string): Promise<string> {
  await page.locator(`#decision-${decision}`).check();
  await page.locator('#reason').fill(reason);
  await page.getByRole('button', { name: 'Tinjau keputusan' }).click();
  await page.getByRole('button', { name: 'Konfirmasi' }).click();
  return noticeOf(page);
}

/**
 * Screens `decisions` through `/hr/recruitment/cycles/:code/screening`: alike decisions together, at most
 * a page's rows a form, each row found on whichever page of the queue it is. Returns the notices.
 */
export async function screenThroughPage(
  page: Page,
  baseUrl: string,
  code: string,
  decisions: PageDecision[],
): Promise<string[]> {
  const base = `${baseUrl}/hr/recruitment/cycles/${code}/screening`;
  const notices: string[] = [];
  const groups = new Map<string, PageDecision[]>();
  for (const d of decisions) {
    const key = JSON.stringify([d.decision, d.reason]);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) {
    const pending = new Set(group.map((d) => d.applicationId));
    const { decision, reason } = group[0]!;
    // A decided row may stay listed for a moment (the cycle applies it): it is never ticked twice.
    for (let pass = 0; pending.size > 0; pass++) {
      if (pass > 20) throw new Error(`not in the screening queue: ${[...pending].join(', ')}`);
      for (let p = 1; pending.size > 0; p++) {
        await page.goto(`${base}?page=${p}`);
        const onPage = await page
          .locator('#queue input[name=id]')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        if (onPage.length === 0) break;
        const mine = onPage.filter((id) => pending.has(id)).slice(0, FORM_ROWS);
        if (mine.length === 0) continue;
        for (const id of mine) await page.locator(`#queue input[value="${id}"]`).check();
        notices.push(await decideTicked(page, decision, reason));
        for (const id of mine) pending.delete(id);
        p -= 1; // the same page again: rows of later pages move up as these leave the queue
      }
    }
  }
  return notices;
}

/**
 * Schedules one SKD session through `/hr/recruitment/cycles/:code/skd-sessions`: `startsAt` as the
 * `datetime-local` value in WITA ("2026-09-01T08:00"); every MS applicant without a seat sits it unless
 * `applicationIds` (on the first page) are given. Returns the notice.
 */
export async function scheduleSkdThroughPage(
  page: Page,
  baseUrl: string,
  code: string,
  session: { code: string; place: string; startsAt: string; applicationIds?: string[] },
): Promise<string> {
  await page.goto(`${baseUrl}/hr/recruitment/cycles/${code}/skd-sessions`);
  await page.getByLabel('Kode sesi').fill(session.code);
  await page.getByLabel('Tempat', { exact: true }).fill(session.place);
  await page.getByLabel('Mulai (WITA)').fill(session.startsAt);
  if (session.applicationIds) {
    await page.locator('#who-selected').check();
    for (const id of session.applicationIds) await page.locator(`#applicants input[value="${id}"]`).check();
  } else await page.locator('#who-unseated').check();
  await page.getByRole('button', { name: 'Jadwalkan sesi' }).click();
  return noticeOf(page);
}

/** Announces a stage through `/hr/recruitment/cycles/:code/announcements` and its confirmation. */
export async function announceThroughPage(
  page: Page,
  baseUrl: string,
  code: string,
  stage: 'administration' | 'skd' | 'final',
): Promise<string> {
  const desk = `/hr/recruitment/cycles/${code}/announcements`;
  await page.goto(`${baseUrl}${desk}`);
  await page.locator(`a[href="${desk}/${stage}/confirm"]`).click();
  await page.getByRole('button', { name: 'Konfirmasi' }).click();
  return noticeOf(page);
}
