// The content digest of a stored results batch (result_batches): the cycle, kind, rows and meta in a
// canonical JSON (keys sorted at every level), hashed with SHA-256. The cycle's audit trail records it when
// the batch is applied, and the merit-system evidence recomputes it from the stored batch: equal digests
// say the scores the ranking read are the ones HR uploaded, unchanged since.
import { createHash } from 'node:crypto';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object' && !(v instanceof Date))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

export interface BatchContent {
  cycleCode: string;
  kind: string;
  rows: unknown[];
  meta?: unknown;
}

export const batchDigest = (b: BatchContent): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical([b.cycleCode, b.kind, b.rows, b.meta ?? {}])))
    .digest('hex');
