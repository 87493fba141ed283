// The awards round (penghargaan) over HTTP: HR starts a closed year's round (starting twice is one) under
// the rule set with the year's overrides, reads it and downloads its list; a unit head reads their open
// nominations and nominates from the eligible list within the quota; HR's committee decides each
// nomination; an employee reads their own award of a year. Each operation is a command of
// commands/appraisal/awards.ts (which checks who may touch the record); this file declares inputs and outputs.
import { z } from 'zod';
import { awardExportCommands } from '../../../commands/appraisal/award-exports';
import { awardCommands } from '../../../commands/appraisal/awards';
import type { AppraisalDeps } from '../../../commands/appraisal/deps';
import { tableContentTypes } from '../../../commands/files/tables';
import type { AuditTrail } from '../../../db/audit-trail';
import {
  awardDecisionSchema,
  awardNominationsSchema,
  awardRuleOverridesSchema,
  awardRuleSets,
  type AwardRuleSetId,
} from '../../../domain/appraisal/award-rules';
import { nipSchema, unitCodeSchema } from '../../../domain/org/schemas';
import { route } from '../../route';
import { sendPreparedFile } from '../../send-file';

const yearParam = z.object({ year: z.coerce.number().int().min(2020).max(2100) });
const loose = z.record(z.string(), z.unknown());
const tags = ['awards'];
const done = z.object({ taskId: z.string(), status: z.literal('done') });

export function awardRoutes(deps: AppraisalDeps & { audit: AuditTrail }) {
  const awards = awardCommands(deps);
  const exports = awardExportCommands(deps);

  return [
    route({
      method: 'post',
      path: '/api/v1/appraisal/years/:year/awards',
      operationId: 'startAwards',
      summary:
        "Starts a closed year's awards round: eligible lists per unit, then nominations (twice is one)",
      tags,
      roles: ['hr'],
      params: yearParam,
      body: z
        .object({
          ruleSetId: z.enum(Object.keys(awardRuleSets) as [AwardRuleSetId]).optional(),
          ruleOverrides: awardRuleOverridesSchema.optional(),
        })
        .strict(),
      responses: {
        202: {
          description: 'Started',
          schema: z.object({ workflowId: z.string(), alreadyStarted: z.boolean() }),
        },
        200: {
          description: 'Already started',
          schema: z.object({ workflowId: z.string(), alreadyStarted: z.boolean() }),
        },
        404: { description: 'No appraisal year' },
        409: { description: 'The appraisal year has not closed yet' },
      },
      handler: async ({ params, body, principal }) => {
        const r = await awards.startAwards(principal!, { year: params.year, ...body });
        return { status: r.alreadyStarted ? 200 : 202, body: r };
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/years/:year/awards',
      operationId: 'getAwards',
      summary: "A year's awards round: its rules, units, and everyone on a list with nomination and decision",
      tags,
      roles: ['hr'],
      params: yearParam,
      responses: {
        200: {
          description: 'The round (null before it starts) and its awards',
          schema: z.object({ round: loose.nullable(), awards: z.array(loose) }),
        },
      },
      handler: async ({ params, principal }) => ({ body: await awards.awardRound(principal!, params) }),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/years/:year/awards/export',
      operationId: 'exportAwards',
      summary: "A year's awards list as XLSX or CSV (audited), streamed",
      tags,
      roles: ['hr'],
      params: yearParam,
      query: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }).strict(),
      responses: {
        200: { description: 'The file, as an attachment', fileTypes: Object.values(tableContentTypes) },
        404: { description: 'No awards round for the year' },
      },
      handler: async ({ params, query, principal, req, res }) => {
        await sendPreparedFile(
          await exports.prepareAwardsExport(principal!, { ...params, ...query }),
          req,
          res,
        );
        return {};
      },
    }),
    route({
      method: 'get',
      path: '/api/v1/awards/nominations',
      operationId: 'listMyAwardNominations',
      summary: "The caller's open award nominations (the units they head), each with its eligible list",
      tags,
      roles: ['hr', 'supervisor', 'employee'],
      responses: {
        200: { description: 'Open nominations', schema: z.object({ nominations: z.array(loose) }) },
      },
      handler: async ({ principal }) => ({ body: { nominations: await awards.openNominations(principal!) } }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/years/:year/awards/units/:unitCode/nominations',
      operationId: 'nominateForAward',
      summary: "The unit head nominates from the unit's eligible list, each with a reason, within the quota",
      tags,
      roles: ['hr', 'supervisor', 'employee'],
      params: yearParam.extend({ unitCode: unitCodeSchema }),
      body: awardNominationsSchema,
      responses: {
        200: { description: 'Nominated', schema: done },
        400: { description: 'Over the quota, not on the eligible list, twice, or the head themselves' },
        403: { description: 'Not the head of this unit (by the registry)' },
        404: { description: 'No nomination for this unit and year' },
        409: { description: 'The nomination is no longer open' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await awards.nominate(principal!, { ...params, ...body }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/appraisal/years/:year/awards/:nip/decision',
      operationId: 'decideAward',
      summary: "HR's committee decides a nomination: awarded or not, with a reason (the employee is emailed)",
      tags,
      roles: ['hr'],
      params: yearParam.extend({ nip: nipSchema }),
      body: awardDecisionSchema,
      responses: {
        200: { description: 'Decided', schema: done },
        404: { description: 'No nomination of this employee in this year' },
        409: { description: 'Already decided' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await awards.decide(principal!, { ...params, ...body }),
      }),
    }),
    route({
      method: 'get',
      path: '/api/v1/appraisal/:year/employees/:nip/award',
      operationId: 'getEmployeeAward',
      summary: "An employee's award of a year (nomination and decision): the employee themselves, or HR",
      tags,
      roles: ['hr', 'supervisor', 'employee'],
      params: yearParam.extend({ nip: nipSchema }),
      responses: {
        200: {
          description: 'The award, null when not nominated',
          schema: z.object({ award: loose.nullable() }),
        },
        403: { description: "Someone else's award" },
      },
      handler: async ({ params, principal }) => ({
        body: { award: await awards.employeeAward(principal!, params) },
      }),
    }),
  ];
}
