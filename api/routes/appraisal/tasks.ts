// The task inbox: each person's own tasks (HR sees all, and what is overdue), completion by the assignee
// (an Update on the task's workflow, whose validator decides: a stale or duplicate completion is refused
// with 409 and its reason), and HR's extension of a deadline.
import { z } from 'zod';
import { appraisalTasks, appraisalTaskTypes, type AppraisalTaskType } from '../../../domain/appraisal/tasks';
import { instantSchema } from '../../../domain/time';
import { completeTask, extendTask } from '../../../workflows/appraisal/messages';
import type { AppDeps } from '../../app';
import { badRequest, fieldErrors, forbidden, notFound } from '../../../commands/errors';
import { route } from '../../route';
import { viaUpdate } from '../../../commands/updates';

export const taskView = z.object({
  id: z.string(),
  type: z.enum(appraisalTaskTypes as [AppraisalTaskType]),
  title: z.string(),
  assigneeNip: z.string().nullable(),
  assigneeName: z.string(),
  subjectNip: z.string(),
  subjectName: z.string(),
  unitCode: z.string(),
  year: z.number().int(),
  period: z.string().nullable(),
  dueAt: z.string(),
  status: z.enum(['open', 'done', 'cancelled', 'expired']),
  overdue: z.boolean(),
  reminded: z.boolean(),
  escalated: z.boolean(),
  escalatedTo: z.string().nullable(),
  workflowId: z.string(),
});
export type TaskView = z.infer<typeof taskView>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function toTaskView(t: any, now: Date): TaskView {
  const dueAt = new Date(t.dueAt);
  return {
    id: t._id,
    type: t.type,
    title: appraisalTasks[t.type as AppraisalTaskType].title.id,
    assigneeNip: t.assigneeNip ?? null,
    assigneeName: t.assigneeName,
    subjectNip: t.subjectNip,
    subjectName: t.subjectName,
    unitCode: t.unitCode,
    year: t.year,
    period: t.period ?? null,
    dueAt: dueAt.toISOString(),
    status: t.status,
    overdue: t.status === 'open' && dueAt < now,
    reminded: !!t.reminded,
    escalated: !!t.escalated,
    escalatedTo: t.escalatedTo ?? null,
    workflowId: t.workflowId,
  };
}

export function taskRoutes({ models, client }: AppDeps) {
  const findTask = async (id: string) => {
    const t = await models.tasks.findById(id).lean();
    if (!t) throw notFound('no such task');
    return t;
  };

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
          type: z.enum(appraisalTaskTypes as [AppraisalTaskType]).optional(),
          status: z.enum(['open', 'done', 'cancelled', 'expired']).optional(),
          dueBefore: instantSchema.optional(),
          dueAfter: instantSchema.optional(),
          overdue: z.enum(['true', 'false']).optional(),
          year: z.coerce.number().int().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        })
        .strict(),
      responses: {
        200: { description: 'The tasks, earliest due first', schema: z.object({ tasks: z.array(taskView) }) },
      },
      handler: async ({ query, principal }) => {
        const now = new Date();
        const filter: Record<string, unknown> = {};
        if (principal!.role !== 'hr') filter.assigneeNip = principal!.nip;
        if (query.type) filter.type = query.type;
        if (query.year) filter.year = query.year;
        if (query.overdue === 'true') Object.assign(filter, { status: 'open' });
        else if (query.status) filter.status = query.status;
        const due: Record<string, Date> = {};
        if (query.dueBefore) due.$lt = new Date(query.dueBefore);
        if (query.dueAfter) due.$gte = new Date(query.dueAfter);
        if (query.overdue === 'true') due.$lt = due.$lt && due.$lt < now ? due.$lt : now;
        if (Object.keys(due).length) filter.dueAt = due;
        const tasks = await models.tasks.find(filter).sort({ dueAt: 1, _id: 1 }).limit(query.limit).lean();
        return { body: { tasks: tasks.map((t) => toTaskView(t, now)) } };
      },
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
        .record(z.string(), z.unknown())
        .describe(
          'skp-draft: {results[]: {description, indicator, target}}; skp-approval: {approved, note}; ' +
            'period-rating/annual-rating: {hasilKerja, perilakuKerja, note}; objection-decision: {predikat, reason}',
        ),
      responses: {
        200: {
          description: 'Completed',
          schema: z.object({ taskId: z.string(), status: z.literal('done') }),
        },
        404: { description: 'Unknown task' },
        409: { description: 'The task is not open (done, cancelled, stale): the reason says why' },
      },
      handler: async ({ params, body, principal }) => {
        const t = await findTask(params.id);
        const isAssignee =
          t.assigneeKind === 'head-of-region' ? principal!.role === 'hr' : principal!.nip === t.assigneeNip;
        if (!isAssignee) throw forbidden('only the assignee may complete this task');
        const parsed = appraisalTasks[t.type as AppraisalTaskType].payload.safeParse(body);
        if (!parsed.success)
          throw badRequest(`not a valid ${t.type} payload`, fieldErrors('body', parsed.error));
        const actor = { sub: principal!.sub, role: principal!.role as 'hr', nip: principal!.nip ?? null };
        const result = await viaUpdate('the appraisal', () =>
          client.workflow
            .getHandle(t.workflowId)
            .executeUpdate(completeTask, { args: [{ taskId: t._id, actor, payload: parsed.data }] }),
        );
        return { body: result };
      },
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
      handler: async ({ params, body, principal }) => {
        const t = await findTask(params.id);
        const result = await viaUpdate('the appraisal', () =>
          client.workflow.getHandle(t.workflowId).executeUpdate(extendTask, {
            args: [
              {
                taskId: t._id,
                dueAt: body.dueAt,
                reason: body.reason,
                actor: { sub: principal!.sub, role: 'hr' },
              },
            ],
          }),
        );
        return { body: result };
      },
    }),
  ];
}
