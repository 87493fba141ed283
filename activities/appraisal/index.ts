// Every activity of the appraisal engine, built from the platform's injected dependencies.
import { createAwardActivities } from './awards';
import { createRecordActivities } from './records';
import type { AppraisalActivityDeps } from './shared';
import { createAppraisalTaskActivities } from './tasks';
import { createYearActivities } from './year';

export function createAppraisalActivities(deps: AppraisalActivityDeps) {
  return {
    ...createAppraisalTaskActivities(deps),
    ...createRecordActivities(deps),
    ...createYearActivities(deps),
    ...createAwardActivities(deps),
  };
}
