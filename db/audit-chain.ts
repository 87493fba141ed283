// The hash chain of the audit trail. Each record carries the SHA-256 of its predecessor and its own hash
// over a canonical JSON of its fields, so an edited, inserted or removed record breaks the chain at the
// first place it touched. Appends are idempotent by key and serialised by the unique `seq`; a head
// document says where the chain ends, so that an append does not have to search the trail.
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

const HEAD = 'chain';
type ChainEnd = { seq: number; hash: string };

/** The trail's last record, found by sorting it: a scan on FerretDB, so only when the head is behind. */
async function lastRecord(models: Models): Promise<ChainEnd> {
  const last = await models.audit.findOne({}, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean<ChainEnd>();
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS };
}

/**
 * Moves the head forward to `end`. Best effort: the record is in the trail already, and a head that stays
 * behind (a writer that lost a race, a failed update) only makes the next append catch up from the trail.
 */
async function advanceHead(models: Models, end: ChainEnd): Promise<void> {
  try {
    await models.auditHead.updateOne(
      { _id: HEAD, seq: { $lt: end.seq } },
      { $set: { seq: end.seq, hash: end.hash } },
      { upsert: true },
    );
  } catch {
    // The upsert met a head at or past `end` (a duplicate _id; FerretDB reports it with a generic error).
  }
}

const chainHead = (models: Models) => models.auditHead.findById(HEAD, { seq: 1, hash: 1 }).lean<ChainEnd>();

/** The record that `entry` becomes right after `end`. */
function chained(entry: AuditEntry, end: ChainEnd): StoredAudit {
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
    seq: end.seq + 1,
    prevHash: end.hash,
  };
  return { ...base, hash: hashRecord(base) };
}

/**
 * Appends one record (or returns the existing one with the same key). The place comes from the head
 * document (one read by `_id`); the unique `seq` decides between writers, and the unique `key` finds a
 * repeated append. Either refusal is rare (a retry, another process appending, a head left behind by a
 * writer that stopped between its insert and the head's update), and only then is the trail searched.
 */
export async function appendAudit(models: Models, entry: AuditEntry): Promise<StoredAudit> {
  let end: ChainEnd | null = await chainHead(models);
  for (let attempt = 0; attempt < 50; attempt++) {
    end ??= await lastRecord(models); // no head yet (a new trail, or one written before the head existed)
    const record = chained(entry, end);
    try {
      await models.audit.create(record);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // This key is already there (a repeated append keeps the first), or another writer took this seq.
      const existing = await models.audit.findOne({ key: entry.key }).lean<StoredAudit>();
      if (existing) return existing;
      end = await lastRecord(models);
      await advanceHead(models, end);
      continue;
    }
    await advanceHead(models, { seq: record.seq, hash: record.hash });
    return record;
  }
  throw new Error('audit append: too much contention on the chain');
}

/**
 * Appends several records in one ordered insert (group commit: one head read, one insert and one head
 * update for the lot, instead of three round trips each). The unique `seq` still guards every place: if
 * any record is refused (a key already there, another writer in the way), the ordered insert stops there
 * and each entry is appended on its own, which keeps those already in and finds the repeated keys.
 */
export async function appendAuditBatch(models: Models, entries: AuditEntry[]): Promise<StoredAudit[]> {
  const distinctKeys = new Set(entries.map((e) => e.key)).size === entries.length;
  if (entries.length > 1 && distinctKeys) {
    let end = (await chainHead(models)) ?? (await lastRecord(models));
    const records: StoredAudit[] = [];
    for (const entry of entries) {
      const record = chained(entry, end);
      records.push(record);
      end = record;
    }
    try {
      await models.audit.insertMany(records, { ordered: true, lean: true });
      await advanceHead(models, end);
      return records;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  const stored: StoredAudit[] = [];
  for (const entry of entries) stored.push(await appendAudit(models, entry));
  return stored;
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
