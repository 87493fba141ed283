// The audit trail: append-only, hash-chained records of every decision. `seq` orders the chain (unique,
// so two writers cannot both take the same place); `key` makes an append idempotent (a retried activity
// finds its record instead of adding another). `audit_head` says where the chain ends.
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

const auditSchema = new Schema(
  {
    seq: { type: Number, required: true, unique: true },
    key: { type: String, required: true, unique: true },
    at: { type: String, required: true }, // ISO instant, hashed as written
    actor: { type: String, required: true },
    role: { type: String, required: true },
    action: { type: String, required: true },
    subject: { type: String, required: true, index: true },
    reason: { type: String, default: '' },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, default: null },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { versionKey: false, minimize: false },
);

export type AuditRecord = InferSchemaType<typeof auditSchema>;

export function auditModel(conn: Connection) {
  return conn.model('AuditRecord', auditSchema, 'audit');
}

/**
 * Where the chain ends (`_id: 'chain'`: the last record's seq and hash), so that an append reads one
 * document by `_id` instead of sorting the trail (FerretDB answers a sort or a filter on any other field
 * by reading the whole collection: at a few thousand records every append took most of a second). It is
 * a hint: the unique `seq` still decides, and a head left behind is caught up from the trail.
 */
const auditHeadSchema = new Schema(
  {
    _id: { type: String, required: true },
    seq: { type: Number, required: true },
    hash: { type: String, required: true },
  },
  { versionKey: false },
);

export function auditHeadModel(conn: Connection) {
  return conn.model('AuditHead', auditHeadSchema, 'audit_head');
}
