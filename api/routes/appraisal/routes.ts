// Every route of the organisation registry and the appraisal engine, for api/app.ts, with what their
// commands need taken from the app's dependencies once.
import type { AppDeps } from '../../app';
import { appraisalRoutes } from './appraisal';
import { orgRoutes } from './org';
import { orgFileRoutes } from './org-files';
import { taskRoutes } from './tasks';
import { teamRoutes } from './team';
import { recruitmentCommandsOf } from '../recruitment/routes';

export function appraisalEngineRoutes(app: AppDeps) {
  const deps = { client: app.client, models: app.models, taskQueue: app.config.taskQueue };
  return [
    ...orgRoutes(deps),
    ...orgFileRoutes({ ...deps, fields: app.fields, audit: app.audit }),
    ...appraisalRoutes(deps),
    ...teamRoutes(deps),
    ...taskRoutes({ ...deps, recruitment: recruitmentCommandsOf(app) }),
  ];
}
