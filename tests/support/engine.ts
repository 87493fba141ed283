// The engine a test talks to over HTTP: the Temporal dev server and the database of global-setup, a worker
// running the bundled workflows with the real activities (real SMTP capture), and the production API
// (createApp) on a free port, with the embedded OpenID provider for staff tokens (support/identity.ts:
// `staffToken`). Integration and end-to-end tests start it in beforeAll and stop it in afterAll.
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createApp, type AppDeps } from '../../api/app';
import { createAuth, type Auth } from '../../api/auth';
import { staffSignIn } from '../../api/oidc/client';
import { databaseAnswers, type Database } from '../../db/connection';
import { freePort } from '../../stack/ports';
import { defaultRateLimits } from '../../runtime/config';
import { dataConverterOf } from '../../runtime/temporal';
import { realActivities, testAuthSecret, testSettings } from './activities';
import { codecClient, testAuditTrail, testFields, testPayloadCodec } from './crypto';
import { testIdentity } from './identity';
import { createLogger } from '../../runtime/logger';
import { devServerEnv, testDatabase, testLogger, testWorker, uniqueTaskQueue } from './servers';

/** A logger at debug level whose lines land in `lines`, as the API's would reach its log collector. */
const collectingLogger = (lines: string[]) =>
  createLogger('debug', { write: (line: string) => lines.push(line) });

/** Signs candidates' link tokens, as the email activity does (staff tokens: support/identity.ts). */
export const auth: Auth = createAuth(testAuthSecret);
export const applicantKeySecret = 'e2e-applicant-key-secret-long-enough!!';

export interface TestEngine {
  env: TestWorkflowEnvironment;
  /** The client of the engine's workflows: with the worker's payload codec when the engine encrypts. */
  client: Client;
  db: Database;
  taskQueue: string;
  /** The API's base URL (http://127.0.0.1:<port>), and what it was built from (for a variant of it). */
  baseUrl: string;
  deps: AppDeps;
  /** Stops the API, drains the worker, closes the mailer, the database and the environment. */
  stop(): Promise<void>;
}

/**
 * The production API on a free port, on the given database and Temporal client (env.client unless given:
 * a worker that encrypts its payloads needs a client with the same codec, see support/crypto.ts).
 */
export async function startApi(opts: {
  env: TestWorkflowEnvironment;
  client?: Client;
  db: Database;
  taskQueue: string;
  hr: { email: string; headEmail: string };
  bodyLimit?: string;
  /** Every log line the API writes (debug and up), collected here; silent otherwise. */
  logLines?: string[];
}): Promise<{ baseUrl: string; deps: AppDeps; close(): Promise<void> }> {
  const identity = await testIdentity(opts.db.models);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const deps: AppDeps = {
    client: opts.client ?? opts.env.client,
    models: opts.db.models,
    auth: identity.auth,
    signIn: staffSignIn({ client: identity.clientFor(baseUrl), auth: identity.auth }),
    fields: testFields,
    audit: testAuditTrail(opts.db.models),
    payloadCodec: testPayloadCodec,
    logger: opts.logLines ? collectingLogger(opts.logLines) : testLogger,
    config: {
      bodyLimit: opts.bodyLimit ?? '5mb',
      publicUrl: 'http://localhost',
      taskQueue: opts.taskQueue,
      applicantKeySecret,
      temporalUiOrigins: [],
      // Per client as in production; per NIK and address generous, since tests apply the same person often
      // (the limits themselves are tested on an app of their own).
      rateLimits: { ...defaultRateLimits, perApplicant: { limit: 1000, window: 'PT1H' } },
      hr: opts.hr,
    },
    checks: { temporal: async () => true, database: () => databaseAnswers(opts.db.conn) },
  };
  const server: Server = createApp(deps).app.listen(port, '127.0.0.1');
  await new Promise((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    baseUrl,
    deps,
    close: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections(); // requests of a failed test may still be waiting on the engine
      });
      await identity.release();
    },
  };
}

/**
 * A worker and the API on a database of the test's own (`name`); HR's mailboxes default to the test
 * settings'. `encrypted`: payloads encrypted as in production (the worker, its activities' client and the
 * API's share the codec).
 */
export async function startTestEngine(
  name: string,
  opts: {
    hr?: { email: string; headEmail: string };
    bodyLimit?: string;
    encrypted?: boolean;
    /** A Temporal namespace of the engine's own (not with `encrypted`); `default` otherwise. */
    namespace?: string;
    /** Every log line the API writes, collected here (a test then looks for personal data in them). */
    logLines?: string[];
  } = {},
): Promise<TestEngine> {
  const env = await devServerEnv(opts.namespace);
  const db = await testDatabase(name);
  const taskQueue = uniqueTaskQueue(name);
  const client = opts.encrypted ? codecClient(env) : env.client;
  const { activities, mailer } = realActivities(db, env, undefined, client);
  const worker: Worker = await testWorker(env, {
    taskQueue,
    activities,
    ...(opts.namespace ? { namespace: opts.namespace } : {}),
    ...(opts.encrypted ? { dataConverter: dataConverterOf(testPayloadCodec) } : {}),
  });
  const running = worker.run();
  const hr = opts.hr ?? { email: testSettings.hrEmail, headEmail: testSettings.hrHeadEmail };
  const api = await startApi({
    env,
    client,
    db,
    taskQueue,
    hr,
    bodyLimit: opts.bodyLimit,
    ...(opts.logLines ? { logLines: opts.logLines } : {}),
  });
  return {
    env,
    client,
    db,
    taskQueue,
    baseUrl: api.baseUrl,
    deps: api.deps,
    async stop() {
      await api.close();
      worker.shutdown();
      await running;
      mailer.close();
      await db.close();
      await env.teardown();
    },
  };
}
