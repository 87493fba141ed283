// The audit trail as one dependency (`audit` in the activities' and the API's deps): appending (queued
// per process, see auditWriter), a subject's history with its personal parts opened, the checkpoints, and
// verification, all on one database with one set of keys.
import type { Models } from './connection';
import { auditHistory, auditWriter, openRecord, type AuditKeys, type StoredAudit } from './audit-chain';
import { listCheckpoints, takeCheckpoint } from './audit-checkpoints';
import { verifyAuditChain, verifyRecords, type KnownHead } from './audit-verify';
import { fieldCrypto } from '../runtime/field-crypto';
import { parseKeyRing } from '../runtime/keyring';
import { parseSigningRing } from '../runtime/signing';

/** The trail's keys from their configuration (AUDIT_KEYS, DATA_KEYS, AUDIT_SIGNING_KEYS). */
export function auditKeysOf(specs: {
  AUDIT_KEYS: string;
  DATA_KEYS: string;
  AUDIT_SIGNING_KEYS: string;
}): AuditKeys {
  return {
    chain: parseKeyRing(specs.AUDIT_KEYS),
    fields: fieldCrypto(parseKeyRing(specs.DATA_KEYS)),
    signing: parseSigningRing(specs.AUDIT_SIGNING_KEYS),
  };
}

export function auditTrail(models: Models, keys: AuditKeys) {
  const writer = auditWriter(models, keys);
  return {
    ...writer,
    history: (subject: string, limit?: number) => auditHistory(models, keys.fields, subject, limit),
    verify: (known?: KnownHead[]) => verifyAuditChain(models, keys, known),
    /** Some records checked on their own and against their predecessors (not the whole chain). */
    verifyRecords: (records: StoredAudit[]) => verifyRecords(models, keys, records),
    /** A stored record with its personal part opened. */
    open: (record: StoredAudit) => openRecord(keys.fields, record),
    checkpoint: (occasion: { workflowId: string; phase: string; at: Date }) =>
      takeCheckpoint(models, keys.signing, occasion),
    checkpoints: () => listCheckpoints(models, keys.signing),
  };
}

export type AuditTrail = ReturnType<typeof auditTrail>;
