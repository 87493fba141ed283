// The audit activity: workflows record every decision through it. Appends are idempotent by key.
import type { Models } from '../db/connection';
import { appendAudit, type AuditEntry } from '../db/audit-chain';

export function createAuditActivities({ models }: { models: Models }) {
  return {
    async recordAudit(entry: AuditEntry): Promise<{ seq: number; hash: string }> {
      const r = await appendAudit(models, entry);
      return { seq: r.seq, hash: r.hash };
    },
  };
}
