// The human steps of the awards round as data: each task type, who does it and the payload that completes
// it. The workflow side opens, reminds, escalates and closes them as every other task
// (workflows/lib/task.ts); the generic inbox completes them through commands/appraisal/award-completion.ts.
import type { z } from 'zod';
import { awardDecisionSchema, awardNominationsSchema } from './award-rules';

export const awardTasks = {
  'award-nomination': {
    assignee: 'unit-head',
    payload: awardNominationsSchema,
    title: { id: 'Mengusulkan pegawai untuk penghargaan', en: 'Nominate employees for an award' },
  },
  'award-decision': {
    assignee: 'hr',
    payload: awardDecisionSchema,
    title: { id: 'Memutus usulan penghargaan', en: 'Decide an award nomination' },
  },
} as const satisfies Record<
  string,
  { assignee: 'unit-head' | 'hr'; payload: z.ZodType; title: { id: string; en: string } }
>;

export type AwardTaskType = keyof typeof awardTasks;
export const awardTaskTypes = Object.keys(awardTasks) as AwardTaskType[];
