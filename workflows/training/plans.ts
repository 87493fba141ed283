// Development planned from the appraisal (workflow ID `development-plans/<appraisalYear>`), started by HR
// for a finalised appraisal year: one resumable activity reads the finalised results and opens a plan item
// for the next year for each predikat below Baik (an improvement plan). Items are keyed per employee and
// appraisal year, so running it again (after a late unit is finalised) only adds the new ones.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

const walk = proxyActivities<Activities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function developmentPlansFromAppraisal(input: {
  appraisalYear: number;
  ruleSetId: string;
}): Promise<{ appraisalYear: number; items: number; created: number; unitsNotFinalised: string[] }> {
  return walk.plansFromAppraisal(input);
}
