// Competency development's records (RULES 3.2): each employee's records of development (entered by them,
// imported by HR, or made by a programme's completion) with their verification and certificate, HR's
// programmes with their seats (the seat count and the enrolled NIPs in one document, so that an
// enrolment is one atomic conditional update), the enrolments, the development plan items opened from the
// appraisal, and each training year's calendar and year-end result. Totals are counted by the database.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const trainingRecordSchema = new Schema(
  {
    _id: { type: String, required: true }, // opaque: `r_<hash>` of what makes the record the same one
    year: { type: Number, required: true, index: true },
    nip: { type: String, required: true, index: true },
    unitCode: { type: String, required: true, index: true },
    kind: { type: String, required: true },
    title: { type: String, required: true },
    provider: { type: String, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    jp: { type: Number, required: true },
    /** employee (entered by them, or by HR for them), import (HR's file), programme (HR's completion). */
    source: { type: String, enum: ['employee', 'import', 'programme'], required: true },
    programmeCode: { type: String, default: null },
    status: { type: String, enum: ['pending', 'verified', 'rejected'], required: true, index: true },
    enteredBy: { type: String, required: true },
    decidedBy: { type: String, default: null },
    decidedAt: { type: Date, default: null },
    note: { type: String, default: null },
    /** The certificate in the documents bucket (db/document-store.ts): reference, type, size, digest. */
    certificate: { type: Schema.Types.Mixed, default: null },
    taskId: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const programmeSchema = new Schema(
  {
    _id: { type: String, required: true }, // the programme code
    year: { type: Number, required: true, index: true },
    title: { type: String, required: true },
    provider: { type: String, required: true },
    kind: { type: String, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    jp: { type: Number, required: true },
    seats: { type: Number, required: true },
    /** The NIPs holding a seat (at most `seats`, which is bounded): the seat check reads this document only. */
    enrolled: { type: [String], default: [] },
    enrolledCount: { type: Number, default: 0 },
    createdBy: { type: String, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const enrolmentSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<code>/<nip>`
    programmeCode: { type: String, required: true, index: true },
    nip: { type: String, required: true, index: true },
    status: { type: String, enum: ['enrolled', 'completed'], required: true },
    enrolledAt: { type: Date, required: true },
    completedAt: { type: Date, default: null },
  },
  { versionKey: false, minimize: false },
);

const planItemSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<year>/<nip>/appraisal-<appraisalYear>`
    year: { type: Number, required: true, index: true },
    nip: { type: String, required: true, index: true },
    unitCode: { type: String, required: true, index: true },
    source: { type: Schema.Types.Mixed, required: true },
    jp: { type: Number, required: true },
    reason: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);

const trainingYearSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the year
    config: { type: Schema.Types.Mixed, required: true },
    phase: { type: String, required: true },
    employees: { type: Number, default: 0 },
    reminded: { type: Number, default: 0 },
    /** At the year's end: those short of the yearly minimum, per unit. */
    shortByUnit: { type: Schema.Types.Mixed, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type TrainingRecordDoc = InferSchemaType<typeof trainingRecordSchema>;
export type ProgrammeDoc = InferSchemaType<typeof programmeSchema>;
export type PlanItemDoc = InferSchemaType<typeof planItemSchema>;

/** Every model of competency development, for db/connection.ts. */
export function trainingModels(conn: Connection) {
  return {
    trainingRecords: conn.model('TrainingRecord', trainingRecordSchema, 'training_records'),
    trainingProgrammes: conn.model('TrainingProgramme', programmeSchema, 'training_programmes'),
    trainingEnrolments: conn.model('TrainingEnrolment', enrolmentSchema, 'training_enrolments'),
    developmentPlans: conn.model('DevelopmentPlanItem', planItemSchema, 'development_plans'),
    trainingYears: conn.model('TrainingYear', trainingYearSchema, 'training_years'),
  };
}
