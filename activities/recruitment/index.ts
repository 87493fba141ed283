// Every recruitment activity, from the shared dependencies.
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import type { AuditTrail } from '../../db/audit-trail';
import type { FieldCrypto } from '../../runtime/field-crypto';
import { createBanActivities } from './bans';
import { createFanOutActivities } from './fan-out';
import { createRankingActivities } from './ranking';
import { createRecordActivities } from './records';
import { createRetentionActivities } from './retention';

export function createRecruitmentActivities(deps: {
  models: Models;
  client: Client;
  fields: FieldCrypto;
  audit: AuditTrail;
  clock: () => Date;
}) {
  return {
    ...createRecordActivities(deps),
    ...createBanActivities(deps),
    ...createFanOutActivities(deps),
    ...createRankingActivities(deps),
    ...createRetentionActivities(deps),
  };
}
