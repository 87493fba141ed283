// What the year desk's pages (web/staff/appraisal/) need: the appraisal commands built once from the
// engine's dependencies (the same commands as the API's), the task inbox (deadline extensions), the read
// models for the forms' lists, and HR's guard.
import type { Request, Response } from 'express';
import { orgFileCommands } from '../../../commands/appraisal/org-files';
import { unitCommands } from '../../../commands/appraisal/units';
import { yearDashboardCommands } from '../../../commands/appraisal/year-dashboard';
import { yearExportCommands } from '../../../commands/appraisal/year-exports';
import { yearEvidenceCommands, type YearDeskDeps } from '../../../commands/appraisal/year-evidence';
import { yearCommands } from '../../../commands/appraisal/years';
import { orgCommands } from '../../../commands/org/registry';
import type { TaskCommands } from '../../../commands/tasks/inbox';
import type { Models } from '../../../db/connection';
import type { Principal } from '../../../domain/actor';

export interface AppraisalDeskDeps {
  models: Models;
  secure: boolean;
  tasks: TaskCommands;
  hr: (req: Request, res: Response) => Principal | undefined;
  years: ReturnType<typeof yearCommands>;
  units: ReturnType<typeof unitCommands>;
  org: ReturnType<typeof orgCommands>;
  orgFiles: ReturnType<typeof orgFileCommands>;
  dashboard: ReturnType<typeof yearDashboardCommands>;
  exports: ReturnType<typeof yearExportCommands>;
  evidence: ReturnType<typeof yearEvidenceCommands>;
}

export function appraisalDeskDeps(
  engine: YearDeskDeps,
  page: Pick<AppraisalDeskDeps, 'models' | 'secure' | 'tasks' | 'hr'>,
): AppraisalDeskDeps {
  return {
    ...page,
    years: yearCommands(engine),
    units: unitCommands(engine),
    org: orgCommands(engine),
    orgFiles: orgFileCommands(engine),
    dashboard: yearDashboardCommands(engine),
    exports: yearExportCommands(engine),
    evidence: yearEvidenceCommands(engine),
  };
}
