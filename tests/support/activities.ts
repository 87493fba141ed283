// Real activities for tests: the production createActivities on a test database, the SMTP capture and
// the Temporal environment the test runs on.
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import type { Database } from '../../db/connection';
import { createMailer } from '../../runtime/mailer';
import { testAuditTrail, testFields } from './crypto';
import { smtpUrl, testLogger } from './servers';
import { candidateTokens } from '../../worker/run';

export const testAuthSecret = 'test-secret-that-is-long-enough-for-hs256!!';

export const testSettings = {
  publicUrl: 'http://sdm-flow.test',
  hrEmail: 'bkpsdm@test.kupangkota.go.id',
  hrHeadEmail: 'kepala.bkpsdm@test.kupangkota.go.id',
};

/** `client` is the one the activities start and signal workflows with: env.client unless given. */
export function realActivities(
  db: Database,
  env: TestWorkflowEnvironment,
  clock: () => Date = () => new Date(),
  client: Client = env.client,
) {
  const mailer = createMailer(smtpUrl());
  return {
    activities: createActivities({
      models: db.models,
      mailer,
      mailFrom: 'BKPSDM Kota Kupang <no-reply@bkpsdm.kupangkota.go.id>',
      logger: testLogger,
      client,
      settings: testSettings,
      candidateToken: candidateTokens(testAuthSecret, db.models),
      clock,
      fields: testFields,
      audit: testAuditTrail(db.models),
    }),
    mailer,
  };
}
