// The messages of the competency-development workflows: the employee's year takes a record to verify and
// the verification (Updates, refused with a reason when the step is not open), and tells what is open
// (query). Shared by the workflows and the commands (types only on the command side).
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { TrainingYearConfig } from '../../domain/training/schemas';

export interface EmployeeDevelopmentInput {
  year: number;
  nip: string;
  ruleSetId: string;
  /** After this instant no record of the year is taken; the workflow ends once every one is verified. */
  entriesCloseAt: string;
  /** The verification step's times (ISO durations); the rule set's unless a test compresses them. */
  verification: { within: string; reminderBefore: string; escalationAfter: string };
}

export interface DevelopmentState {
  open: { recordId: string; taskId: string; dueAt: string; assigneeNip: string | null }[];
  decided: number;
}

export const submitRecord = defineUpdate<{ taskId: string; dueAt: string }, [{ recordId: string }]>(
  'submitRecord',
);
export const decideRecord = defineUpdate<
  { recordId: string; status: 'verified' | 'rejected' },
  [{ taskId: string; approved: boolean; note?: string; actor: Actor }]
>('decideRecord');
/** HR moves a verification's due date (audited by the task activities); reminder and escalation follow. */
export const extendVerification = defineUpdate<
  { taskId: string; dueAt: string },
  [{ taskId: string; dueAt: string; reason: string; actor: Actor }]
>('extendVerification');
export const developmentState = defineQuery<DevelopmentState>('developmentState');

export type { TrainingYearConfig };
