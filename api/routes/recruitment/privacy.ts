// A candidate's personal data: downloading everything the system holds on them (subject access), and
// HR's retention of a closed cycle's unsuccessful candidates' data (erase or pseudonymise).
import { z } from 'zod';
import { retentionModes, retentionRequestSchema } from '../../../domain/recruitment/retention';
import { applicationView } from '../../../domain/recruitment/views';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import { route } from '../../route';
import { BASE, callerOf, codeParams, idParams, notFound, tags } from './shared';

const personalData = z.object({
  generatedAt: z.string(),
  applicationId: z.string(),
  application: applicationView.omit({ live: true, history: true }),
  emails: z.array(
    z.object({
      key: z.string(),
      template: z.string(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      html: z.string(),
      status: z.string(),
      createdAt: z.string().nullable(),
      sentAt: z.string().nullable(),
      erased: z.boolean(),
    }),
  ),
  documents: z
    .array(
      z.object({
        kind: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        uploadedAt: z.string(),
      }),
    )
    .describe('The files uploaded (each downloaded from …/documents/{kind}/file)'),
  tasks: z.array(
    z.object({
      taskId: z.string(),
      type: z.string(),
      status: z.string(),
      assigneeKind: z.string(),
      dueAt: z.string(),
      openedAt: z.string(),
      closedAt: z.string().nullable(),
    }),
  ),
  audit: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      action: z.string(),
      role: z.string(),
      reason: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      erased: z.boolean(),
    }),
  ),
});

const retentionResult = z.object({
  cycleCode: z.string(),
  mode: z.enum(retentionModes),
  at: z.string(),
  kept: z.number().int().describe('Applications kept as they are (appointed)'),
  applications: z.number().int().describe('Applications erased or pseudonymised'),
  emails: z.number().int(),
  tasks: z.number().int(),
  documents: z.number().int().describe('Uploaded files deleted'),
  auditRecords: z.number().int().describe('Audit records whose personal part was erased'),
  bans: z.number().int().describe('Withdrawal bans kept (their reason erased)'),
  auditSeq: z.number().int().describe("This run's own audit record"),
});

export function privacyRoutes(commands: RecruitmentCommands) {
  return [
    route({
      method: 'get',
      path: `${BASE}/applications/:id/personal-data`,
      operationId: 'downloadRecruitmentPersonalData',
      summary:
        'Everything held on a candidate (application, scores, emails, documents uploaded, tasks, audit records) as one JSON download',
      tags,
      roles: ['candidate', 'hr'],
      params: idParams,
      responses: {
        200: { description: 'The document (Content-Disposition: attachment)', schema: personalData },
        ...notFound('application'),
      },
      handler: async ({ params, principal }) => ({
        body: await commands.personalData(principal!, params.id),
        headers: { 'Content-Disposition': `attachment; filename="personal-data-${params.id}.json"` },
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/retention`,
      operationId: 'applyRecruitmentRetention',
      summary:
        "Erases or pseudonymises the personal data of a closed cycle's unsuccessful candidates, once the retention period has passed",
      tags,
      roles: ['hr'],
      params: codeParams,
      body: retentionRequestSchema,
      responses: {
        200: { description: 'Done (a repeated request gets the same result)', schema: retentionResult },
        ...notFound('cycle'),
        409: {
          description: 'The cycle is not closed, or its retention period has not passed (says from when)',
        },
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.applyRetention(params.code, body, callerOf(principal)),
      }),
    }),
  ];
}
