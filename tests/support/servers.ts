// What a test file needs from the servers that global-setup started: a database of its own, the captured
// mail, Temporal environments (time-skipping or dev server) and workers running the bundled workflows.
import mongoose from 'mongoose';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { toolsBin } from '../../stack/paths';
import { defaultPayloadConverter, msToTs } from '@temporalio/common';
import type { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import pino from 'pino';
import { connectDatabase, type Database } from '../../db/connection';
import type { CapturedMessage } from '../../stack/smtp-capture';
import { createLogger } from '../../runtime/logger';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the tests through jest with tests/setup/global-setup.ts`);
  return v;
}

export const testLogger = createLogger('silent', pino.destination('/dev/null'));

/** The URI of testDatabase(name), for a worker process that connects by URI. */
export function testDatabaseUri(name: string): string {
  const uri = new URL(required('SDM_TEST_MONGODB_URI'));
  uri.pathname = `/t-${createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
  return uri.toString();
}

/** A database private to one test file (named after it), so files running in parallel never meet. */
export async function testDatabase(name: string): Promise<Database> {
  // Emptied first over a connection of its own, then connected (which creates each collection's indexes
  // one at a time): no collection is being created while the database file is dropped.
  const bare = await mongoose
    .createConnection(testDatabaseUri(name), { serverSelectionTimeoutMS: 10_000 })
    .asPromise();
  await bare.dropDatabase();
  await bare.close();
  return connectDatabase(testDatabaseUri(name));
}

export const smtpUrl = () => required('SDM_TEST_SMTP_URL');

/** Messages the SMTP capture received for one address (lower-cased). */
export async function mailTo(address: string): Promise<CapturedMessage[]> {
  const res = await fetch(
    `${required('SDM_TEST_MAIL_URL')}/messages?to=${encodeURIComponent(address.toLowerCase())}`,
  );
  return (await res.json()) as CapturedMessage[];
}

/** A unique, valid address for one test, so its mail count is its own. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@test.kupangkota.go.id`;
}

/**
 * A time-skipping server of this test file's own: time skipping is global to a server, so a workflow left
 * running by another file (an activity nobody polls any more) would hold its clock. The launcher in
 * .tools/bin starts the Java test server in about half a second (class-data sharing), well inside the SDK's
 * 5-second limit.
 */
export async function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: path.join(toolsBin, 'temporal-test-server') } },
  });
}

/**
 * The dev server of global-setup, in `namespace` (registered here when it is not `default`, and waited
 * for until it answers): a test whose workflow ids are not its own (the fuzz run's `appraisal-year/<year>`,
 * the appraisal schedule) keeps them apart from the other files' that way.
 */
export async function devServerEnv(namespace = 'default'): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createFromExistingServer({
    address: required('SDM_TEST_TEMPORAL_ADDRESS'),
    namespace,
  });
  if (namespace === 'default') return env;
  const service = env.connection.workflowService;
  await service
    .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') })
    .catch((err: { code?: number }) => {
      if (err.code !== 6) throw err; // ALREADY_EXISTS: registered by an earlier run on this server
    });
  // A new namespace reaches the frontend's namespace cache within a few seconds.
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      await service.listWorkflowExecutions({ namespace, pageSize: 1 });
      return env;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export function uniqueTaskQueue(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** A worker on the bundled workflows (production ones plus test harnesses). */
export async function testWorker(
  env: TestWorkflowEnvironment,
  opts: Pick<WorkerOptions, 'activities' | 'taskQueue'> & Partial<WorkerOptions>,
): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    namespace: 'default',
    workflowBundle: { codePath: required('SDM_TEST_WORKFLOW_BUNDLE') },
    ...opts,
  });
}

/**
 * A workflow's result on the time-skipping server without moving its clock needlessly: `result()` unlocks
 * time skipping while it waits, and the Java test server, once nothing is left to wait for, can jump its
 * clock far ahead (ten years, seen at the end of a cycle), which puts every later test of the file in
 * another decade (its applicants too old). So a workflow that is finishing is waited for on the real clock
 * and its result read from its history; only one still waiting after that is left to `result()`.
 */
export async function resultWhenDone<T>(handle: WorkflowHandle, realWaitMs = 30_000): Promise<T> {
  const deadline = Date.now() + realWaitMs;
  while (Date.now() < deadline) {
    const { status } = await handle.describe();
    if (status.name !== 'RUNNING') {
      const { events } = await handle.fetchHistory();
      const done = events?.find(
        (e) => e.workflowExecutionCompletedEventAttributes,
      )?.workflowExecutionCompletedEventAttributes;
      if (!done) return (await handle.result()) as T; // failed, terminated…: result() says how
      return defaultPayloadConverter.fromPayload(done.result!.payloads![0]!) as T;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await handle.result()) as T;
}
