// The messages of the awards round besides the task Updates it shares with the appraisal
// (completeTask, extendTask in ./messages.ts): its state for tests and tools, and the signal the
// registry's changes send it (a unit may have a new head while its nomination is open).
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { AwardTaskType } from '../../domain/appraisal/award-tasks';

export interface AwardsOpenTask {
  taskId: string;
  type: AwardTaskType;
  unitCode: string;
  nip: string | null;
  dueAt: string;
  assigneeNip: string | null;
  reminded: boolean;
  escalated: boolean;
}

export const awardsState = defineQuery<{ year: number; phase: string; openTasks: AwardsOpenTask[] }>(
  'awardsState',
);

/** The registry changed: each open nomination goes to its unit's head as the registry now names them. */
export const unitHeadsChanged = defineSignal('awardsUnitHeadsChanged');
