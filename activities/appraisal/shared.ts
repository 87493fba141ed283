// What the appraisal activities share: their dependencies, the reporting line read from the database,
// and the write that never moves a read model backwards (each write carries the workflow's step sequence).
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import type { AuditTrail } from '../../db/audit-trail';
import type { Logger } from '../../runtime/logger';
import { directoryOf, type Directory } from '../../domain/org/reporting-line';
import type { EmployeeImport } from '../../domain/org/schemas';

export interface AppraisalActivityDeps {
  models: Models;
  logger: Logger;
  client: Client;
  settings: { publicUrl: string; hrEmail: string; hrHeadEmail: string };
  clock: () => Date;
  audit: AuditTrail;
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
