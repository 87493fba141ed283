// HR's appraisal year desk (`/hr/appraisal`), each section its own router over the same deps and HR's
// guard, mounted by web/staff/routes.tsx. `/years/new` comes before a year's own pages.
import express, { type Router } from 'express';
import { calibrationRoutes } from './calibration';
import { dashboardRoutes } from './dashboard';
import type { AppraisalDeskDeps } from './deps';
import { evidenceRoutes } from './evidence';
import { orgRoutes } from './org';
import { yearsRoutes } from './years';

export function appraisalDeskRoutes(deps: AppraisalDeskDeps): Router {
  const router = express.Router();
  for (const section of [yearsRoutes, orgRoutes, dashboardRoutes, calibrationRoutes, evidenceRoutes])
    router.use(section(deps));
  return router;
}
