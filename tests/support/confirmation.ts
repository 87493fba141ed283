// A candidate's way in, as a person takes it: the confirmation email arrives at the address they applied
// with, they open its personal link, and the page (web/candidate) or this helper confirms the application with the
// link's token. Every later email carries a fresh token of the same link version.
import { must } from '../../api/client';
import type { CapturedMessage } from '../../stack/smtp-capture';
import { eventually } from './eventually';
import type { RecruitmentApi } from './recruitment-client';
import { mailTo } from './servers';

const LINK = /\/candidate\/link\?t=([\w-]+\.[\w-]+\.[\w-]+)/;

/**
 * The application id and token of the personal link in a message, if it has one: the link carries only
 * the token (`PUBLIC_URL/candidate/link?t=<jwt>`), whose `app` claim names the application.
 */
export function personalLink(
  m: CapturedMessage,
): { applicationId: string; token: string; path: string } | undefined {
  const match = LINK.exec(m.text);
  if (!match) return undefined;
  const token = match[1]!;
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {
    app?: string;
  };
  return claims.app ? { applicationId: claims.app, token, path: `/candidate/link?t=${token}` } : undefined;
}

/** The token of the latest personal link mailed to `email` for `applicationId` (waits for the first). */
export async function linkToken(email: string, applicationId: string, after = 0): Promise<string> {
  const links = (messages: CapturedMessage[]) =>
    messages.map(personalLink).filter((l) => l?.applicationId === applicationId);
  const mail = await eventually(
    () => mailTo(email),
    (m) => links(m).length > after,
  );
  const found = links(mail);
  if (found.length <= after) throw new Error(`no personal link for ${applicationId} arrived at ${email}`);
  return found.at(-1)!.token;
}

/** Opens the confirmation link mailed to the candidate: the application is registered; its token back. */
export async function confirmFromMailbox(
  api: RecruitmentApi,
  email: string,
  applicationId: string,
): Promise<string> {
  const token = await linkToken(email, applicationId);
  const r = await must(
    200,
    api.as(token).POST('/api/v1/recruitment/applications/{id}/confirmation', {
      params: { path: { id: applicationId } },
    }),
  );
  expect(r.status).toBe('registered');
  return token;
}
