// The audit trail's keyed hash chain. Each record carries its predecessor's hash and its own, an
// HMAC-SHA256 (AUDIT_KEYS, a key the database does not hold; the record names its key id) over a canonical
// JSON of its fields, so an edited, inserted or removed record breaks the chain at the first place it
// touched, and someone with the database but not the key cannot rewrite the chain consistently. The
// personal part of a record (its reason, before and after: free text, names, addresses) is stored sealed
// (DATA_KEYS) beside a keyed digest of it, and the hash covers the digest: erasing the personal part later
// (retention) leaves every hash valid. Signed checkpoints of the head (db/audit-checkpoints.ts) catch a
// rewrite by someone who has the key. Appends are idempotent by key and serialised by the unique `seq`; a
// head document says where the chain ends, so that an append does not have to search the trail.
import { createHmac } from 'node:crypto';
import type { Models } from './connection';
import type { FieldCrypto } from '../runtime/field-crypto';
import type { KeyRing } from '../runtime/keyring';
import type { SigningRing } from '../runtime/signing';

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

/** The personal part of a record: what is sealed, and erased when its subject's retention runs. */
export interface AuditPersonal {
  reason: string;
  before: unknown;
  after: unknown;
}

/** A record as the database holds it. `personal` is null once erased (`erasedAt` says when). */
export interface StoredAudit {
  seq: number;
  key: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  subject: string;
  keyId: string;
  personalDigest: string;
  personal: string | null;
  prevHash: string;
  hash: string;
  erasedAt?: Date | null;
}

/** A record as its readers see it: the personal part opened, or empty and `erased`. */
export type OpenedAudit = Omit<StoredAudit, 'personal' | 'personalDigest' | 'erasedAt'> &
  AuditPersonal & { erased: boolean };

/** The keys of the trail: the chain's HMAC keys, the sealing of personal parts, the checkpoints' signers. */
export interface AuditKeys {
  chain: KeyRing;
  fields: FieldCrypto;
  signing: SigningRing;
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

/** The HMAC of `text` under the key `keyId` of the chain's ring; undefined when the key is not listed. */
function mac(ring: KeyRing, keyId: string, label: string, text: string): string | undefined {
  const key = ring.keys.get(keyId);
  return key && createHmac('sha256', key).update(`${label}\n${text}`).digest('hex');
}

/** The keyed digest of a personal part (keyed, so that a short reason cannot be guessed from it). */
export const personalDigestOf = (ring: KeyRing, keyId: string, p: AuditPersonal) =>
  mac(ring, keyId, 'personal', canonicalJson(p));

/** The keyed hash of a record; undefined when its key is not listed. */
export function hashRecord(ring: KeyRing, r: Omit<StoredAudit, 'hash' | 'personal' | 'erasedAt'>) {
  const { seq, key, at, actor, role, action, subject, keyId, personalDigest, prevHash } = r;
  const fields = { seq, key, at, actor, role, action, subject, keyId, personalDigest, prevHash };
  return mac(ring, keyId, 'record', canonicalJson(fields));
}

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}

const HEAD = 'chain';
export type ChainEnd = { seq: number; hash: string };

/** The trail's last record, found by sorting it: a scan on FerretDB, so only when the head is behind. */
export async function lastRecord(models: Models): Promise<ChainEnd> {
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

/** Appending to the chain: one record, a group, or a process-wide queue of groups. */
export function auditWriter(models: Models, keys: AuditKeys) {
  const keyId = keys.chain.current;

  /** The record that `entry` becomes right after `end`. */
  function chained(entry: AuditEntry, end: ChainEnd): StoredAudit {
    const personal: AuditPersonal = {
      reason: entry.reason ?? '',
      before: entry.before ?? null,
      after: entry.after ?? null,
    };
    const base = {
      seq: end.seq + 1,
      key: entry.key,
      at: entry.at,
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      subject: entry.subject,
      keyId,
      personalDigest: personalDigestOf(keys.chain, keyId, personal)!,
      prevHash: end.hash,
    };
    return {
      ...base,
      personal: keys.fields.seal(canonicalJson(personal)),
      hash: hashRecord(keys.chain, base)!,
    };
  }

  /**
   * Appends one record (or returns the existing one with the same key). The place comes from the head
   * document (one read by `_id`); the unique `seq` decides between writers, and the unique `key` finds a
   * repeated append. Either refusal is rare (a retry, another process appending, a head left behind by a
   * writer that stopped between its insert and the head's update), and only then is the trail searched.
   */
  async function appendOne(entry: AuditEntry): Promise<StoredAudit> {
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
  async function appendBatch(entries: AuditEntry[]): Promise<StoredAudit[]> {
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
    for (const entry of entries) stored.push(await appendOne(entry));
    return stored;
  }

  return { appendOne, appendBatch, append: groupCommit(appendBatch) };
}

/** The most records one group commit appends. */
const GROUP = 100;

/**
 * A queue for the whole process. The chain takes one writer per sequence number, so many concurrent
 * appends from one process (a whole unit rated at once, a bulk screening) would mostly retry against each
 * other; instead, what arrives while an append is under way goes in the next one together.
 */
function groupCommit(
  appendBatch: (entries: AuditEntry[]) => Promise<StoredAudit[]>,
): (entry: AuditEntry) => Promise<StoredAudit> {
  let waiting: { entry: AuditEntry; done: (r: StoredAudit) => void; failed: (e: unknown) => void }[] = [];
  let busy = false;
  const drain = async () => {
    busy = true;
    while (waiting.length) {
      const group = waiting.slice(0, GROUP);
      waiting = waiting.slice(GROUP);
      try {
        const stored = await appendBatch(group.map((w) => w.entry));
        group.forEach((w, i) => w.done(stored[i]!));
      } catch (err) {
        for (const w of group) w.failed(err);
      }
    }
    busy = false;
  };
  return (entry) =>
    new Promise<StoredAudit>((done, failed) => {
      waiting.push({ entry, done, failed });
      if (!busy) void drain();
    });
}

/** A record with its personal part opened (or empty, once erased). */
export function openRecord(fields: FieldCrypto, r: StoredAudit): OpenedAudit {
  const { seq, key, at, actor, role, action, subject, keyId, prevHash, hash, personal } = r;
  const base = { seq, key, at, actor, role, action, subject, keyId, prevHash, hash };
  if (!keyId) {
    // A record of the unkeyed format (before the chain was keyed) keeps its personal part in clear.
    const legacy = r as Partial<AuditPersonal>;
    return {
      ...base,
      reason: legacy.reason ?? '',
      before: legacy.before ?? null,
      after: legacy.after ?? null,
      erased: false,
    };
  }
  if (!personal) return { ...base, reason: '', before: null, after: null, erased: true };
  return { ...base, ...(JSON.parse(fields.open(personal)) as AuditPersonal), erased: false };
}

/** A subject's history, oldest first, with the personal parts opened. */
export async function auditHistory(
  models: Models,
  fields: FieldCrypto,
  subject: string,
  limit = 500,
): Promise<OpenedAudit[]> {
  const stored = await models.audit.find({ subject }).sort({ seq: 1 }).limit(limit).lean<StoredAudit[]>();
  return stored.map((r) => openRecord(fields, r));
}
