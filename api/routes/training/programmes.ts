// HR's programmes over HTTP: creating one (dates, JP, seats), the year's list, enrolment (one seat each,
// 409 when full), its enrolments, and HR's completions, which make each one's record, verified.
import { z } from 'zod';
import type { TrainingCommands } from '../../../commands/training/commands';
import {
  completionInputSchema,
  enrolmentInputSchema,
  programmeInputSchema,
} from '../../../domain/training/schemas';
import { trainingKindSchema } from '../../../domain/training/rule-sets';
import { route } from '../../route';
import { BASE, notFound, programmeParams, recordView, tags, yearParams } from './shared';

const programmeView = z.object({
  code: z.string(),
  year: z.number().int(),
  title: z.string(),
  provider: z.string(),
  kind: trainingKindSchema.or(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  jp: z.number(),
  seats: z.number().int(),
  enrolled: z.number().int(),
  seatsLeft: z.number().int(),
});

export function programmeRoutes(commands: TrainingCommands) {
  return [
    route({
      method: 'post',
      path: `${BASE}/programmes`,
      operationId: 'createTrainingProgramme',
      summary: 'HR offers a programme (dates, JP, seats); the same code and details again is the same one',
      tags,
      roles: ['hr'],
      body: programmeInputSchema,
      responses: {
        201: {
          description: 'Created (or already there)',
          schema: programmeView.extend({ created: z.boolean() }),
        },
        409: { description: 'The code is taken by a programme with other details' },
      },
      handler: async ({ body, principal }) => ({
        status: 201,
        body: await commands.createProgramme(principal!, body),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/:year/programmes`,
      operationId: 'listTrainingProgrammes',
      summary: "The year's programmes with their seats left",
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: yearParams,
      responses: {
        200: { description: 'The programmes', schema: z.object({ programmes: z.array(programmeView) }) },
      },
      handler: async ({ params, principal }) => ({
        body: { programmes: await commands.listProgrammes(principal!, params.year) },
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/programmes/:code/enrolments`,
      operationId: 'enrolInTrainingProgramme',
      summary:
        'Enrols the caller (HR: `nip`): one seat each, the same employee twice holds one; 409 when full',
      tags,
      roles: ['employee', 'supervisor', 'hr'],
      params: programmeParams,
      body: enrolmentInputSchema,
      responses: {
        200: {
          description: 'Enrolled (or already)',
          schema: z.object({
            programmeCode: z.string(),
            nip: z.string(),
            status: z.enum(['enrolled', 'completed']),
            enrolledAt: z.string(),
          }),
        },
        ...notFound('programme'),
        409: { description: 'The programme is full' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.enrol(principal!, params.code, body),
      }),
    }),
    route({
      method: 'get',
      path: `${BASE}/programmes/:code/enrolments`,
      operationId: 'listTrainingEnrolments',
      summary: "HR: a programme's enrolments",
      tags,
      roles: ['hr'],
      params: programmeParams,
      responses: {
        200: {
          description: 'The enrolments',
          schema: z.object({
            enrolments: z.array(z.object({ nip: z.string(), status: z.enum(['enrolled', 'completed']) })),
          }),
        },
        ...notFound('programme'),
      },
      handler: async ({ params, principal }) => ({
        body: { enrolments: await commands.listEnrolments(principal!, params.code) },
      }),
    }),
    route({
      method: 'post',
      path: `${BASE}/programmes/:code/completions`,
      operationId: 'completeTrainingProgramme',
      summary:
        "HR marks who completed: each one's record of the programme, verified (a NIP not enrolled refuses all)",
      tags,
      roles: ['hr'],
      params: programmeParams,
      body: completionInputSchema,
      responses: {
        200: {
          description: 'The records made (or already made)',
          schema: z.object({ programmeCode: z.string(), records: z.array(recordView) }),
        },
        ...notFound('programme'),
        409: { description: 'A NIP is not enrolled (details.notEnrolled)' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await commands.complete(principal!, params.code, body),
      }),
    }),
  ];
}
