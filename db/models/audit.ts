// The audit trail: append-only, hash-chained records of every decision. `seq` orders the chain (unique,
// so two writers cannot both take the same place); `key` makes an append idempotent (a retried activity
// finds its record instead of adding another). `audit_head` says where the chain ends; `audit_checkpoints`
// holds the signed checkpoints of the head taken at each phase change of a cycle or a year.
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
    /** The HMAC key (AUDIT_KEYS) of this record's hash and digest. */
    keyId: { type: String, required: true },
    /** The keyed digest of the personal part, which the hash covers (db/audit-chain.ts). */
    personalDigest: { type: String, required: true },
    /** The personal part (reason, before, after) sealed under DATA_KEYS; null once erased. */
    personal: { type: String, default: null },
    erasedAt: { type: Date, default: null },
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

/**
 * A signed checkpoint of the chain: record `seq` had hash `hash` at `at`. `_id` names the occasion (a
 * cycle's or a year's phase), so a retried activity finds its checkpoint instead of taking another.
 */
const auditCheckpointSchema = new Schema(
  {
    _id: { type: String, required: true },
    seq: { type: Number, required: true },
    hash: { type: String, required: true },
    at: { type: String, required: true },
    workflowId: { type: String, required: true },
    phase: { type: String, required: true },
    keyId: { type: String, required: true },
    signature: { type: String, required: true },
  },
  { versionKey: false },
);

export function auditCheckpointModel(conn: Connection) {
  return conn.model('AuditCheckpoint', auditCheckpointSchema, 'audit_checkpoints');
}
