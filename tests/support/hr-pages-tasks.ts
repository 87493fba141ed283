// HR's task lists driven through the pages as an officer uses them (web/staff/appeals.tsx,
// web/staff/verification.tsx), in Bahasa Indonesia: find the application's item on the list, choose the
// decision, write the reason, send. Each resolves with the notice the page shows after its redirect.
import type { Page } from 'playwright-core';

/** The open task of `applicationId` on a list page (its form names the application). */
const itemOf = (page: Page, applicationId: string) =>
  page.locator('#open li.task', {
    has: page.locator(`input[name="application"][value="${applicationId}"]`),
  });

async function decide(
  page: Page,
  url: string,
  applicationId: string,
  choice: string,
  reason: string | undefined,
  send: string,
): Promise<string> {
  await page.goto(url);
  const item = itemOf(page, applicationId);
  await item.getByLabel(choice).check();
  if (reason !== undefined) await item.getByLabel('Alasan keputusan').fill(reason);
  await item.getByRole('button', { name: send }).click();
  const notice = page.locator('p.notice');
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
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
