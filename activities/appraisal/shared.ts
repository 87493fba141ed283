// What the appraisal activities share: their dependencies, the reporting line read from the database,
// and the write that never moves a read model backwards (each write carries the workflow's step sequence).
import type { Client } from '@temporalio/client';
import type { Model } from 'mongoose';
import { appendAudit, type AuditEntry } from '../../db/audit-chain';
import type { Models } from '../../db/connection';
import type { Logger } from '../../runtime/logger';
import { directoryOf, type Directory } from '../../domain/org/reporting-line';
import type { EmployeeImport } from '../../domain/org/schemas';

export interface AppraisalActivityDeps {
  models: Models;
  logger: Logger;
  client: Client;
  settings: { publicUrl: string; hrEmail: string; hrHeadEmail: string };
  clock: () => Date;
}

/** Who acted, as the API's token named them (hr acts for the Wali Kota). */
export interface Actor {
  sub: string;
  role: string;
  nip?: string | null;
}

export type DirectoryEntry = Pick<EmployeeImport, 'nip' | 'name' | 'level' | 'supervisorNip' | 'email'>;

/** The reporting line above `nip` (the employee, their supervisor, and up), enough for assigneeOf. */
export async function directoryAround(
  models: Models,
  nip: string,
  depth = 4,
): Promise<Directory<DirectoryEntry>> {
  const entries: DirectoryEntry[] = [];
  let current: string | null | undefined = nip;
  for (let i = 0; i < depth && current; i++) {
    const e: DirectoryEntry | null = await models.employees
      .findById(current, { nip: 1, name: 1, level: 1, supervisorNip: 1, email: 1 })
      .lean<DirectoryEntry>();
    if (!e) break;
    entries.push(e);
    current = e.supervisorNip;
  }
  return directoryOf(entries);
}

/**
 * Applies `$set` to the document `_id` unless it already holds a write of sequence `seq` or later; inserts
 * it when absent. Returns false when a newer write was already there (a late retry), which changes nothing.
 */
export async function writeIfNewer(
  model: Model<never>,
  _id: string | number,
  seq: number,
  set: Record<string, unknown>,
  extra: { setOnInsert?: Record<string, unknown>; push?: Record<string, unknown> } = {},
): Promise<boolean> {
  try {
    const r = await model.updateOne(
      { _id, seq: { $lt: seq } } as never,
      {
        $set: { ...set, seq },
        ...(extra.setOnInsert ? { $setOnInsert: extra.setOnInsert } : {}),
        ...(extra.push ? { $push: extra.push } : {}),
      } as never,
      { upsert: true },
    );
    return r.matchedCount + r.upsertedCount > 0;
  } catch (err) {
    // The upsert met an existing document whose sequence is not lower: a newer write won. FerretDB reports
    // the duplicate key with a generic error, so look instead of matching the code.
    const existing = (await model.findById(_id, { seq: 1 }).lean()) as { seq?: number } | null;
    if (existing && (existing.seq ?? 0) >= seq) return false;
    throw err;
  }
}

/**
 * Appends to the audit trail one record at a time within this worker process. The chain takes one
 * writer per sequence number; many concurrent appends from one process (a whole unit rated at once)
 * would otherwise mostly retry against each other.
 */
export function serialAudit(models: Models): (entry: AuditEntry) => Promise<unknown> {
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
const queues = new WeakMap<Models, (entry: AuditEntry) => Promise<unknown>>();
