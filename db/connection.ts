// Opens the MongoDB connection and builds every model on it. No global mongoose state: callers pass the
// returned models to activities and the API.
import mongoose, { type Connection } from 'mongoose';
import { appraisalModels } from './models/appraisal';
import { awardModels } from './models/awards';
import { attendanceModels } from './models/attendance';
import { auditCheckpointModel, auditHeadModel, auditModel } from './models/audit';
import { documentModels } from './models/documents';
import { outboxModel } from './models/outbox';
import { recruitmentModels } from './models/recruitment';
import { sessionModel } from './models/sessions';
import { stagedFileModel } from './models/staged-files';
import { trainingModels } from './models/training';

export function buildModels(conn: Connection) {
  return {
    outbox: outboxModel(conn),
    audit: auditModel(conn),
    auditHead: auditHeadModel(conn),
    auditCheckpoints: auditCheckpointModel(conn),
    ...appraisalModels(conn),
    ...recruitmentModels(conn),
    sessions: sessionModel(conn),
    stagedFiles: stagedFileModel(conn),
    ...documentModels(conn),
    ...awardModels(conn),
    ...attendanceModels(conn),
    ...trainingModels(conn),
  };
}

export type Models = ReturnType<typeof buildModels>;

export interface Database {
  conn: Connection;
  models: Models;
  close(): Promise<void>;
}

/** Connects and makes sure every model's indexes exist (plain and unique indexes only: FerretDB-safe). */
export async function connectDatabase(uri: string): Promise<Database> {
  const conn = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false })
    .asPromise();
  const models = buildModels(conn);
  // One collection at a time: FerretDB on SQLite was seen corrupting a fresh database file (malformed
  // image, then SIGBUS in its WAL index) under dozens of concurrent collection and index creations.
  for (const m of Object.values(models)) await m.createIndexes();
  return { conn, models, close: () => conn.close() };
}

/** True when the database answers a ping. */
export async function databaseAnswers(conn: Connection): Promise<boolean> {
  try {
    await conn.db!.admin().ping();
    return true;
  } catch {
    return false;
  }
}
