// Every route of the organisation registry and the appraisal engine, for api/app.ts.
import type { AppDeps } from '../../app';
import { appraisalRoutes } from './appraisal';
import { orgRoutes } from './org';
import { taskRoutes } from './tasks';

export function appraisalEngineRoutes(deps: AppDeps) {
  return [...orgRoutes(deps), ...appraisalRoutes(deps), ...taskRoutes(deps)];
}
