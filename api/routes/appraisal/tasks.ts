// The task inbox over HTTP: each person's own tasks (HR sees all, and what is overdue), completion by the
// assignee (the task's workflow decides: a stale or duplicate completion is refused with 409 and its
// reason), and HR's extension of a deadline. Each operation is a command of commands/tasks/inbox.ts.
import { z } from 'zod';
import { taskCommands } from '../../../commands/tasks/inbox';
import { taskTypes, taskView, type TaskType } from '../../../domain/tasks';
import { instantSchema } from '../../../domain/time';
import type { AppraisalDeps } from '../../../commands/appraisal/deps';
import type { RecruitmentCommands } from '../../../commands/recruitment/commands';
import { route } from '../../route';
import { codeParams } from '../recruitment/shared';

export function taskRoutes(deps: AppraisalDeps & { recruitment: RecruitmentCommands }) {
  const tasks = taskCommands(deps);

  return [
    route({
      method: 'get',
      path: '/api/v1/tasks',
      operationId: 'listTasks',
      summary: 'My tasks, open and done (HR: every task), by type, status and due date',
      tags: ['tasks'],
      roles: ['hr', 'supervisor', 'employee'],
      query: z
        .object({
          type: z.enum(taskTypes as [TaskType, ...TaskType[]]).optional(),
          status: z.enum(['open', 'done', 'cancelled', 'expired']).optional(),
          dueBefore: instantSchema.optional(),
          dueAfter: instantSchema.optional(),
          overdue: z.enum(['true', 'false']).optional(),
          year: z.coerce.number().int().min(2020).max(2100).optional(),
          cycleCode: codeParams.shape.code.optional().describe("A recruitment cycle's tasks only"),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        })
        .strict(),
      responses: {
        200: { description: 'The tasks, earliest due first', schema: z.object({ tasks: z.array(taskView) }) },
      },
      handler: async ({ query, principal }) => ({
        body: { tasks: await tasks.listTasks(principal!, { ...query, overdue: query.overdue === 'true' }) },
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/tasks/:id/complete',
      operationId: 'completeTask',
      summary: "Completes a task with the step's payload (SKP, approval, rating, objection decision)",
      tags: ['tasks'],
      roles: ['hr', 'supervisor', 'employee'],
      params: z.object({ id: z.string().regex(/^t_[\w-]{10,40}$/) }),
      body: z
        .record(z.string().max(40), z.unknown())
        .refine((p) => Object.keys(p).length <= 20, { error: 'a task payload has at most 20 fields' })
        .describe(
          'skp-draft: {results[]: {description, indicator, target}}; skp-approval: {approved, note}; ' +
            'period-rating/annual-rating: {hasilKerja, perilakuKerja, note}; objection-decision: {predikat, reason}; ' +
            'address-correction: {email}',
        ),
      responses: {
        200: {
          description: 'Completed',
          schema: z.object({ taskId: z.string(), status: z.literal('done') }),
        },
        404: { description: 'Unknown task' },
        409: { description: 'The task is not open (done, cancelled, stale): the reason says why' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await tasks.completeTask(principal!, { id: params.id, payload: body }),
      }),
    }),
    route({
      method: 'post',
      path: '/api/v1/tasks/:id/extension',
      operationId: 'extendTask',
      summary: "HR moves a task's deadline (audited; the reminder and escalation move with it)",
      tags: ['tasks'],
      roles: ['hr'],
      params: z.object({ id: z.string().regex(/^t_[\w-]{10,40}$/) }),
      body: z.object({ dueAt: instantSchema, reason: z.string().trim().min(1).max(2000) }).strict(),
      responses: {
        200: { description: 'Extended', schema: z.object({ taskId: z.string(), dueAt: z.string() }) },
        404: { description: 'Unknown task' },
        409: { description: 'The task is not open' },
      },
      handler: async ({ params, body, principal }) => ({
        body: await tasks.extendDeadline(principal!, { ...params, ...body }),
      }),
    }),
  ];
}
