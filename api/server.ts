// Starts the API: connects to Temporal and the database, starts the embedded OpenID provider unless
// OIDC_ISSUER names one, listens, and on stop refuses new connections, lets in-flight requests finish
// within SHUTDOWN_GRACE, then closes the connections and the provider.
import type { Server } from 'node:http';
import type { PayloadCodec } from '@temporalio/common';
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
import { staffSignIn } from './oidc/client';
import { staffTokensOf, startDevelopmentProvider, webClientOf } from './oidc/identity';
import type { EmbeddedProvider } from './oidc/provider';

export interface RunningApi {
  url: string;
  server: Server;
  /** The embedded OpenID provider, when OIDC_ISSUER is not set. */
  provider?: EmbeddedProvider;
  stop(): Promise<void>;
}

export interface ApiOptions {
  /**
   * The payload codec of the API's client and codec endpoint in place of PAYLOAD_KEYS' (a dependency for the
   * codec benchmark's baseline, bench/intake-codec.ts; no configuration turns encryption off).
   */
  payloadCodec?: PayloadCodec;
}

export async function startApi(
  config: Config,
  logger: Logger,
  options: ApiOptions = {},
): Promise<RunningApi> {
  const db = await connectDatabase(config.MONGODB_URI);
  const payloadCodec = options.payloadCodec ?? payloadCodecOf(config.PAYLOAD_KEYS);
  const { client, connection } = await connectClient(
    config.TEMPORAL_ADDRESS,
    config.TEMPORAL_NAMESPACE,
    payloadCodec,
  );
  const provider = config.oidcEmbedded ? await startDevelopmentProvider(config, db.models) : undefined;
  if (provider)
    logger.warn(
      {
        issuer: provider.issuer,
        accounts: 'hr, or an employee NIP',
        password: 'OIDC_DEV_PASSWORD or DATA_DIR/oidc-dev-password',
      },
      'embedded development OpenID provider for staff sign-in: set OIDC_ISSUER in production',
    );
  const auth = createAuth(config.AUTH_SECRET, staffTokensOf(config, db.models));
  const { app } = createApp({
    client,
    models: db.models,
    auth,
    signIn: staffSignIn({ client: webClientOf(config), auth }),
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
      letterhead: {
        government: config.AGENCY_GOVERNMENT,
        agency: config.AGENCY_NAME,
        address: config.AGENCY_ADDRESS,
        place: config.AGENCY_PLACE,
        headName: config.AGENCY_HEAD_NAME,
        headNip: config.AGENCY_HEAD_NIP,
        numberFormat: config.ANNOUNCEMENT_NUMBER,
      },
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
      await provider?.stop();
      await connection.close();
      await db.close();
      logger.info('API stopped');
    })());
  return { url, server, provider, stop };
}
