// HR's uploads: screening decisions, SKD sessions and scores, SKB and competency results, each checked whole before anything is applied.
import {
  bulkScreeningSchema,
  competencyResultsSchema,
  screeningDecisionSchema,
  skbResultsSchema,
  skdResultsSchema,
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
          callerOf(principal),
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
        body: await commands.screen(params.code, body.decisions, callerOf(principal)),
      }),
    }),
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
        body: await commands.scheduleSkd(params.code, body, callerOf(principal)),
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
        body: await commands.skdResults(params.code, body, callerOf(principal)),
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
        body: await commands.skbResults(params.code, body, callerOf(principal)),
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
        body: await commands.competencyResults(params.code, body, callerOf(principal)),
      }),
    }),
  ];
}
