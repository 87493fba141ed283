// Signed checkpoints of the audit chain's head, taken at every phase change of a cycle or a year and sent
// to HR in the phase's summary email: "record N had hash H at T", signed with Ed25519 (AUDIT_SIGNING_KEYS).
// Someone who can write the database and even holds the chain's HMAC key cannot rewrite or truncate the
// chain before a checkpoint without it showing against it, since the signing key is not theirs; and the
// copies in HR's mailbox hold even if the stored checkpoints are removed.
import type { AuditCheckpoint } from '../domain/audit-checkpoint';
import type { Models } from './connection';
import { canonicalJson, lastRecord } from './audit-chain';
import { publicKeysOf, signWith, verifiedBy, type SigningRing } from '../runtime/signing';

export type Checkpoint = AuditCheckpoint;

/** What is signed: every field but the signature, as canonical JSON. */
export function signedText(c: Omit<Checkpoint, 'signature'>): string {
  const { id, seq, hash, at, workflowId, phase, keyId } = c;
  return canonicalJson({ id, seq, hash, at, workflowId, phase, keyId });
}

export const checkpointId = (workflowId: string, phase: string) => `${workflowId}/phase/${phase}`;

type StoredCheckpoint = Omit<Checkpoint, 'id'> & { _id: string };
const toCheckpoint = ({ _id, ...c }: StoredCheckpoint): Checkpoint => ({ id: _id, ...c });

function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: number }).code === 11000;
}

/**
 * The checkpoint of `workflowId`'s `phase`: the chain's last record now, signed; once per phase (a retried
 * activity gets the first one back). The last record is found by sorting the trail, which is a scan on
 * FerretDB, but phases change a few times a year.
 */
export async function takeCheckpoint(
  models: Models,
  signing: SigningRing,
  occasion: { workflowId: string; phase: string; at: Date },
): Promise<Checkpoint> {
  const id = checkpointId(occasion.workflowId, occasion.phase);
  const existing = await models.auditCheckpoints.findById(id).lean<StoredCheckpoint>();
  if (existing) return toCheckpoint(existing);
  const end = await lastRecord(models);
  const unsigned = {
    id,
    seq: end.seq,
    hash: end.hash,
    at: occasion.at.toISOString(),
    workflowId: occasion.workflowId,
    phase: occasion.phase,
    keyId: signing.current,
  };
  const checkpoint = { ...unsigned, signature: signWith(signing, signedText(unsigned)).signature };
  const { id: _id, ...rest } = checkpoint;
  try {
    await models.auditCheckpoints.create({ _id, ...rest });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return toCheckpoint((await models.auditCheckpoints.findById(id).lean<StoredCheckpoint>())!);
  }
  return checkpoint;
}

/** Every checkpoint in chain order, with the public keys that check them. */
export async function listCheckpoints(models: Models, signing: SigningRing) {
  const stored = await models.auditCheckpoints.find({}).sort({ seq: 1, at: 1 }).lean<StoredCheckpoint[]>();
  return { publicKeys: publicKeysOf(signing), checkpoints: stored.map(toCheckpoint) };
}

/** Why a checkpoint's signature does not hold, or undefined when it does. */
export function signatureProblem(signing: SigningRing, c: Checkpoint): string | undefined {
  const ok = verifiedBy(signing, c.keyId, signedText(c), c.signature);
  if (ok === undefined) return `signed under key id "${c.keyId}", which is not among the configured keys`;
  if (!ok) return 'its signature does not match its content: the checkpoint was forged or edited';
  return undefined;
}
