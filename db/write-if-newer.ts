// The write that never moves a read model backwards: each write carries its writer's sequence number, kept
// in the document under the writer's own guard field (a workflow's step sequence in `seq`; other writers,
// such as a cycle's uploaded batches or its rankings, in fields of their own), and a write older than
// what the document holds changes nothing (a retry, a late attempt).
import type { Model } from 'mongoose';

/**
 * Applies `$set` to the document `_id` unless it already holds a write of sequence `seq` or later under
 * `guard`; inserts it when absent. Returns false when a newer write was already there (a late retry),
 * which changes nothing.
 *
 * Every filter is `_id` alone: FerretDB answers any other filter (even `_id` plus `seq`, or an upsert that
 * finds nothing) by reading the whole collection, which made each task write cost about half a second at
 * a few thousand tasks. So the sequence is read first and the write follows it. The writes of one writer
 * to one document are issued in sequence order (a workflow's writes one after another; a batch or a
 * ranking after the one before it), so between the read and the write only an attempt that outlived its
 * timeout could interleave, and it reads the newer sequence and stops.
 */
export async function writeIfNewer(
  model: Model<never>,
  _id: string | number,
  seq: number,
  set: Record<string, unknown>,
  extra: {
    setOnInsert?: Record<string, unknown>;
    push?: Record<string, unknown>;
    guard?: string;
    insert?: boolean;
  } = {},
): Promise<boolean> {
  const guard = extra.guard ?? 'seq';
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = (await model.findById(_id, { [guard]: 1 }).lean()) as Record<string, number> | null;
    if (existing) {
      if ((existing[guard] ?? 0) >= seq) return false;
      await model.updateOne(
        { _id } as never,
        { $set: { ...set, [guard]: seq }, ...(extra.push ? { $push: extra.push } : {}) } as never,
      );
      return true;
    }
    if (extra.insert === false) throw new Error(`write of ${String(_id)}: no such document`);
    try {
      const pushed = Object.fromEntries(Object.entries(extra.push ?? {}).map(([k, v]) => [k, [v]]));
      // Unvalidated, like the upsert it replaces (defaults applied): a record may start partial.
      await model.create([{ ...extra.setOnInsert, ...pushed, ...set, _id, [guard]: seq }] as never[], {
        validateBeforeSave: false,
      });
      return true;
    } catch (err) {
      // Inserted meanwhile by another attempt (a duplicate _id): read it again.
      if ((err as { code?: number }).code !== 11000) throw err;
    }
  }
  throw new Error(`write of ${String(_id)}: the document keeps changing`);
}
