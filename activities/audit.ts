// The audit activity: workflows record every decision through it. Appends are idempotent by key, and
// queued within the process and appended in groups (db/audit-chain.ts auditWriter).
import type { AuditEntry } from '../db/audit-chain';
import type { AuditTrail } from '../db/audit-trail';

export function createAuditActivities({ audit }: { audit: AuditTrail }) {
  return {
    async recordAudit(entry: AuditEntry): Promise<{ seq: number; hash: string }> {
      const r = await audit.append(entry);
      return { seq: r.seq, hash: r.hash };
    },
  };
}
