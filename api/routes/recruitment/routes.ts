// The recruitment engine over HTTP: HR opens and runs cycles, anyone applies during registration and gets a
// candidate token, candidates follow and act on their own application. Every operation is a command of
// commands.ts (which refuses with 400/404/409 itself); this file only declares access, inputs and outputs.
import { z } from 'zod';
import {
  announcementSchema,
  appealDecisionSchema,
  appealSchema,
  applicationSchema,
  bulkScreeningSchema,
  competencyResultsSchema,
  createCycleSchema,
  documentsSubmissionSchema,
  documentsVerificationSchema,
  screeningDecisionSchema,
  skbResultsSchema,
  skdResultsSchema,
  skdSessionsSchema,
  withdrawalSchema,
} from '../../../domain/recruitment/schemas';
import {
  cpnsStages,
  pppkStages,
  announcementStages,
  applicationStatuses,
  cyclePhases,
} from '../../../domain/recruitment/stages';
import { currentOutcomes } from '../../../domain/recruitment/outcomes';
import { cycleKinds, formationTypes } from '../../../domain/recruitment/rule-sets';

import type { AppDeps } from '../../app';
import { actorOf, type Principal } from '../../../domain/actor';
import { route } from '../../route';
import { recruitmentCommands } from '../../../commands/recruitment/commands';

const BASE = '/api/v1/recruitment';
const tags = ['recruitment'];

// ---- Parameters ----

const cycleCode = z
  .string()
  .regex(/^[A-Z0-9-]{3,40}$/, { error: 'a cycle code is 3 to 40 capital letters, digits or hyphens' });
/** `<cycleCode>-<20 hex>`: the code of the cycle, then the start of the applicant's keyed hash. */
const applicationIdParam = z
  .string()
  .regex(/^[A-Z0-9-]+-[0-9a-f]{20}$/, { error: 'an application id is <cycle code>-<20 hex digits>' });
const stageParam = z.enum(announcementStages, {
  error: `stage must be one of ${announcementStages.join(', ')}`,
});

const codeParams = z.object({ code: cycleCode });
const idParams = z.object({ id: applicationIdParam });
const rankingParams = z.object({ code: cycleCode, formationCode: z.string().min(1).max(100) });
const rankingQuery = z
  .object({ stage: z.enum(['skd', 'final'], { error: 'stage must be skd or final' }) })
  .strict();

/** The cycle code an application id starts with. */
const cycleOf = (applicationId: string) => applicationId.replace(/-[0-9a-f]{20}$/, '');

// ---- Responses ----

const isoInstant = z.string().describe('ISO 8601 instant');
const overrides = z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() }));
const schedule = z.object({ registrationOpensAt: isoInstant, registrationClosesAt: isoInstant });
const formation = z.object({
  code: z.string(),
  title: z.string(),
  unit: z.string(),
  type: z.enum(formationTypes),
  vacancies: z.number().int(),
});
const stageMap = <T extends z.ZodType>(v: T) => z.record(z.enum(announcementStages), v);
const counts = z.record(z.string(), z.number().int());

