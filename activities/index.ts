// Builds every activity from injected dependencies (models, mailer, clock, logger), as in Temporal's
// activities-dependency-injection sample. Workflows import only the type of the result.
import type { Client } from '@temporalio/client';
import type { Transporter } from 'nodemailer';
import type { Models } from '../db/connection';
import type { AuditTrail } from '../db/audit-trail';
import type { FieldCrypto } from '../runtime/field-crypto';
import type { Logger } from '../runtime/logger';
import { createAppraisalActivities } from './appraisal';
import { createAttendanceActivities } from './attendance';
import { createAuditActivities } from './audit';
import { createEmailActivities } from './email';
import { createRecruitmentActivities } from './recruitment';
import { createTaskActivities } from './tasks';
import { createTrainingActivities } from './training';

export interface ActivityDeps {
  models: Models;
  mailer: Transporter;
  mailFrom: string;
  logger: Logger;
  /** Temporal client for fan-out activities that signal or start many workflows. */
  client: Client;
  /** Addresses and links the processes put in their emails. */
  settings: { publicUrl: string; hrEmail: string; hrHeadEmail: string };
  /** Signs a candidate's access token (for the personal link in their emails). */
  candidateToken(applicationId: string): Promise<string>;
  clock: () => Date;
  /** Seals the personal fields the read model keeps encrypted (NIK, email). */
  fields: FieldCrypto;
  /** The audit trail: appends, checkpoints (AUDIT_KEYS, AUDIT_SIGNING_KEYS). */
  audit: AuditTrail;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createEmailActivities({
      models: deps.models,
      mailer: deps.mailer,
      from: deps.mailFrom,
      logger: deps.logger,
      publicUrl: deps.settings.publicUrl,
      candidateToken: deps.candidateToken,
      fields: deps.fields,
    }),
    ...createAuditActivities(deps),
    ...createTaskActivities(deps),
    ...createAppraisalActivities(deps),
    ...createRecruitmentActivities(deps),
    ...createAttendanceActivities(deps),
    ...createTrainingActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
