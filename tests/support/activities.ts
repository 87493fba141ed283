// Real activities for tests: the production createActivities on a test database and the SMTP capture.
import { createActivities } from '../../activities';
import type { Database } from '../../db/connection';
import { createMailer } from '../../runtime/mailer';
import { smtpUrl, testLogger } from './servers';

export function realActivities(db: Database) {
  const mailer = createMailer(smtpUrl());
  return {
    activities: createActivities({
      models: db.models,
      mailer,
      mailFrom: 'BKPSDM Kota Kupang <no-reply@bkpsdm.kupangkota.go.id>',
      logger: testLogger,
    }),
    mailer,
  };
}
