// Every recruitment activity, from the shared dependencies.
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import { createFanOutActivities } from './fan-out';
import { createRankingActivities } from './ranking';
import { createReadModelActivities } from './read-model';

export function createRecruitmentActivities(deps: { models: Models; client: Client }) {
  return {
    ...createReadModelActivities(deps),
    ...createFanOutActivities(deps),
    ...createRankingActivities(deps),
  };
}
