// What an auditor or an integrator reads of the record, HR only: an application's emails and its audit
// trail (each with the trail's verdict), and a cycle's merit-system evidence, the same data as HR's pages.
import { z } from 'zod';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import { decisionKinds } from '../../../domain/recruitment/merit-evidence';
import { scoredKinds } from '../../../domain/recruitment/upload-evidence';
import { route } from '../../route';
import { BASE, codeParams, idParams, notFound, tags } from './shared';

const emailsView = z.object({
  applicationId: z.string(),
  emails: z.array(
    z.object({
      step: z.string().describe('The step of the application that mailed it (its idempotency key)'),
      template: z.string(),
      language: z.string(),
      subject: z.string().describe('Empty once retention erased it'),
      status: z.enum(['pending', 'sent', 'failed']),
      queuedAt: z.string(),
      sentAt: z.string().optional(),
      failedAt: z.string().optional(),
      failure: z.string().optional().describe("The mail server's refusal, addresses masked"),
      messageId: z.string().optional().describe('The SMTP Message-ID'),
      erased: z.boolean(),
    }),
  ),
});

const verdict = z.object({
  checked: z.number().int(),
  ok: z.boolean().describe('Every record matches its keyed hash, its digest and its predecessor'),
});

const auditView = z.object({
  applicationId: z.string(),
  verified: verdict,
  records: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.string(),
      role: z.string(),
      action: z.string(),
      reason: z.string(),
      erased: z.boolean().describe('Retention erased the personal part (the reason); its digest stands'),
      status: z.string().optional().describe('The status this record moved the application to'),
      problem: z.string().optional().describe('Why this record does not verify'),
    }),
  ),
});

const problemCode = z.string();
const dateKept = z.object({
  published: z.string().optional(),
  actual: z.string().optional(),
  offsetMs: z.number().optional().describe('After the published instant (negative: before)'),
  problem: problemCode.optional(),
});

const meritEvidenceView = z.object({
  cycle: z.object({
    code: z.string(),
    title: z.string(),
    kind: z.enum(['CPNS', 'PPPK']),
    ruleSet: z.string(),
  }),
  at: z.string().describe('When the evidence was computed (an unanswered appeal is past due by then)'),
  records: z.number().int().describe('Audit records read'),
  open: z.object({
    ruleSet: z.string().optional().describe('The rule set the trail recorded when the cycle opened'),
    opened: dateKept,
    closed: dateKept,
    registrations: z.number().int().describe('Applications confirmed (the portal and the API)'),
    announcements: z.array(
      z.object({ stage: z.string(), at: z.string(), closesAt: z.string().optional(), actor: z.string() }),
    ),
    exceptions: z.number().int(),
  }),
  decisions: z.object({
    total: z.number().int(),
    withReasonAndPerson: z.number().int(),
    byKind: z.record(z.enum(Object.keys(decisionKinds) as [string, ...string[]]), z.number().int()),
    erased: z.number().int(),
    exceptions: z.array(
      z.object({
        seq: z.number().int(),
        subject: z.string(),
        action: z.string(),
        actor: z.string(),
        role: z.string(),
        at: z.string(),
        problem: problemCode,
        applicationId: z.string().optional().describe('The application the subject is'),
      }),
    ),
  }),
  appeals: z.object({
    total: z.number().int(),
    inTime: z.number().int(),
    pending: z.number().int().describe('Not answered yet, not yet due'),
    exceptions: z.array(
      z.object({
        subject: z.string(),
        stage: z.string(),
        appealedAt: z.string(),
        dueAt: z.string(),
        answeredAt: z.string().optional(),
        lateMs: z.number().optional(),
        problem: problemCode,
        applicationId: z.string().optional().describe('The application the subject is'),
      }),
    ),
  }),
  rankings: z.array(
    z.object({
      formation: z.string(),
      stage: z.string(),
      ranked: z.number().int(),
      equal: z.number().int().describe('Rows whose recorded rank the published rules give again'),
      differences: z.array(
        z.object({
          formation: z.string(),
          stage: z.string(),
          rank: z.number().int(),
          id: z.string(),
          expectedRank: z.number().int().optional(),
          next: z.object({ id: z.string(), rank: z.number().int() }).optional(),
          key: z.string().optional(),
        }),
      ),
    }),
  ),
  uploads: z
    .object({
      uploads: z.array(
        z.object({
          seq: z.number().int(),
          at: z.string(),
          actor: z.string(),
          role: z.string(),
          batchId: z.string(),
          kind: z.string(),
          rows: z.number().int(),
          order: z.number().int().describe("The batch's place in the cycle's order of applying"),
          digest: z.string().describe('SHA-256 of the batch content, as the trail recorded it'),
          problem: z.enum(['batch-missing', 'batch-altered', 'not-a-person']).optional(),
        }),
      ),
      scores: z.object({
        kinds: z.array(
          z.object({
            kind: z.enum(scoredKinds),
            uploaded: z.number().int().describe('Applications an intact audited upload gives scores'),
            stored: z.number().int().describe('Applications holding scores of this kind'),
            equal: z.number().int().describe('Applications holding exactly the scores of their last upload'),
            findings: z.number().int(),
          }),
        ),
        findings: z.array(
          z.object({
            kind: z.enum(scoredKinds),
            applicationId: z.string(),
            problem: z.enum(['differs', 'not-uploaded', 'not-stored']),
          }),
        ),
      }),
    })
    .describe("The uploads in the cycle's trail, their stored batches, and the scores they gave"),
  chain: z.object({
    checked: z.number().int(),
    ok: z.boolean(),
    problems: z.array(z.object({ seq: z.number().int(), problem: z.string() })),
  }),
});

export function recordRoutes(commands: RecruitmentCommands) {
  return [
    route({
      method: 'get',
      path: `${BASE}/applications/:id/emails`,
      operationId: 'listRecruitmentApplicationEmails',
      summary: 'Every email the outbox holds for the application: template, subject, when queued and sent',
      tags,
      roles: ['hr'],
      params: idParams,
      responses: {
        200: { description: 'The emails, oldest first', schema: emailsView },
        ...notFound('application'),
      },
      handler: async ({ params, principal }) => ({
        body: await commands.applicationEmails(principal!, params.id),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/applications/:id/audit`,
      operationId: 'listRecruitmentApplicationAudit',
      summary: "The application's audit records, opened, with the chain's verdict on them",
      tags,
      roles: ['hr'],
      params: idParams,
      responses: {
        200: { description: 'The records, in chain order', schema: auditView },
        ...notFound('application'),
      },
      handler: async ({ params, principal }) => ({
        body: await commands.applicationAudit(principal!, params.id),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/cycles/:code/merit-evidence`,
      operationId: 'getRecruitmentMeritEvidence',
      summary:
        "The cycle's merit-system evidence from its audit trail: open selection, decisions with reason and person, appeals in time, rankings reproducible",
      tags,
      roles: ['hr'],
      params: codeParams,
      responses: { 200: { description: 'The evidence', schema: meritEvidenceView }, ...notFound('cycle') },
      handler: async ({ params, principal }) => ({
        body: await commands.meritEvidence(principal!, params.code),
      }),
    }),
  ];
}