const cycleCreated = z.object({
  code: z.string(),
  workflowId: z.string(),
  ruleSetId: z.string(),
  overridden: overrides,
});
const cycleSummary = z.object({
  code: z.string(),
  title: z.string(),
  kind: z.enum(cycleKinds),
  phase: z.enum(cyclePhases),
  schedule,
});
const cycleDetail = cycleSummary.extend({
  ruleSetId: z.string(),
  formations: z.array(formation),
  appealWindows: stageMap(isoInstant).describe('When each open appeal window closes'),
  openAppeals: stageMap(z.number().int()).describe('Appeals waiting for an answer, by stage'),
  documents: z.object({ opened: z.number().int(), resolved: z.number().int() }).optional(),
  replacements: z.number().int(),
  unfilled: z.array(z.string()).describe('Formations left with a vacancy nobody could fill'),
  counts: z.object({ byStatus: counts, byFormation: z.record(z.string(), counts) }),
});
const applied = z.object({
  applicationId: z.string(),
  accessToken: z
    .string()
    .optional()
    .describe("The candidate's bearer token, only when the application is new (the link is also emailed)"),
});
const appealRecord = z.object({
  reason: z.string(),
  at: isoInstant,
  answerBy: isoInstant,
  status: z.enum(['pending', 'accepted', 'rejected']),
  decision: z.object({ reason: z.string(), at: isoInstant, actor: z.string() }).optional(),
});
const applicationFields = {
  applicationId: z.string(),
  cycleCode: z.string(),
  formationCode: z.string(),
  formationType: z.enum(formationTypes),
  name: z.string(),
  email: z.string(),
  birthDate: z.string(),
  education: z.object({ level: z.string(), major: z.string(), gpa: z.number() }),
  language: z.enum(['id', 'en']),
  status: z.enum(applicationStatuses),
  screening: z.object({ decision: z.enum(['MS', 'TMS']), reason: z.string() }).optional(),
  skdSession: z.object({ code: z.string(), place: z.string(), startsAt: isoInstant }).optional(),
  skd: z
    .object({
      twk: z.number(),
      tiu: z.number(),
      tkp: z.number(),
      total: z.number(),
      passed: z.boolean(),
      reasons: z.array(z.string()),
    })
    .optional(),
  skdRank: z.number().int().optional(),
  skb: z.object({ score: z.number(), components: z.unknown() }).optional(),
  competency: z
    .object({ technical: z.number(), managerial: z.number(), interview: z.number(), total: z.number() })
    .optional(),
  final: z.object({ score: z.number(), rank: z.number().int(), outcome: z.string() }).optional(),
  appeals: stageMap(appealRecord),
  documents: z.unknown(),
  deadlines: z.record(z.string(), z.unknown()),
  withdrawal: z.unknown(),
  replacementOf: z.string().optional(),
};
const applicationView = z.object({
  ...applicationFields,
  nik: z.string(),
  live: z
    .unknown()
    .optional()
    .describe("The application workflow's own state (windows, appeals); absent when it has ended"),
  history: z
    .array(z.object({ at: z.string(), action: z.string(), reason: z.string() }))
    .describe('The decisions taken on this application, oldest first (from the audit trail)'),
});
const applicationsPage = z.object({
  items: z.array(z.object(applicationFields)),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
const batchAccepted = z.object({
  batchId: z.string().describe('The same upload twice is the same batch'),
  rows: z.number().int(),
});
const announced = z.object({ stage: z.enum(announcementStages), appealWindowClosesAt: isoInstant });
const rankings = z.object({
  cycle: z.string(),
  formation: z.string(),
  stage: z.enum(['skd', 'final']),
  rows: z.array(
    z.object({
      rank: z.number().int().optional(),
      applicationId: z.string().optional().describe('Absent from the public ranking'),
      name: z.string().describe('Masked in the public ranking'),
      skd: z.object({ twk: z.number(), tiu: z.number(), tkp: z.number(), total: z.number() }).optional(),
      skb: z.number().optional(),
      competency: z.number().optional(),
      final: z.number().optional(),
      outcome: z
        .enum(['advanced', 'not-advanced', ...currentOutcomes])
        .optional()
        .describe(
          'SKD ranking: advanced or not-advanced to SKB. Final ranking: where the candidate stands now — passed; ' +
            'replacement (moved up from optimalisasi to fill a vacancy); optimalisasi (waiting in rank order); ' +
            'not-passed (TL); withdrawn; failed-documents (missed the document deadline or documents rejected)',
        ),
      rankedOutcome: z
        .enum(['passed', 'optimalisasi', 'not-passed'])
        .optional()
        .describe(
          'Final ranking only: the outcome the ranking itself gave, before any withdrawal or replacement',
        ),
    }),
  ),
});
const statusOnly = z.object({ status: z.enum(applicationStatuses) });
const withdrawn = statusOnly.extend({
  banYears: z.array(z.number().int()).describe('Budget years in which this NIK may not apply'),
});

const notFound = (what: string) => ({ 404: { description: `No such ${what}` } });
const notNow = { 409: { description: 'Not possible in the current phase or status (the reason says why)' } };

const hrActor = (p: Principal | undefined) => actorOf(p!);
const ownApplication = (p: Principal, { params }: { params: { id: string } }) => p.app === params.id;

export function recruitmentRoutes(deps: AppDeps) {
  const commands = recruitmentCommands({
    client: deps.client,
    models: deps.models,
    auth: deps.auth,
    taskQueue: deps.config.taskQueue,
    applicantKeySecret: deps.config.applicantKeySecret,
    hr: deps.config.hr,
  });

  return [
    // ---- Cycles ----
    route({
      method: 'post',
      path: `${BASE}/cycles`,
      operationId: 'createRecruitmentCycle',
      summary: 'Creates and starts a CPNS or PPPK cycle with its formations, schedule and rule overrides',
      tags,
      roles: ['hr'],
      body: createCycleSchema,
      responses: {
        201: { description: 'Started', schema: cycleCreated },
        409: { description: 'A cycle with this code already exists' },
      },
      handler: async ({ body, principal }) => {
        const created = await commands.createCycle(body, hrActor(principal));
        return {
          status: 201,
          body: created,
          headers: { Location: `${BASE}/cycles/${created.code}` },
        };
      },
    }),
    route({
      method: 'get',
      path: `${BASE}/cycles`,
      operationId: 'listRecruitmentCycles',
      summary: 'The cycles, newest first (at most 200)',
      tags,
      roles: ['hr'],
      responses: { 200: { description: 'The cycles', schema: z.object({ cycles: z.array(cycleSummary) }) } },
      handler: async () => ({ body: { cycles: await commands.listCycles() } }),
    }),
    route({
      method: 'get',
      path: `${BASE}/cycles/:code`,
      operationId: 'getRecruitmentCycle',
      summary: "A cycle's phase, schedule, open appeal windows and counts by status and formation",
      tags,
      roles: ['hr'],
      params: codeParams,
      responses: { 200: { description: 'The cycle', schema: cycleDetail }, ...notFound('cycle') },
      handler: async ({ params }) => ({ body: await commands.getCycle(params.code) }),
    }),

    // ---- Applications ----
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/applications`,
      operationId: 'applyToRecruitmentCycle',
      summary:
        'Applies to one formation during registration; the same NIK again gives the same application back',
      tags,
      roles: 'public',
      params: codeParams,
      body: applicationSchema,
      responses: {
        201: { description: 'Created; the access link is also emailed', schema: applied },
        200: { description: 'The same application again (no second email)', schema: applied },
        ...notFound('cycle'),
        409: {
          description:
            'Registration is not open, the NIK applied to another formation, or it is barred after a withdrawal',
        },
      },
      handler: async ({ params, body }) => {
        const r = await commands.apply(params.code, body);
        const reply = { applicationId: r.applicationId, accessToken: r.accessToken };
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
      owns: ownApplication,
      responses: {
        200: { description: 'The application', schema: applicationView },
        ...notFound('application'),
      },
      handler: async ({ params }) => ({ body: await commands.getApplication(params.id) }),
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
          formation: z.string().min(1).max(100).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        })
        .strict(),
      responses: { 200: { description: 'One page', schema: applicationsPage }, ...notFound('cycle') },
      handler: async ({ params, query }) => ({
        body: await commands.listApplications(params.code, query),
      }),
    }),

    // ---- Screening and announcements ----
    route({
      method: 'post',
      path: `${BASE}/applications/:id/screening`,
      operationId: 'screenRecruitmentApplication',
      summary: 'Administrative screening of one application: MS or TMS with a reason',
      tags,
      roles: ['hr'],
      params: idParams,
      body: screeningDecisionSchema.omit({ applicationId: true }),
      responses: {
        202: { description: 'Handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.screen(
          cycleOf(params.id),
          [{ applicationId: params.id, ...body }],
          hrActor(principal),
        ),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/screening`,
      operationId: 'screenRecruitmentApplications',
      summary: 'Administrative screening in bulk: every row checked first, any bad row refuses them all',
      tags,
      roles: ['hr'],
      params: codeParams,
      body: bulkScreeningSchema,
      responses: {
        202: { description: 'Handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.screen(params.code, body.decisions, hrActor(principal)),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/announcements`,
      operationId: 'announceRecruitmentResults',
      summary: "Publishes a stage's results, emails every affected candidate and opens the appeal window",
      tags,
      roles: ['hr'],
      params: codeParams,
      body: announcementSchema,
      responses: {
        202: { description: 'Announced; the appeal window is open until the time given', schema: announced },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.announce(params.code, body.stage, hrActor(principal)),
      }),
    }),

    // ---- Appeals (sanggah) ----
    route({
      method: 'post',
      path: `${BASE}/applications/:id/appeals`,
      operationId: 'appealRecruitmentResult',
      summary: "The candidate appeals a stage's result during its window, once per stage",
      tags,
      roles: ['candidate'],
      params: idParams,
      body: appealSchema.extend({ stage: stageParam }),
      owns: ownApplication,
      responses: {
        201: { description: 'Filed; HR answers by the time given', schema: appealRecord },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body }) => ({
        status: 201,
        body: await commands.appeal(params.id, body.stage, body.reason),
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
        200: { description: 'Decided', schema: appealRecord },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.decideAppeal(
          params.id,
          params.stage,
          body.accepted,
          body.reason,
          hrActor(principal),
        ),
      }),
    }),

    // ---- Exams ----
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/skd-sessions`,
      operationId: 'scheduleRecruitmentSkd',
      summary: 'SKD sessions (place, time) and the applicants of each; every applicant is emailed',
      tags,
      roles: ['hr'],
      params: codeParams,
      body: skdSessionsSchema,
      responses: {
        202: { description: 'Handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.scheduleSkd(params.code, body, hrActor(principal)),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/skd-results`,
      operationId: 'uploadRecruitmentSkdResults',
      summary: 'SKD scores in bulk: every row checked first, any bad row refuses them all',
      tags,
      roles: ['hr'],
      params: codeParams,
      body: skdResultsSchema,
      responses: {
        202: { description: 'Handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.skdResults(params.code, body, hrActor(principal)),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/skb-results`,
      operationId: 'uploadRecruitmentSkbResults',
      summary: 'SKB components with their weights and scores in bulk; any bad row refuses them all',
      tags,
      roles: ['hr'],
      params: codeParams,
      body: skbResultsSchema,
      responses: {
        202: { description: 'Handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.skbResults(params.code, body, hrActor(principal)),
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/cycles/:code/competency-results`,
      operationId: 'uploadRecruitmentCompetencyResults',
      summary: 'PPPK competency test scores in bulk; any bad row refuses them all',
      tags,
      roles: ['hr'],
      params: codeParams,
      body: competencyResultsSchema,
      responses: {
        202: { description: 'Handed to the cycle', schema: batchAccepted },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.competencyResults(params.code, body, hrActor(principal)),
      }),
    }),

    // ---- Rankings ----
    route({
      method: 'get',
      path: `${BASE}/cycles/:code/rankings/:formationCode`,
      operationId: 'getRecruitmentRanking',
      summary: "A formation's SKD or final ranking: rank, scores, outcome",
      tags,
      roles: ['hr'],
      params: rankingParams,
      query: rankingQuery,
      responses: { 200: { description: 'The ranking', schema: rankings }, ...notFound('cycle or formation') },
      handler: async ({ params, query }) => ({
        body: await commands.rankings(params.code, params.formationCode, query.stage, false),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/public/cycles/:code/rankings/:formationCode`,
      operationId: 'getPublicRecruitmentRanking',
      summary: "A formation's ranking without personal data: masked names, no application ids",
      tags,
      roles: 'public',
      params: rankingParams,
      query: rankingQuery,
      responses: { 200: { description: 'The ranking', schema: rankings }, ...notFound('cycle or formation') },
      handler: async ({ params, query }) => ({
        body: await commands.rankings(params.code, params.formationCode, query.stage, true),
      }),
    }),

    // ---- Documents and withdrawal ----
    route({
      method: 'post',
      path: `${BASE}/applications/:id/documents`,
      operationId: 'submitRecruitmentDocuments',
      summary: 'The candidate submits their documents (DRH) during the document window',
      tags,
      roles: ['candidate'],
      params: idParams,
      body: documentsSubmissionSchema,
      owns: ownApplication,
      responses: {
        200: { description: 'Submitted', schema: statusOnly },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body }) => ({
        body: await commands.submitDocuments(params.id, body.documents),
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
        body: await commands.verifyDocuments(params.id, body.accepted, body.reason, hrActor(principal)),
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
      owns: ownApplication,
      responses: {
        200: { description: 'Withdrawn', schema: withdrawn },
        ...notFound('application'),
        ...notNow,
      },
      handler: async ({ params, body }) => ({ body: await commands.withdraw(params.id, body.reason) }),
    }),
  ];
}
