// The hash chain of the audit trail. Each record carries the SHA-256 of its predecessor and its own hash
// over a canonical JSON of its fields, so an edited, inserted or removed record breaks the chain at the
// first place it touched. Appends are idempotent by key and serialised by the unique `seq`.
import { createHash } from 'node:crypto';
import type { Models } from './connection';

export const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  /** Idempotency key, e.g. `<workflowId>/<step>`: appending the same key twice keeps the first. */
  key: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  subject: string;
  reason?: string;
  before?: unknown;
  after?: unknown;
}

export interface StoredAudit extends Required<AuditEntry> {
  seq: number;
  prevHash: string;
  hash: string;
}

/** JSON with sorted object keys, so that the hash does not depend on field order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashRecord(r: Omit<StoredAudit, 'hash'>): string {
  const { seq, key, at, actor, role, action, subject, reason, before, after, prevHash } = r;
  return createHash('sha256')
    .update(canonicalJson({ seq, key, at, actor, role, action, subject, reason, before, after, prevHash }))
    .digest('hex');
}

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}

/** Appends one record (or returns the existing one with the same key). */
export async function appendAudit(models: Models, entry: AuditEntry): Promise<StoredAudit> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const existing = await models.audit.findOne({ key: entry.key }).lean<StoredAudit>();
    if (existing) return existing;
    const last = await models.audit
      .findOne({}, { seq: 1, hash: 1 })
      .sort({ seq: -1 })
      .lean<{ seq: number; hash: string }>();
    const base = {
      key: entry.key,
      at: entry.at,
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      subject: entry.subject,
      reason: entry.reason ?? '',
      before: entry.before ?? null,
      after: entry.after ?? null,
      seq: (last?.seq ?? 0) + 1,
      prevHash: last?.hash ?? GENESIS,
    };
    const record = { ...base, hash: hashRecord(base) };
    try {
      await models.audit.create(record);
      return record;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Another writer took this seq (or this key) first: read again and retry.
    }
  }
  throw new Error('audit append: too much contention on the chain');
}

export type VerifyResult =
  | { ok: true; records: number; head: string }
  | { ok: false; records: number; firstBad: { seq: number; id: string; problem: string } };

/** Walks the chain in order and names the first record that does not fit. */
export async function verifyAuditChain(models: Models): Promise<VerifyResult> {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for await (const doc of models.audit.find({}).sort({ seq: 1 }).lean()) {
    const r = doc as unknown as StoredAudit & { _id: unknown };
    const id = String(r._id);
    count += 1;
    const bad = (problem: string): VerifyResult => ({
      ok: false,
      records: count,
      firstBad: { seq: r.seq, id, problem },
    });
    if (r.seq !== expectedSeq)
      return bad(`expected record ${expectedSeq} here, found ${r.seq}: a record is missing`);
    if (r.prevHash !== prev)
      return bad(
        'its predecessor hash does not match the previous record: a record was removed or inserted before it',
      );
    const { hash, ...rest } = r;
    if (hashRecord(rest) !== hash) return bad('its content does not match its hash: the record was edited');
    prev = hash;
    expectedSeq += 1;
  }
  return { ok: true, records: count, head: prev };
}

/** A subject's history, oldest first. */
export async function auditHistory(models: Models, subject: string, limit = 500): Promise<StoredAudit[]> {
  return models.audit.find({ subject }, { _id: 0 }).sort({ seq: 1 }).limit(limit).lean<StoredAudit[]>();
}
