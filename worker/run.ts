// Runs a worker: one task queue carries every workflow and activity, so workers scale by adding
// processes. Shutdown (SIGINT/SIGTERM, handled by the Temporal runtime) stops polling, lets in-flight
// activities finish within SHUTDOWN_GRACE, and hands back what is left to other workers.
import {
  IllegalStateError,
  type Logger as SdkLogger,
  type LogLevel,
  type LogMetadata,
  type PayloadCodec,
} from '@temporalio/common';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities } from '../activities';
import { auditKeysOf, auditTrail } from '../db/audit-trail';
import { connectDatabase } from '../db/connection';
import type { Config } from '../runtime/config';
import type { Logger } from '../runtime/logger';
import { fieldCrypto } from '../runtime/field-crypto';
import { parseKeyRing } from '../runtime/keyring';
import { createMailer } from '../runtime/mailer';
import { durationMs } from '../domain/time';
import { connectClient, dataConverterOf, payloadCodecOf } from '../runtime/temporal';
import { createAuth } from '../api/auth';
import { candidateLinks } from '../commands/recruitment/candidate-links';
import type { Models } from '../db/connection';

export const workflowsPath = require.resolve('../workflows');

/** Signs candidates' personal links under their application's link version (read when the email is sent). */
export function candidateTokens(secret: string, models: Models) {
  return candidateLinks({ auth: createAuth(secret), models }).sign;
}

const pinoLevels = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/** The Temporal SDK's logger interface, written through a pino logger at that logger's level. */
export function sdkLogger(log: Logger): SdkLogger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => {
    // pino serialises an Error only under `err`; the SDK also passes them under other keys (`error`).
    const fields = Object.fromEntries(
      Object.entries(meta ?? {}).map(([k, v]) => [k, v instanceof Error ? pino.stdSerializers.err(v) : v]),
    );
    log[pinoLevels[level]](fields, message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}

/**
 * Sends everything the Temporal SDK prints to `log`: webpack's module listing when the worker bundles the
 * workflows, worker state changes, the workflow and activity context loggers, and Core's (Rust) warnings,
 * which would otherwise go straight to the console. Runs before the process's first NativeConnection; a
 * Runtime installed earlier (a test setup, a demo) is kept as it is.
 */
export function installSdkLogging(log: Logger): void {
  try {
    Runtime.install({
      logger: sdkLogger(log),
      telemetryOptions: { logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} } },
    });
  } catch (err) {
    if (!(err instanceof IllegalStateError)) throw err;
    log.debug('the Temporal runtime was installed already: its logger is kept');
  }
}

export interface WorkerOptions {
  /** Where the Temporal SDK's own output goes; default: the engine's logger. */
  sdk?: Logger;
  /**
   * The payload codec of the worker and its activities' client in place of PAYLOAD_KEYS' (a dependency for
   * the codec benchmark's baseline, bench/intake-codec.ts; no configuration turns encryption off).
   */
  payloadCodec?: PayloadCodec;
}

export interface RunningWorker {
  worker: Worker;
  /** Resolves when the worker has shut down and its connections are closed. */
  done: Promise<void>;
}

export async function startWorker(
  config: Config,
  logger: Logger,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  installSdkLogging(options.sdk ?? logger);
  const db = await connectDatabase(config.MONGODB_URI);
  const mailer = createMailer(config.SMTP_URL);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const payloadCodec = options.payloadCodec ?? payloadCodecOf(config.PAYLOAD_KEYS);
  const temporal = await connectClient(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE, payloadCodec);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowsPath,
    // Outside the workflow sandbox: payloads are decrypted before the workflow sees them.
    dataConverter: dataConverterOf(payloadCodec),
    activities: createActivities({
      models: db.models,
      mailer,
      mailFrom: config.MAIL_FROM,
      logger,
      client: temporal.client,
      settings: { publicUrl: config.PUBLIC_URL, hrEmail: config.HR_EMAIL, hrHeadEmail: config.HR_HEAD_EMAIL },
      candidateToken: candidateTokens(config.AUTH_SECRET, db.models),
      clock: () => new Date(),
      fields: fieldCrypto(parseKeyRing(config.DATA_KEYS)),
      audit: auditTrail(db.models, auditKeysOf(config)),
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
