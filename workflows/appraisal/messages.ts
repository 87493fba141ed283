// The messages of the appraisal workflows: the Updates that complete or move a human step (validated,
// refused with a reason when the step is not open), the signals HR's organisation changes fan out, and
// the queries the API reads. Shared by the workflows and the API (types only on the API side).
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { AppraisalTaskType } from '../../domain/appraisal/tasks';
import type { Predikat, UnitResult } from '../../domain/appraisal/rule-sets';
import type { AppraisalYearConfig } from '../../domain/appraisal/schemas';

export interface EmployeeAppraisalInput {
  year: number;
  nip: string;
  config: AppraisalYearConfig;
}

export interface OpenTaskView {
  taskId: string;
  type: AppraisalTaskType;
  period: string | null;
  dueAt: string;
  assigneeNip: string | null;
  assigneeName: string;
  reminded: boolean;
  escalated: boolean;
}

export interface EmployeeAppraisalState {
  phase: string;
  openTasks: OpenTaskView[];
  objectionOpenUntil: string | null;
  predikat: Predikat | null;
  left: boolean;
}

export interface EmployeeAppraisalResult {
  status: 'done' | 'left';
  predikat: Predikat | null;
  objected: boolean;
}

export const completeTask = defineUpdate<
  { taskId: string; status: 'done' },
  [{ taskId: string; actor: Actor; payload: unknown }]
>('completeTask');
export const extendTask = defineUpdate<
  { taskId: string; dueAt: string },
  [{ taskId: string; dueAt: string; reason: string; actor: Actor }]
>('extendTask');
export const recordFeedback = defineUpdate<{ at: string }, [{ note: string; actor: Actor }]>(
  'recordFeedback',
);
export const fileObjection = defineUpdate<{ decisionDueAt: string }, [{ reason: string; actor: Actor }]>(
  'fileObjection',
);
/** The employee accepts their annual result: the objection window closes at once, the year goes on. */
export const acceptResult = defineUpdate<
  { predikat: Predikat; acceptedAt: string },
  [{ note?: string; actor: Actor }]
>('acceptResult');
export const leaveAppraisal = defineUpdate<{ status: 'left' }, [{ reason: string; actor: Actor }]>(
  'leaveAppraisal',
);
/** The employee's supervisor changed: open tasks go to the new appraiser. */
export const reportingLineChanged = defineSignal('reportingLineChanged');
/** The employee changed position: a new SKP starts. */
export const positionChanged = defineSignal<[{ position: string }]>('positionChanged');
export const appraisalState = defineQuery<EmployeeAppraisalState>('appraisalState');

export interface AppraisalYearState {
  year: number;
  phase: string;
  employees: number;
  units: string[];
  finalised: string[];
}

export const setUnitResult = defineUpdate<
  { previous: UnitResult | null },
  [{ unitCode: string; period: string; result: UnitResult; actor: Actor }]
>('setUnitResult');
export const finaliseUnit = defineUpdate<
  { unitCode: string; finalised: true },
  [{ unitCode: string; actor: Actor; reason: string }]
>('finaliseUnit');
/**
 * Sent by an activity when it finds no appraisal of the year still running (the last one done or left):
 * the year need not wait for the rest of the objection window. The year counts again before it acts.
 */
export const appraisalsSettled = defineSignal('appraisalsSettled');
export const appraisalYearState = defineQuery<AppraisalYearState>('appraisalYearState');
