// The appraisal's records as callers see them, one zod schema per view: the API declares its responses
// with them and the commands return their z.infer, so a view has one shape everywhere.
import { z } from 'zod';
import { appraisalTaskTypes, type AppraisalTaskType } from './tasks';

/** One task of the inbox: who must do what for whom, by when, and whether it is late or escalated. */
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
