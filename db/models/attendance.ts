// Attendance read models and records: one record per employee and working day (`<date>/<nip>`: times,
// status, minutes late and early, and where it came from), the working calendar of each year, each unit's
// office (for the web check-in's position), the staged rows of a fingerprint import (chunks of a batch,
// applied by an activity), each employee's count for the year (written by the count activity), the
// disciplinary cases and the excused-absence requests (written by their workflows' activities). Plain and
// unique indexes only (FerretDB); every write and lookup of a single document goes by `_id`.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const attendanceRecordSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<YYYY-MM-DD>/<nip>`
    nip: { type: String, required: true },
    unitCode: { type: String, required: true },
    date: { type: String, required: true },
    year: { type: Number, required: true },
    month: { type: String, required: true }, // YYYY-MM
    status: { type: String, required: true },
    checkIn: { type: String, default: null }, // HH:MM WITA
    checkOut: { type: String, default: null },
    lateMinutes: { type: Number, default: 0 },
    earlyMinutes: { type: Number, default: 0 },
    source: { type: String, required: true }, // web | import | excused
    /** The import batch or excused-absence request that wrote it last. */
    ref: { type: String, default: null },
    distanceMeters: { type: Number, default: null },
  },
  { versionKey: false, minimize: false },
);

// The count reads a year (or a unit's year) in one pass: the only index the records carry, so that an
// import of a million rows does not pay for more.
attendanceRecordSchema.index({ year: 1, unitCode: 1 });

const calendarSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the year
    hours: { type: [Schema.Types.Mixed], required: true },
    holidays: { type: [Schema.Types.Mixed], default: [] },
    ruleSetId: { type: String, required: true },
    setBy: { type: String, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const officeSchema = new Schema(
  {
    _id: { type: String, required: true }, // unit code
    latitude: { type: Number, required: true },
    longitude: { type: Number, required: true },
    radiusMeters: { type: Number, required: true },
    positionRequired: { type: Boolean, required: true },
  },
  { timestamps: true, versionKey: false },
);

const importChunkSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<batchId>/<n>`
    batchId: { type: String, required: true },
    rows: { type: [Schema.Types.Mixed], required: true },
  },
  { versionKey: false },
);

const importBatchSchema = new Schema(
  {
    _id: { type: String, required: true }, // batch id: the unit and the file's content digest
    unitCode: { type: String, required: true },
    year: { type: Number, required: true },
    rows: { type: Number, required: true },
    chunks: { type: Number, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    format: { type: String, required: true },
    uploadedBy: { type: String, required: true },
    status: { type: String, required: true }, // staged | applied
    applied: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);

const countSchema = new Schema(
  {
    _id: { type: String, required: true }, // `<year>/<nip>`
    year: { type: Number, required: true, index: true },
    nip: { type: String, required: true },
    unitCode: { type: String, required: true, index: true },
    asOf: { type: String, required: true },
    workingDays: { type: Number, required: true },
    unexcusedDays: { type: Number, required: true },
    lateMinutes: { type: Number, required: true },
    earlyMinutes: { type: Number, required: true },
    lateDays: { type: Number, required: true },
    disciplineDays: { type: Number, required: true },
    longestRun: { type: Number, required: true },
    band: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

const caseSchema = new Schema(
  {
    _id: { type: String, required: true }, // the workflow id `discipline/<year>/<nip>/<band>`
    year: { type: Number, required: true, index: true },
    nip: { type: String, required: true, index: true },
    name: { type: String, required: true },
    unitCode: { type: String, required: true, index: true },
    band: { type: String, required: true },
    days: { type: Number, required: true },
    ruleSetId: { type: String, required: true },
    status: { type: String, required: true }, // open | summoned | examined | decided
    openedAt: { type: Date, required: true },
    summons: { type: Schema.Types.Mixed, default: null },
    examination: { type: Schema.Types.Mixed, default: null },
    decision: { type: Schema.Types.Mixed, default: null },
    /** A medium sanction's TPP cut in force (percent, from, to: YYYY-MM). */
    tppCut: { type: Schema.Types.Mixed, default: null },
    escalations: { type: [Schema.Types.Mixed], default: [] },
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

const excuseSchema = new Schema(
  {
    _id: { type: String, required: true }, // request id (random, in URLs)
    nip: { type: String, required: true, index: true },
    unitCode: { type: String, required: true },
    kind: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    reason: { type: String, required: true },
    evidence: { type: Schema.Types.Mixed, required: true },
    status: { type: String, required: true }, // pending | approved | refused
    decidedBy: { type: String, default: null },
    note: { type: String, default: null },
    workflowId: { type: String, required: true },
    seq: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export type AttendanceRecord = InferSchemaType<typeof attendanceRecordSchema>;
export type DisciplineCaseRecord = InferSchemaType<typeof caseSchema>;
export type ExcuseRecord = InferSchemaType<typeof excuseSchema>;
export type AttendanceCountRecord = InferSchemaType<typeof countSchema>;

/** Every attendance model, for db/connection.ts. */
export function attendanceModels(conn: Connection) {
  return {
    attendanceRecords: conn.model('AttendanceRecord', attendanceRecordSchema, 'attendance_records'),
    attendanceCalendars: conn.model('AttendanceCalendar', calendarSchema, 'attendance_calendars'),
    attendanceOffices: conn.model('AttendanceOffice', officeSchema, 'attendance_offices'),
    attendanceImportChunks: conn.model(
      'AttendanceImportChunk',
      importChunkSchema,
      'attendance_import_chunks',
    ),
    attendanceImports: conn.model('AttendanceImport', importBatchSchema, 'attendance_imports'),
    attendanceCounts: conn.model('AttendanceCount', countSchema, 'attendance_counts'),
    disciplineCases: conn.model('DisciplineCase', caseSchema, 'discipline_cases'),
    excusedAbsences: conn.model('ExcusedAbsence', excuseSchema, 'excused_absences'),
  };
}
