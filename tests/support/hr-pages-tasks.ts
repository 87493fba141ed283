// HR's task lists driven through the pages as an officer uses them (web/staff/appeals.tsx,
// web/staff/verification.tsx), in Bahasa Indonesia: find the application's item on the list, choose the
// decision, write the reason, send. Each resolves with the notice the page shows after its redirect, waits
// for a task just opened to be listed, and throws with the page's words when the decision is refused.
// Each navigates the page it is given: answer several at once on several pages.
import type { Page } from 'playwright-core';

/** The open task of `applicationId` on a list page (its form names the application). */
const itemOf = (page: Page, applicationId: string) =>
  page.locator('#open li.task', {
    has: page.locator(`input[name="application"][value="${applicationId}"]`),
  });

/** How long the list may take to show a task just opened (the workflow writes it to the inbox). */
const LISTED_WITHIN_MS = 60_000;

async function decide(
  page: Page,
  url: string,
  applicationId: string,
  choice: string,
  reason: string | undefined,
  send: string,
): Promise<string> {
  const item = itemOf(page, applicationId);
  const until = Date.now() + LISTED_WITHIN_MS;
  for (;;) {
    await page.goto(url);
    if ((await item.count()) === 1) break;
    if (Date.now() > until) throw new Error(`no open task of ${applicationId} on ${url}`);
    await page.waitForTimeout(500);
  }
  await item.getByLabel(choice).check();
  if (reason !== undefined) await item.getByLabel('Alasan keputusan').fill(reason);
  await item.getByRole('button', { name: send }).click();
  // The list again, with the notice of the decision, or the form again with why it was refused.
  const outcome = page.locator('p.notice, p.error').first();
  await outcome.waitFor();
  const text = (await outcome.textContent()) ?? '';
  if ((await outcome.getAttribute('class')) !== 'notice')
    throw new Error(`the decision on ${applicationId} was refused: ${text}`);
  return text;
}

/** HR answers the open appeal of `applicationId` on the cycle's appeals page. */
export function answerAppealThroughPage(
  page: Page,
  baseUrl: string,
  code: string,
  applicationId: string,
  decision: { accepted: boolean; reason: string },
): Promise<string> {
  return decide(
    page,
    `${baseUrl}/hr/recruitment/cycles/${code}/appeals?lang=id`,
    applicationId,
    decision.accepted ? 'Terima sanggah' : 'Tolak sanggah',
    decision.reason,
    'Kirim jawaban',
  );
}

/** HR verifies (or rejects, with a reason) the submitted documents of `applicationId`. */
export function verifyDocumentsThroughPage(
  page: Page,
  baseUrl: string,
  code: string,
  applicationId: string,
  decision: { accepted: boolean; reason?: string },
): Promise<string> {
  return decide(
    page,
    `${baseUrl}/hr/recruitment/cycles/${code}/documents?lang=id`,
    applicationId,
    decision.accepted ? 'Dokumen lengkap dan sah' : 'Tolak dokumen',
    decision.reason,
    'Kirim keputusan',
  );
}
