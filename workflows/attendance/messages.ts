// The messages of attendance's workflows (disciplinary cases and excused absences): the Updates that
// complete or move a human step (the same names and shapes as the appraisal's, so the one task inbox
// drives them all), and the query of where a process stands. Shared by workflows and commands.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/actor';
import type { AttendanceTaskType, ExcuseRequest } from '../../domain/attendance/schemas';

export interface DisciplineCaseInput {
  year: number;
  nip: string;
  band: string;
  days: number;
  ruleSetId: string;
}

export interface ExcusedAbsenceInput {
  requestId: string;
  nip: string;
  request: ExcuseRequest;
  ruleSetId: string;
}

export interface AttendanceOpenTask {
  taskId: string;
  type: AttendanceTaskType;
  dueAt: string;
  assigneeNip: string | null;
  assigneeName: string;
  reminded: boolean;
  escalated: boolean;
  escalatedToHr: boolean;
}

export interface AttendanceProcessState {
  stage: string;
  openTasks: AttendanceOpenTask[];
}

export const completeTask = defineUpdate<
  { taskId: string; status: 'done' },
  [{ taskId: string; actor: Actor; payload: unknown }]
>('completeTask');
export const extendTask = defineUpdate<
  { taskId: string; dueAt: string },
  [{ taskId: string; dueAt: string; reason: string; actor: Actor }]
>('extendTask');
export const attendanceProcessState = defineQuery<AttendanceProcessState>('attendanceProcessState');
