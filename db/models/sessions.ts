// The pages' server-side sessions (web/session.ts): one document per session id, holding who signed in
// (a Principal: role, subject, a candidate's application id and link version) and the form token. Read
// and written by `_id` alone (FerretDB answers that without reading the collection); `expiresAt` has a
// plain index for the periodic removal of expired ones, since TTL indexes are not available everywhere.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const sessionSchema = new Schema(
  {
    _id: { type: String, required: true }, // the session id (random, 24 bytes; the cookie carries it signed)
    data: { type: String, required: true }, // the session as JSON
    expiresAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

export type SessionRecord = InferSchemaType<typeof sessionSchema>;

export function sessionModel(conn: Connection) {
  return conn.model('Session', sessionSchema, 'sessions');
}
