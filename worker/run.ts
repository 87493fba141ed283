// Runs a worker: one task queue carries every workflow and activity, so workers scale by adding
// processes. Shutdown (SIGINT/SIGTERM, handled by the Temporal runtime) stops polling, lets in-flight
// activities finish within SHUTDOWN_GRACE, and hands back what is left to other workers.
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../activities';
import { connectDatabase } from '../db/connection';
import type { Config } from '../runtime/config';
import type { Logger } from '../runtime/logger';
import { createMailer } from '../runtime/mailer';
import { durationMs } from '../domain/time';
import { connectClient } from '../runtime/temporal';
import { createAuth } from '../api/auth';

export const workflowsPath = require.resolve('../workflows');

/** Candidates' links stay valid for a whole cycle. */
export function candidateTokens(secret: string) {
  const auth = createAuth(secret);
  return (applicationId: string) =>
    auth.sign({ sub: applicationId, role: 'candidate', app: applicationId }, '180d');
}

export interface RunningWorker {
  worker: Worker;
  /** Resolves when the worker has shut down and its connections are closed. */
  done: Promise<void>;
}

export async function startWorker(config: Config, logger: Logger): Promise<RunningWorker> {
  const db = await connectDatabase(config.MONGODB_URI);
  const mailer = createMailer(config.SMTP_URL);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = await connectClient(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowsPath,
    activities: createActivities({
      models: db.models,
      mailer,
      mailFrom: config.MAIL_FROM,
      logger,
      client: temporal.client,
      settings: { publicUrl: config.PUBLIC_URL, hrEmail: config.HR_EMAIL, hrHeadEmail: config.HR_HEAD_EMAIL },
      candidateToken: candidateTokens(config.AUTH_SECRET),
      clock: () => new Date(),
    }),
    shutdownGraceTime: durationMs(config.SHUTDOWN_GRACE),
  });
  logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker started');
  const done = worker.run().finally(async () => {
    mailer.close();
    await temporal.connection.close();
    await connection.close();
    await db.close();
    logger.info('worker stopped');
  });
  return { worker, done };
}
