// Cycles: HR opens, lists and reads them, and announces each stage's results; the rankings, for HR and (masked) for the public.
import type { RequestHandler } from 'express';
import type { PublicLimits } from '../../rate-limits';
import { z } from 'zod';
import { announcementSchema, createCycleSchema } from '../../../domain/recruitment/schemas';
import { announcementStages } from '../../../domain/recruitment/stages';
import {
  cycleCreatedView,
  cycleSummaryView,
  cycleView,
  rankingView,
} from '../../../domain/recruitment/views';
import { cycleDashboardView } from '../../../domain/recruitment/funnel';
import { route } from '../../route';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import { BASE, callerOf, codeParams, notFound, notNow, rankingParams, rankingQuery, tags } from './shared';

const isoInstant = z.string().describe('ISO 8601 instant');
const announced = z.object({ stage: z.enum(announcementStages), appealWindowClosesAt: isoInstant });

export function cycleRoutes(commands: RecruitmentCommands, limits: PublicLimits) {
  return [
    route({
      method: 'post',
      path: `${BASE}/cycles`,
      operationId: 'createRecruitmentCycle',
      summary: 'Creates and starts a CPNS or PPPK cycle with its formations, schedule and rule overrides',
      tags,
      roles: ['hr'],
      body: createCycleSchema,
      responses: {
        201: { description: 'Started', schema: cycleCreatedView },
        409: { description: 'A cycle with this code already exists' },
      },
      handler: async ({ body, principal }) => {
        const created = await commands.createCycle(body, callerOf(principal));
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
      responses: {
        200: { description: 'The cycles', schema: z.object({ cycles: z.array(cycleSummaryView) }) },
      },
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
      responses: { 200: { description: 'The cycle', schema: cycleView }, ...notFound('cycle') },
      handler: async ({ params }) => ({ body: await commands.getCycle(params.code) }),
    }),
    route({
      method: 'get',
      path: `${BASE}/cycles/:code/dashboard`,
      operationId: 'getRecruitmentCycleDashboard',
      summary:
        "A cycle's funnel (confirmed applications reaching each step) and the median and longest time spent in each stage",
      tags,
      roles: ['hr'],
      params: codeParams,
      responses: { 200: { description: 'The dashboard', schema: cycleDashboardView }, ...notFound('cycle') },
      handler: async ({ params }) => ({ body: await commands.cycleDashboard(params.code) }),
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
        202: {
          description:
            "Announced; each application's appeal window opens as the announcement reaches it (the candidate is emailed, and `deadlines.appeal-<stage>` appears in the application) and closes at the time given. An appeal sent before that answers 409 with Retry-After.",
          schema: announced,
        },
        ...notFound('cycle'),
        ...notNow,
      },
      handler: async ({ params, body, principal }) => ({
        status: 202,
        body: await commands.announce(params.code, body.stage, callerOf(principal)),
      }),
    }),
    ranking(commands, false),
    ranking(commands, true, limits.rankings),
  ];
}

/** A formation's ranking, for HR or (masked, without application ids) for the public. */
function ranking(commands: RecruitmentCommands, publicView: boolean, limits?: RequestHandler[]) {
  return route({
    method: 'get',
    path: `${BASE}${publicView ? '/public' : ''}/cycles/:code/rankings/:formationCode`,
    operationId: publicView ? 'getPublicRecruitmentRanking' : 'getRecruitmentRanking',
    summary: publicView
      ? "A formation's ranking without personal data: masked names, no application ids"
      : "A formation's SKD or final ranking: rank, scores, outcome",
    tags,
    roles: publicView ? 'public' : ['hr'],
    ...(limits ? { limits } : {}),
    params: rankingParams,
    query: rankingQuery,
    responses: {
      200: { description: 'The ranking', schema: rankingView },
      ...notFound('cycle or formation'),
    },
    handler: async ({ params, query }) => ({
      body: await commands.rankings(params.code, params.formationCode, query.stage, publicView),
    }),
  });
}
