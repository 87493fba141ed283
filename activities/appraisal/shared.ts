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
