// The human steps of an appraisal year as data: each task type, who in the reporting line must do it, and
// the payload that completes it. The workflow side opens, reminds, escalates and closes every one of them
// the same way; this table is what differs.
import type { z } from 'zod';
import {
  appraiserOf,
  appraisersSuperiorOf,
  ReportingLineError,
  type Appraiser,
  type Directory,
  type ReportingLineEntry,
} from '../org/reporting-line';
import {
  objectionDecisionSchema,
  ratingSchema,
  skpApprovalSchema,
  skpDraftSchema,
  unitResultInputSchema,
} from './schemas';

/**
 * Who does a task, relative to the task's subject (the appraised employee; for a unit result, the unit head):
 * the employee, their appraiser, the appraiser's superior, or the unit head's superior (the head's appraiser).
 */
export type AssigneeRole = 'employee' | 'appraiser' | 'appraisers-superior' | 'unit-heads-superior';

export interface AppraisalTaskDefinition {
  assignee: AssigneeRole;
  payload: z.ZodType;
  /** What the assignee must do, for inboxes and emails. */
  title: { id: string; en: string };
}

export const appraisalTasks = {
  'skp-draft': {
    assignee: 'employee',
    payload: skpDraftSchema,
    title: { id: 'Menyusun SKP', en: 'Draft the SKP' },
  },
  'skp-approval': {
    assignee: 'appraiser',
    payload: skpApprovalSchema,
    title: { id: 'Menyetujui atau mengembalikan SKP', en: 'Approve or return the SKP' },
  },
  'period-rating': {
    assignee: 'appraiser',
    payload: ratingSchema,
    title: { id: 'Memberi penilaian kinerja periodik', en: 'Give the periodic rating' },
  },
  'annual-rating': {
    assignee: 'appraiser',
    payload: ratingSchema,
    title: { id: 'Memberi penilaian kinerja tahunan', en: 'Give the annual rating' },
  },
  'objection-decision': {
    assignee: 'appraisers-superior',
    payload: objectionDecisionSchema,
    title: { id: 'Memutus keberatan atas hasil penilaian', en: 'Decide the objection to the rating' },
  },
  'unit-result': {
    assignee: 'unit-heads-superior',
    payload: unitResultInputSchema,
    title: { id: 'Menetapkan hasil kinerja unit', en: 'Set the unit result' },
  },
} as const satisfies Record<string, AppraisalTaskDefinition>;

export type AppraisalTaskType = keyof typeof appraisalTasks;
export const appraisalTaskTypes = Object.keys(appraisalTasks) as AppraisalTaskType[];
export type TaskPayload<T extends AppraisalTaskType> = z.infer<(typeof appraisalTasks)[T]['payload']>;

/** The person (or the Wali Kota) who must complete a task of `type` about `subjectNip`. */
export function assigneeOf<E extends ReportingLineEntry>(
  type: AppraisalTaskType,
  subjectNip: string,
  directory: Directory<E>,
): Appraiser<E> {
  switch (appraisalTasks[type].assignee) {
    case 'employee': {
      const employee = directory(subjectNip);
      if (!employee) throw new ReportingLineError('unknown employee', subjectNip);
      return { kind: 'employee', employee };
    }
    case 'appraiser':
    case 'unit-heads-superior':
      return appraiserOf(subjectNip, directory);
    case 'appraisers-superior':
      return appraisersSuperiorOf(subjectNip, directory);
  }
}
