// Builds every activity from injected dependencies (models, mailer, clock, logger), as in Temporal's
// activities-dependency-injection sample. Workflows import only the type of the result.
import type { Transporter } from 'nodemailer';
import type { Models } from '../db/connection';
import type { Logger } from '../runtime/logger';
import { createAuditActivities } from './audit';
import { createEmailActivities } from './email';

export interface ActivityDeps {
  models: Models;
  mailer: Transporter;
  mailFrom: string;
  logger: Logger;
  clock?: () => Date;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createEmailActivities({
      models: deps.models,
      mailer: deps.mailer,
      from: deps.mailFrom,
      logger: deps.logger,
    }),
    ...createAuditActivities({ models: deps.models }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
