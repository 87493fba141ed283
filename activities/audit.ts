// The audit activity: workflows record every decision through it. Appends are idempotent by key, and
// serialised within the process (see serialAudit).
import type { Models } from '../db/connection';
import { appendAudit, type AuditEntry, type StoredAudit } from '../db/audit-chain';

export function createAuditActivities({ models }: { models: Models }) {
  return {
    async recordAudit(entry: AuditEntry): Promise<{ seq: number; hash: string }> {
      const r = await serialAudit(models)(entry);
      return { seq: r.seq, hash: r.hash };
    },
  };
}

const queues = new WeakMap<Models, (entry: AuditEntry) => Promise<StoredAudit>>();

/**
 * Appends to the audit trail one record at a time within this worker process. The chain takes one
 * writer per sequence number; many concurrent appends from one process (a whole unit rated at once)
 * would otherwise mostly retry against each other.
 */
export function serialAudit(models: Models): (entry: AuditEntry) => Promise<StoredAudit> {
  const known = queues.get(models);
  if (known) return known;
  let last: Promise<unknown> = Promise.resolve();
  const append = (entry: AuditEntry) => {
    const next = last.then(() => appendAudit(models, entry));
    last = next.catch(() => undefined);
    return next;
  };
  queues.set(models, append);
  return append;
}
