// HR's uploads: screening decisions, SKD sessions and scores, SKB and competency results, each checked whole before anything is applied.
import { z } from 'zod';
import type { Actor } from '../../../domain/actor';
import {
  bulkScreeningSchema,
  bulkScreeningUploadSchema,
  competencyResultsSchema,
  competencyResultsUploadSchema,
  screeningDecisionSchema,
  skbResultsSchema,
  skbResultsUploadSchema,
  skdResultsSchema,
  skdResultsUploadSchema,
  skdSessionsSchema,
} from '../../../domain/recruitment/schemas';
import { route } from '../../route';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import {
  BASE,
  batchAccepted,
  callerOf,
  codeParams,
  cycleOf,
  idParams,
  notFound,
  notNow,
  tags,
} from './shared';

/** An upload to `/cycles/{code}/<what>`: checked whole by its command, then handed to the cycle (202). */
function upload<B extends z.ZodType>(
  what: string,
  operationId: string,
  summary: string,
  schemas: { body: B; documented: z.ZodType },
  command: (code: string, body: z.infer<B>, actor: Actor) => Promise<z.infer<typeof batchAccepted>>,
) {
  return route({
    method: 'post',
    path: `${BASE}/cycles/:code/${what}`,
    operationId,
    summary,
    tags,
    roles: ['hr'],
    params: codeParams,
    body: schemas.body,
    documentedBody: schemas.documented,
    responses: handedToCycle,
    handler: async ({ params, body, principal }) => ({
      status: 202,
      body: await command(params.code, body, callerOf(principal)),
    }),
  });
}

/** What an upload answers: handed to the cycle, which applies its batches one after the other. */
const handedToCycle = {
  202: { description: 'Handed to the cycle', schema: batchAccepted },
  ...notFound('cycle'),
  ...notNow,
};

export function resultRoutes(commands: RecruitmentCommands) {
  return [
    route({
      method: 'post',
      path: `${BASE}/applications/:id/screening`,
      operationId: 'screenRecruitmentApplication',
      summary: 'Administrative screening of one application: MS or TMS with a reason',
      tags,
      roles: ['hr'],
      params: idParams,
      body: screeningDecisionSchema.omit({ applicationId: true }),
      responses: handedToCycle,
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.screen(
          cycleOf(params.id),
          [{ applicationId: params.id, ...body }],
          callerOf(principal),
        ),
      }),
    }),
    upload(
      'screening',
      'screenRecruitmentApplications',
      'Administrative screening in bulk: every row checked first, any bad row refuses them all',
      { body: bulkScreeningUploadSchema, documented: bulkScreeningSchema },
      (code, body, actor) => commands.screen(code, body.decisions, actor),
    ),
    upload(
      'skd-sessions',
      'scheduleRecruitmentSkd',
      'SKD sessions (place, time) and the applicants of each; every applicant is emailed',
      { body: skdSessionsSchema, documented: skdSessionsSchema },
      commands.scheduleSkd,
    ),
    upload(
      'skd-results',
      'uploadRecruitmentSkdResults',
      'SKD scores in bulk: every row checked first, any bad row refuses them all',
      { body: skdResultsUploadSchema, documented: skdResultsSchema },
      commands.skdResults,
    ),
    upload(
      'skb-results',
      'uploadRecruitmentSkbResults',
      'SKB components with their weights and scores in bulk; any bad row refuses them all',
      { body: skbResultsUploadSchema, documented: skbResultsSchema },
      commands.skbResults,
    ),
    upload(
      'competency-results',
      'uploadRecruitmentCompetencyResults',
      'PPPK competency test scores in bulk; any bad row refuses them all',
      { body: competencyResultsUploadSchema, documented: competencyResultsSchema },
      commands.competencyResults,
    ),
  ];
}
