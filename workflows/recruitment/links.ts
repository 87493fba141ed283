// A renewal of a candidate's personal links (`application-links/<applicationId>/<version>`): the link
// version moves on, so every earlier link stops working; the renewal is audited on the application; and a
// fresh link goes to the candidate's address, signed by the email activity at send time under the new
// version. Its own short workflow, not a step of the application's, because a link works for a while after
// the application's process has ended (until `linkValidAfterClose` after its cycle closed), and must stay
// revocable as long as it works. Workflow code.
import { workflowInfo } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { Language } from '../../domain/language';
import { acts } from '../lib/activities';

export interface LinkRenewalInput {
  applicationId: string;
  /** The application's workflow: the audit subject. */
  applicationWorkflowId: string;
  /** The version the renewal moves on from. */
  fromVersion: number;
  reason: string;
  actor: Actor;
  candidate: { name: string; email: string; language: Language };
  cycleTitle: string;
  registrationNumber?: string;
}

export async function renewCandidateLinks(input: LinkRenewalInput): Promise<{ tokenVersion: number }> {
  const wf = workflowInfo().workflowId;
  const tokenVersion = await acts.raiseTokenVersion({
    applicationId: input.applicationId,
    from: input.fromVersion,
  });
  await acts.recordAudit({
    key: `${wf}/renewed`,
    at: new Date(Date.now()).toISOString(),
    actor: input.actor.sub,
    role: input.actor.role,
    action: 'application.links-renewed',
    subject: input.applicationWorkflowId,
    reason: input.reason,
    before: { tokenVersion: input.fromVersion },
    after: { tokenVersion },
  });
  await acts.sendEmail({
    key: `${wf}/link`,
    to: input.candidate.email,
    template: 'accessLinkRenewed',
    data: {
      name: input.candidate.name,
      cycleTitle: input.cycleTitle,
      registrationNumber: input.registrationNumber,
    },
    language: input.candidate.language,
    link: { candidate: input.applicationId },
  });
  return { tokenVersion };
}
