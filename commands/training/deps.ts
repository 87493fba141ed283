// What the competency-development commands need: the Temporal client and task queue to start and tell
// the workflows, the read models, the field crypto that seals certificates at rest, the audit trail, and a
// clock (the entry window and the date checks read it).
import type { Client } from '@temporalio/client';
import type { AuditTrail } from '../../db/audit-trail';
import type { Models } from '../../db/connection';
import type { FieldCrypto } from '../../runtime/field-crypto';

export interface TrainingDeps {
  client: Client;
  models: Models;
  taskQueue: string;
  fields: FieldCrypto;
  audit: AuditTrail;
  clock?: () => Date;
}
