// Builds every activity from injected dependencies (models, mailer, clock, logger), as in Temporal's
// activities-dependency-injection sample. Workflows import only the type of the result.
import type { Client } from '@temporalio/client';
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
  /** Temporal client for fan-out activities that signal or start many workflows. */
  client: Client;
  /** Addresses and links the processes put in their emails. */
  settings: { publicUrl: string; hrEmail: string; hrHeadEmail: string };
  clock: () => Date;
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
