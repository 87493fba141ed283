// Appraisal read models: the year (its configuration and phase), one record per employee and year (SKP,
// feedback, ratings and predikat per period and year, objection, follow-up), and one per unit and year
// (its own results by period and its finalisation). Written by activities with the workflow's step
// sequence; read by the API and by the calibration, which the database computes ($match/$group).
import { Schema, type Connection, type InferSchemaType } from 'mongoose';
import { employeeModel, orgUnitModel } from './org';
import { taskModel } from './tasks';

const appraisalYearSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the year
    config: { type: Schema.Types.Mixed, required: true },
    phase: { type: String, required: true },
    employees: { type: Number, default: 0 },
    startedAt: { type: Date, required: true },
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const appraisalRecordSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<year>/<nip>`
    year: { type: Number, required: true, index: true },
    nip: { type: String, required: true, index: true },
    name: { type: String, required: true },
    unitCode: { type: String, required: true, index: true },
    level: { type: String, required: true },
    functionalGrade: { type: String, default: null },
    workflowId: { type: String, required: true },
    phase: { type: String, required: true, index: true },
    /** Every SKP of the year, latest last (a change of position starts a new one). */
    skps: { type: [Schema.Types.Mixed], default: [] },
    feedback: { type: [Schema.Types.Mixed], default: [] },
    periods: { type: [Schema.Types.Mixed], default: [] },
    annual: { type: Schema.Types.Mixed, default: null },
    /** The final annual predikat (after any objection); what calibration and follow-up count. */
    predikat: { type: String, default: null, index: true },
    objection: { type: Schema.Types.Mixed, default: null },
    /** The employee accepted the annual result, closing the objection window early (at, by, predikat). */
    acceptance: { type: Schema.Types.Mixed, default: null },
    followUp: { type: Schema.Types.Mixed, default: null },
    left: { type: Schema.Types.Mixed, default: null },
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const appraisalUnitSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<year>/<unitCode>`
    year: { type: Number, required: true, index: true },
    unitCode: { type: String, required: true },
    /** The unit's own result by period code and 'annual'. */
    results: { type: Schema.Types.Mixed, default: {} },
    finalisedAt: { type: Date, default: null },
    finalisedBy: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type AppraisalYearRecord = InferSchemaType<typeof appraisalYearSchema>;
export type AppraisalRecord = InferSchemaType<typeof appraisalRecordSchema>;
export type AppraisalUnitRecord = InferSchemaType<typeof appraisalUnitSchema>;

export function appraisalYearModel(conn: Connection) {
  return conn.model('AppraisalYear', appraisalYearSchema, 'appraisal_years');
}
export function appraisalRecordModel(conn: Connection) {
  return conn.model('AppraisalRecord', appraisalRecordSchema, 'appraisal_records');
}
export function appraisalUnitModel(conn: Connection) {
  return conn.model('AppraisalUnit', appraisalUnitSchema, 'appraisal_units');
}

/** Every model of the organisation registry and the appraisal engine, for db/connection.ts. */
export function appraisalModels(conn: Connection) {
  return {
    orgUnits: orgUnitModel(conn),
    employees: employeeModel(conn),
    tasks: taskModel(conn),
    appraisalYears: appraisalYearModel(conn),
    appraisalRecords: appraisalRecordModel(conn),
    appraisalUnits: appraisalUnitModel(conn),
  };
}
