// Starts the API: connects to Temporal and the database, listens, and on stop refuses new connections,
// lets in-flight requests finish within SHUTDOWN_GRACE, then closes the connections.
import type { Server } from 'node:http';
import { auditKeysOf, auditTrail } from '../db/audit-trail';
import { connectDatabase, databaseAnswers } from '../db/connection';
import type { Config } from '../runtime/config';
import type { Logger } from '../runtime/logger';
import { fieldCrypto } from '../runtime/field-crypto';
import { parseKeyRing } from '../runtime/keyring';
import { connectClient, payloadCodecOf, temporalAnswers } from '../runtime/temporal';
import { durationMs } from '../domain/time';
import { createApp } from './app';
import { createAuth } from './auth';

export interface RunningApi {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export async function startApi(config: Config, logger: Logger): Promise<RunningApi> {
  const db = await connectDatabase(config.MONGODB_URI);
  const payloadCodec = payloadCodecOf(config.PAYLOAD_KEYS);
  const { client, connection } = await connectClient(
    config.TEMPORAL_ADDRESS,
    config.TEMPORAL_NAMESPACE,
    payloadCodec,
  );
  const { app } = createApp({
    client,
    models: db.models,
    auth: createAuth(config.AUTH_SECRET),
    fields: fieldCrypto(parseKeyRing(config.DATA_KEYS)),
    audit: auditTrail(db.models, auditKeysOf(config)),
    payloadCodec,
    logger,
    config: {
      bodyLimit: config.BODY_LIMIT,
      publicUrl: config.PUBLIC_URL,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      applicantKeySecret: config.APPLICANT_KEY_SECRET,
      temporalUiOrigins: config.TEMPORAL_UI_ORIGINS.split(','),
      hr: { email: config.HR_EMAIL, headEmail: config.HR_HEAD_EMAIL },
      rateLimits: {
        perIp: { limit: config.RATE_LIMIT_PER_IP, window: config.RATE_LIMIT_IP_WINDOW },
        perApplicant: { limit: config.RATE_LIMIT_PER_APPLICANT, window: config.RATE_LIMIT_APPLICANT_WINDOW },
      },
      trustProxy: config.TRUST_PROXY,
      recruitmentRetention: config.RECRUITMENT_RETENTION,
      sessionSecret: config.SESSION_SECRET,
    },
    checks: { temporal: () => temporalAnswers(connection), database: () => databaseAnswers(db.conn) },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, () => resolve(s));
    s.on('error', reject);
  });
  const url = `http://localhost:${config.PORT}`;
  logger.info({ url }, 'API listening');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), durationMs(config.SHUTDOWN_GRACE));
      await closed;
      clearTimeout(grace);
      await connection.close();
      await db.close();
      logger.info('API stopped');
    })());
  return { url, server, stop };
}
