// The task inbox read model: one record per human step of any process (an appraisal's SKP, ratings and
// objections; a recruitment's appeal answers, document submissions and verifications), written only by the
// task activities as the workflows open, remind, escalate, reassign, extend and close steps. Each write
// carries the workflow's step sequence and never replaces a newer one, so a retried activity cannot move
// a task backwards.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const taskSchema = new Schema(
  {
    _id: { type: String, required: true }, // opaque task id (no personal data: it appears in URLs)
    /** Which process the step belongs to: its completion goes to that process's command. */
    process: {
      type: String,
      enum: ['appraisal', 'recruitment', 'awards', 'attendance', 'training'],
      default: 'appraisal',
    },
    type: { type: String, required: true },
    /** null unless the assignee is an employee (the Wali Kota's and HR's tasks are HR's to complete). */
    assigneeNip: { type: String, default: null, index: true },
    assigneeName: { type: String, required: true },
    assigneeKind: { type: String, enum: ['employee', 'head-of-region', 'hr', 'candidate'], required: true },
    /** The application a recruitment task is about (a candidate's own task is theirs through it). */
    applicationId: { type: String, default: null },
    cycleCode: { type: String, default: null },
    subjectNip: { type: String, default: null, index: true },
    subjectName: { type: String, required: true },
    unitCode: { type: String, default: null },
    year: { type: Number, default: null, index: true },
    period: { type: String, default: null },
    dueAt: { type: Date, required: true, index: true },
    status: { type: String, enum: ['open', 'done', 'cancelled', 'expired'], required: true, index: true },
    workflowId: { type: String, required: true, index: true },
    stepKey: { type: String, required: true },
    seq: { type: Number, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    reminded: { type: Boolean, default: false },
    escalated: { type: Boolean, default: false },
    escalatedTo: { type: String, default: null },
    closedBy: { type: String, default: null },
  },
  { versionKey: false, minimize: false },
);

export type TaskRecord = InferSchemaType<typeof taskSchema>;

export function taskModel(conn: Connection) {
  return conn.model('AppraisalTask', taskSchema, 'tasks');
}
