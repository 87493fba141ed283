// The task inbox read model: one record per human step of an appraisal, written by activities as the
// workflows open, remind, escalate, reassign, extend and close steps. Each write carries the workflow's
// step sequence and never replaces a newer one, so a retried activity cannot move a task backwards.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const taskSchema = new Schema(
  {
    _id: { type: String, required: true }, // opaque task id (no personal data: it appears in URLs)
    type: { type: String, required: true },
    /** null when the assignee is the Wali Kota (HR completes it on their behalf). */
    assigneeNip: { type: String, default: null, index: true },
    assigneeName: { type: String, required: true },
    assigneeKind: { type: String, enum: ['employee', 'head-of-region'], required: true },
    subjectNip: { type: String, required: true, index: true },
    subjectName: { type: String, required: true },
    unitCode: { type: String, required: true },
    year: { type: Number, required: true, index: true },
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
