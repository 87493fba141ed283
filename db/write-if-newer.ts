// The write that never moves a read model backwards: each write carries the writing workflow's step
// sequence, and a write older than what the document holds changes nothing (a retry, a late attempt).
import type { Model } from 'mongoose';

/**
 * Applies `$set` to the document `_id` unless it already holds a write of sequence `seq` or later; inserts
 * it when absent. Returns false when a newer write was already there (a late retry), which changes nothing.
 *
 * Every filter is `_id` alone: FerretDB answers any other filter (even `_id` plus `seq`, or an upsert that
 * finds nothing) by reading the whole collection, which made each task write cost about half a second at
 * a few thousand tasks. So the sequence is read first and the write follows it. The writes to one
 * document come from its one workflow, which issues them in sequence order (task records one after
 * another, see recordWrite), so between the read and the write only an attempt that outlived its
 * timeout could interleave, and it reads the newer sequence and stops.
 */
export async function writeIfNewer(
  model: Model<never>,
  _id: string | number,
  seq: number,
  set: Record<string, unknown>,
  extra: { setOnInsert?: Record<string, unknown>; push?: Record<string, unknown> } = {},
): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = (await model.findById(_id, { seq: 1 }).lean()) as { seq?: number } | null;
    if (existing) {
      if ((existing.seq ?? 0) >= seq) return false;
      await model.updateOne(
        { _id } as never,
        {
          $set: { ...set, seq },
          ...(extra.push ? { $push: extra.push } : {}),
        } as never,
      );
      return true;
    }
    try {
      const pushed = Object.fromEntries(Object.entries(extra.push ?? {}).map(([k, v]) => [k, [v]]));
      // Unvalidated, like the upsert it replaces (defaults applied): a record may start partial.
      await model.create([{ ...extra.setOnInsert, ...pushed, ...set, _id, seq }] as never[], {
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
