// The audit activity: workflows record every decision through it. Appends are idempotent by key, and
// queued within the process and appended in groups (see serialAudit).
import type { Models } from '../db/connection';
import { appendAuditBatch, type AuditEntry, type StoredAudit } from '../db/audit-chain';

export function createAuditActivities({ models }: { models: Models }) {
  return {
    async recordAudit(entry: AuditEntry): Promise<{ seq: number; hash: string }> {
      const r = await serialAudit(models)(entry);
      return { seq: r.seq, hash: r.hash };
    },
  };
}

const queues = new WeakMap<Models, (entry: AuditEntry) => Promise<StoredAudit>>();

/** The most records one group commit appends. */
const GROUP = 100;

/**
 * Appends to the audit trail from one queue per worker process. The chain takes one writer per sequence
 * number, so many concurrent appends from one process (a whole unit rated at once, a bulk screening)
 * would mostly retry against each other; instead, what arrives while an append is under way goes in
 * the next one together (appendAuditBatch).
 */
export function serialAudit(models: Models): (entry: AuditEntry) => Promise<StoredAudit> {
  const known = queues.get(models);
  if (known) return known;
  let waiting: { entry: AuditEntry; done: (r: StoredAudit) => void; failed: (e: unknown) => void }[] = [];
  let busy = false;
  const drain = async () => {
    busy = true;
    while (waiting.length) {
      const group = waiting.slice(0, GROUP);
      waiting = waiting.slice(GROUP);
      try {
        const stored = await appendAuditBatch(
          models,
          group.map((w) => w.entry),
        );
        group.forEach((w, i) => w.done(stored[i]!));
      } catch (err) {
        for (const w of group) w.failed(err);
      }
    }
    busy = false;
  };
  const append = (entry: AuditEntry) =>
    new Promise<StoredAudit>((done, failed) => {
      waiting.push({ entry, done, failed });
      if (!busy) void drain();
    });
  queues.set(models, append);
  return append;
}
