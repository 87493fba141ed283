// Applications: anyone applies during registration; the candidate follows their own application and acts on it (appeal, documents, withdrawal); HR lists them, answers appeals and verifies documents.
import type { PublicLimits } from '../../rate-limits';
import { z } from 'zod';
import {
  appealDecisionSchema,
  appealSchema,
  applicationSchema,
  documentsSubmissionSchema,
  documentsVerificationSchema,
  formationCodeSchema,
  linkRenewalSchema,
  withdrawalSchema,
} from '../../../domain/recruitment/schemas';
import { applicationStatuses, cpnsStages, pppkStages } from '../../../domain/recruitment/stages';
import {
  appealRecordSchema,
  applicationListItemView,
  applicationView,
} from '../../../domain/recruitment/views';
import { route } from '../../route';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import {
  BASE,
  callerOf,
  codeParams,
  idParams,
  notFound,
  notNow,
  stageParam,
  statusOnly,
  tags,
} from './shared';

const applied = z.object({
  applicationId: z
    .string()
    .describe(
      'The application; it becomes real when the candidate opens the confirmation link mailed to the address given (their only way in)',
    ),
});
const linksRenewed = z.object({
  tokenVersion: z.number().int().describe('The links of earlier versions no longer work'),
});
const applicationsPage = z.object({
  items: z.array(applicationListItemView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
const withdrawn = statusOnly.extend({
  banYears: z.array(z.number().int()).describe('Budget years in which this NIK may not apply'),
});

export function applicationRoutes(commands: RecruitmentCommands, limits: PublicLimits) {
  return [
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/applications`,
      operationId: 'applyToRecruitmentCycle',
      summary:
        'Applies to one formation during registration; the same NIK again gives the same application back',
      tags,
      roles: 'public',
      limits: limits.apply,
      params: codeParams,
      body: applicationSchema,
      responses: {
        201: {
          description: 'Created, unconfirmed: the confirmation link is mailed to the address given',
          schema: applied,
        },
        200: { description: 'The same application again (no second email)', schema: applied },
        ...notFound('cycle'),
        409: {
          description:
            'Registration is not open, the NIK applied to another formation, it is barred after a withdrawal, or its unconfirmed application is just expiring',
        },
      },
      handler: async ({ params, body }) => {
        const r = await commands.apply(params.code, body);
        const reply = { applicationId: r.applicationId };
        return r.created
          ? {
              status: 201,
              body: reply,
              headers: { Location: `${BASE}/applications/${r.applicationId}` },
            }
          : { status: 200, body: reply };
      },
    }),
    route({
      method: 'get',
      path: `${BASE}/applications/:id`,
      operationId: 'getRecruitmentApplication',
      summary: 'An application: status, scores, appeals, deadlines (the candidate reads only their own)',
      tags,
      roles: ['candidate', 'hr'],
      params: idParams,
      responses: {
        200: { description: 'The application', schema: applicationView },
        ...notFound('application'),
      },
      handler: async ({ params, principal }) => ({
        body: await commands.getApplication(principal!, params.id),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/cycles/:code/applications`,
      operationId: 'listRecruitmentApplications',
      summary: "A cycle's applications, filtered by stage, status and formation, a page at a time",
      tags,
      roles: ['hr'],
      params: codeParams,
      query: z
        .object({
          stage: z.enum([...new Set([...cpnsStages, ...pppkStages])] as [string, ...string[]]).optional(),
          status: z.enum(applicationStatuses).optional(),
          formation: formationCodeSchema.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        })
        .strict(),
      responses: { 200: { description: 'One page', schema: applicationsPage }, ...notFound('cycle') },
      handler: async ({ params, query }) => ({
        body: await commands.listApplications(params.code, query),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/appeals`,
      operationId: 'appealRecruitmentResult',
      summary: "The candidate appeals a stage's result during its window, once per stage",
      tags,
      roles: ['candidate'],
      params: idParams,
      body: appealSchema.extend({ stage: stageParam }),
      responses: {
        201: { description: 'Filed; HR answers by the time given', schema: appealRecordSchema },
        ...notFound('application'),
        409: {
          description:
            'The window is not open, or already used; with Retry-After while the announcement is still reaching the applications',
        },
      },
      handler: async ({ params, body, principal }) => ({
        status: 201,
        body: await commands.appeal(principal!, params.id, body.stage, body.reason),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/appeals/:stage/decision`,
      operationId: 'decideRecruitmentAppeal',
      summary: 'HR answers an appeal with a reason; an accepted appeal reverses the result',
      tags,
      roles: ['hr'],
      params: idParams.extend({ stage: stageParam }),
      body: appealDecisionSchema,
      responses: {
        200: { description: 'Decided', schema: appealRecordSchema },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.decideAppeal(
          params.id,
          params.stage,
          body.accepted,
          body.reason,
          callerOf(principal),
        ),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/documents`,
      operationId: 'submitRecruitmentDocuments',
      summary:
        'The candidate submits their uploaded documents during the document window: each reference is the current file of its kind, every required kind among them',
      tags,
      roles: ['candidate'],
      params: idParams,
      body: documentsSubmissionSchema,
      responses: {
        200: { description: 'Submitted', schema: statusOnly },
        ...notFound('application'),
        409: {
          description:
            'The window is not open, a required kind is not uploaded, or a reference is not the current file of its kind (each named)',
        },
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.submitDocuments(principal!, params.id, body.documents),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/documents/verification`,
      operationId: 'verifyRecruitmentDocuments',
      summary: "HR verifies a candidate's documents, with a reason when they are rejected",
      tags,
      roles: ['hr'],
      params: idParams,
      body: documentsVerificationSchema,
      responses: {
        200: { description: 'Verified or rejected', schema: statusOnly },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.verifyDocuments(params.id, body.accepted, body.reason, callerOf(principal)),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/confirmation`,
      operationId: 'confirmRecruitmentApplication',
      summary:
        'The candidate confirms their application with the token of the link mailed to them; again is the same',
      tags,
      roles: ['candidate'],
      params: idParams,
      responses: {
        200: { description: 'Confirmed (or confirmed before): its status', schema: statusOnly },
        ...notFound('application'),
        409: { description: 'The application expired unconfirmed, or its process has ended' },
      },
      handler: async ({ params, principal }) => ({
        body: await commands.confirm(principal!, params.id),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/link-renewal`,
      operationId: 'renewRecruitmentLinks',
      summary:
        "Every personal link of the application stops working and a fresh one is mailed to the candidate's address",
      tags,
      roles: ['candidate', 'hr'],
      params: idParams,
      body: linkRenewalSchema,
      responses: {
        200: { description: 'Renewed; the new link is on its way', schema: linksRenewed },
        ...notFound('application'),
        409: { description: 'The application expired unconfirmed, or its process has ended' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.renewLinks(principal!, params.id, body.reason),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/applications/:id/withdrawal`,
      operationId: 'withdrawRecruitmentApplication',
      summary: 'The candidate withdraws; after passing, the NIK is barred for the following budget years',
      tags,
      roles: ['candidate'],
      params: idParams,
      body: withdrawalSchema,
      responses: {
        200: { description: 'Withdrawn', schema: withdrawn },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.withdraw(principal!, params.id, body.reason),
      }),
    }),
  ];
}
