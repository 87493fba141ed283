// Every recruitment activity, from the shared dependencies.
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import { createBanActivities } from './bans';
import { createFanOutActivities } from './fan-out';
import { createRankingActivities } from './ranking';
import { createRecordActivities } from './records';

export function createRecruitmentActivities(deps: { models: Models; client: Client }) {
  return {
    ...createRecordActivities(deps),
    ...createBanActivities(deps),
    ...createFanOutActivities(deps),
    ...createRankingActivities(deps),
  };
}
