// Every kind of human step that opens a task, of every process, with what its assignee must do (for
// inboxes and emails). The appraisal's steps and their payloads are in domain/appraisal/tasks.ts; the
// recruitment's are completed by its own commands (an appeal answer, a document verification, an address
// correction).
import { z } from 'zod';
import { appraisalTasks } from './appraisal/tasks';
import { awardTasks, type AwardTaskType } from './appraisal/award-tasks';
import { attendanceTasks } from './attendance/schemas';
import { trainingTasks, type TrainingTaskType } from './training/tasks';

export const taskProcesses = ['appraisal', 'recruitment', 'awards', 'attendance', 'training'] as const;
export type TaskProcess = (typeof taskProcesses)[number];

export const taskStatuses = ['open', 'done', 'cancelled', 'expired'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const recruitmentTasks = {
  'appeal-answer': {
    title: { id: 'Menjawab sanggah peserta seleksi', en: "Answer a candidate's appeal" },
  },
  'documents-submission': {
    title: { id: 'Menyerahkan dokumen pengisian DRH NIP', en: 'Submit the documents for the NIP' },
  },
  'documents-verification': {
    title: { id: 'Memverifikasi dokumen peserta', en: "Verify a candidate's documents" },
  },
  'address-correction': {
    title: {
      id: 'Memperbaiki alamat email peserta yang ditolak',
      en: "Correct a candidate's refused email address",
    },
  },
} as const satisfies Record<string, { title: { id: string; en: string } }>;
export type RecruitmentTaskType = keyof typeof recruitmentTasks;

const titles: Record<string, { id: string; en: string }> = Object.assign(
  Object.create(null) as Record<string, { id: string; en: string }>,
  Object.fromEntries(Object.entries(appraisalTasks).map(([k, v]) => [k, v.title])),
  Object.fromEntries(Object.entries(recruitmentTasks).map(([k, v]) => [k, v.title])),
  // The awards round's steps (domain/appraisal/award-tasks.ts).
  Object.fromEntries(Object.entries(awardTasks).map(([k, v]) => [k, v.title])),
  // Attendance: excused absences and the disciplinary cases of PP 94/2021 (domain/attendance/schemas.ts).
  Object.fromEntries(Object.entries(attendanceTasks).map(([k, v]) => [k, v.title])),
  // Competency development (domain/training/tasks.ts).
  Object.fromEntries(Object.entries(trainingTasks).map(([k, v]) => [k, v.title])),
);

export const taskTypes = Object.keys(titles) as (
  | keyof typeof appraisalTasks
  | RecruitmentTaskType
  | AwardTaskType
  | keyof typeof attendanceTasks
  | TrainingTaskType
)[];
export type TaskType = (typeof taskTypes)[number];

/** What the assignee of a task of `type` must do, in Bahasa Indonesia or English. */
export function taskTitle(type: TaskType, lang: 'id' | 'en' = 'id'): string {
  return titles[type]![lang];
}

/** One task of the inbox: who must do what for whom, by when, and whether it is late or escalated. */
export const taskView = z.object({
  id: z.string(),
  process: z.enum(taskProcesses),
  type: z.enum(taskTypes as [TaskType, ...TaskType[]]),
  title: z.string(),
  assigneeKind: z.enum(['employee', 'head-of-region', 'hr', 'candidate']),
  assigneeNip: z.string().nullable(),
  assigneeName: z.string(),
  subjectNip: z.string().nullable(),
  subjectName: z.string(),
  unitCode: z.string().nullable(),
  year: z.number().int().nullable(),
  period: z.string().nullable(),
  applicationId: z.string().nullable().describe('The application a recruitment task is about'),
  cycleCode: z.string().nullable(),
  dueAt: z.string(),
  status: z.enum(taskStatuses),
  overdue: z.boolean(),
  reminded: z.boolean(),
  escalated: z.boolean(),
  escalatedTo: z.string().nullable(),
  closedAt: z.string().nullable().describe('When the task was completed, cancelled or expired'),
  closedBy: z.string().nullable().describe('Who completed it (none when a rule closed it)'),
  workflowId: z.string(),
});
export type TaskView = z.infer<typeof taskView>;
