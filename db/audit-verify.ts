// Verification of the whole audit trail: every record against its predecessor, its keyed hash and the
// digest of its personal part, and the chain against every signed checkpoint (stored, or given from an
// email), so that the first record or checkpoint that does not fit is named.
import type { Models } from './connection';
import {
  GENESIS,
  hashRecord,
  personalDigestOf,
  type AuditKeys,
  type AuditPersonal,
  type StoredAudit,
} from './audit-chain';
import { listCheckpoints, signatureProblem } from './audit-checkpoints';

export type VerifyResult =
  | { ok: true; records: number; head: string; checkpoints: number; erased: number }
  | { ok: false; records: number; firstBad: { seq: number; id: string; problem: string } }
  | { ok: false; records: number; badCheckpoint: { id: string; seq: number; problem: string } };

/** A head known from outside the database (a checkpoint in an HR email): record `seq` had `hash`. */
export interface KnownHead {
  id: string;
  seq: number;
  hash: string;
}

/** Why a record's own content does not hold, or undefined. */
function recordProblem(keys: AuditKeys, r: StoredAudit): string | undefined {
  if (!r.keyId)
    return 'it is in the unkeyed format written before the chain was keyed (SHA-256 without AUDIT_KEYS): start the data afresh';
  const expected = hashRecord(keys.chain, r);
  if (!expected) return `its key id "${r.keyId}" is not among the configured AUDIT_KEYS`;
  if (expected !== r.hash)
    return 'its content does not match its keyed hash: the record was edited, or the chain rewritten without the audit key';
  if (r.personal === null) return undefined; // erased by retention: the digest stands for it
  let personal: AuditPersonal;
  try {
    personal = JSON.parse(keys.fields.open(r.personal)) as AuditPersonal;
  } catch {
    return 'its sealed personal part cannot be opened with DATA_KEYS: it was edited or swapped';
  }
  if (personalDigestOf(keys.chain, r.keyId, personal) !== r.personalDigest)
    return 'its personal part does not match its digest: the record was edited';
  return undefined;
}

/** Walks the chain in order and names the first record, or checkpoint, that does not fit. */
export async function verifyAuditChain(
  models: Models,
  keys: AuditKeys,
  known: KnownHead[] = [],
): Promise<VerifyResult> {
  const { checkpoints } = await listCheckpoints(models, keys.signing);
  for (const c of checkpoints) {
    const problem = signatureProblem(keys.signing, c);
    if (problem) return { ok: false, records: 0, badCheckpoint: { id: c.id, seq: c.seq, problem } };
  }
  const heads: KnownHead[] = [...checkpoints, ...known];
  const bySeq = new Map<number, KnownHead[]>();
  for (const h of heads) bySeq.set(h.seq, [...(bySeq.get(h.seq) ?? []), h]);
  const mismatch = (seq: number, hash: string) => (bySeq.get(seq) ?? []).find((h) => h.hash !== hash);

  let prev = GENESIS;
  let count = 0;
  let erased = 0;
  const atGenesis = mismatch(0, GENESIS);
  if (atGenesis)
    return {
      ok: false,
      records: 0,
      badCheckpoint: { id: atGenesis.id, seq: 0, problem: 'an empty chain has the genesis hash' },
    };
  for await (const doc of models.audit.find({}).sort({ seq: 1 }).lean()) {
    const r = doc as unknown as StoredAudit & { _id: unknown };
    count += 1;
    const bad = (problem: string): VerifyResult => ({
      ok: false,
      records: count,
      firstBad: { seq: r.seq, id: String(r._id), problem },
    });
    if (r.seq !== count) return bad(`expected record ${count} here, found ${r.seq}: a record is missing`);
    if (r.prevHash !== prev)
      return bad(
        'its predecessor hash does not match the previous record: a record was removed or inserted before it',
      );
    const problem = recordProblem(keys, r);
    if (problem) return bad(problem);
    const differs = mismatch(r.seq, r.hash);
    if (differs)
      return {
        ok: false,
        records: count,
        badCheckpoint: {
          id: differs.id,
          seq: differs.seq,
          problem: `record ${r.seq} is not the one this checkpoint signed: the chain was rewritten at or before it`,
        },
      };
    if (r.personal === null) erased += 1;
    prev = r.hash;
  }
  const beyond = heads.filter((h) => h.seq > count).sort((a, b) => a.seq - b.seq)[0];
  if (beyond)
    return {
      ok: false,
      records: count,
      badCheckpoint: {
        id: beyond.id,
        seq: beyond.seq,
        problem: `the chain ends at record ${count}, but this checkpoint signed record ${beyond.seq}: records were removed from its end`,
      },
    };
  return { ok: true, records: count, head: prev, checkpoints: checkpoints.length, erased };
}

/** What verifying some records (one subject's, one cycle's) found: how many, and those that do not fit. */
export interface RecordsVerdict {
  checked: number;
  problems: { seq: number; problem: string }[];
}

/**
 * Verifies some records of the chain without walking all of it: each against its keyed hash and digest,
 * and against its predecessor's hash (those not among them read by `seq`, one query for the lot). Cheaper than
 * verifyAuditChain and weaker: it says these records are as written and linked, not that the chain is whole.
 */
export async function verifyRecords(
  models: Models,
  keys: AuditKeys,
  records: StoredAudit[],
): Promise<RecordsVerdict> {
  // A predecessor among the records themselves needs no read (a subject's records often follow each other).
  const hashOf = new Map(records.map((r) => [r.seq, r.hash]));
  const wanted = records.map((r) => r.seq - 1).filter((s) => s > 0 && !hashOf.has(s));
  if (wanted.length) {
    const before = await models.audit
      .find({ seq: { $in: wanted } }, { seq: 1, hash: 1 })
      .lean<{ seq: number; hash: string }[]>();
    for (const r of before) hashOf.set(r.seq, r.hash);
  }
  const problems: RecordsVerdict['problems'] = [];
  for (const r of records) {
    const expectedPrev = r.seq === 1 ? GENESIS : hashOf.get(r.seq - 1);
    const problem =
      recordProblem(keys, r) ??
      (expectedPrev === undefined
        ? `record ${r.seq - 1}, its predecessor, is missing`
        : r.prevHash !== expectedPrev
          ? 'its predecessor hash does not match the previous record'
          : undefined);
    if (problem) problems.push({ seq: r.seq, problem });
  }
  return { checked: records.length, problems };
}
