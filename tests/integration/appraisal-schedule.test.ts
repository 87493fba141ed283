// The yearly Temporal Schedule of the appraisal: HR sets it through the API (2 January, WITA, from a
// template); when it fires it opens `appraisal-year/<year>`, and when it fires again that year it
// opens nothing more.
import type { Server } from 'node:http';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createApp, type AppDeps } from '../../api/app';
import { createAuth } from '../../api/auth';
import type { Database } from '../../db/connection';
import { testFields, testPayloadCodec } from '../support/crypto';
import { realActivities, testSettings } from '../support/activities';
import { eventually } from '../support/eventually';
import { devServerEnv, testDatabase, testLogger, testWorker, uniqueTaskQueue } from '../support/servers';

const auth = createAuth('schedule-test-secret-long-enough-for-hs256!');
let env: TestWorkflowEnvironment;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
let server: Server;
let base: string;
const taskQueue = uniqueTaskQueue('appraisal-schedule');

beforeAll(async () => {
  db = await testDatabase('appraisal-schedule');
  env = await devServerEnv();
  const { activities, mailer } = realActivities(db, env);
  closeMailer = () => mailer.close();
  worker = await testWorker(env, { taskQueue, activities });
  running = worker.run();
  const deps: AppDeps = {
    client: env.client,
    models: db.models,
    auth,
    fields: testFields,
    payloadCodec: testPayloadCodec,
    logger: testLogger,
    config: {
      bodyLimit: '1mb',
      publicUrl: 'http://localhost',
      taskQueue,
      applicantKeySecret: 'x'.repeat(32),
      temporalUiOrigins: [],
      hr: { email: testSettings.hrEmail, headEmail: testSettings.hrHeadEmail },
    } as AppDeps['config'],
    checks: { temporal: async () => true, database: async () => true },
  };
  server = createApp(deps).app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  worker.shutdown();
  await running;
  closeMailer();
  await db.close();
  await env.teardown();
});

async function put(body: unknown) {
  const res = await fetch(`${base}/api/v1/appraisal/schedule`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${await auth.sign({ sub: 'hr-1', role: 'hr' })}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('the yearly appraisal schedule', () => {
  it('opens the appraisal year of the day it fires, once however often it fires', async () => {
    expect((await put({ template: { periodicity: 'weekly' } })).status).toBe(400);
    const template = { units: ['SCHEDULE-TEST'], periodicity: 'monthly' };
    expect(await put({ template })).toMatchObject({
      status: 200,
      json: { scheduleId: 'appraisal-year', created: true },
    });
    expect(await put({ template })).toMatchObject({ status: 200, json: { created: false } });
    const schedule = env.client.schedule.getHandle('appraisal-year');
    const described = await schedule.describe();
    expect(described.spec).toMatchObject({
      calendars: [
        expect.objectContaining({
          month: [expect.objectContaining({ start: 'JANUARY', end: 'JANUARY' })],
          dayOfMonth: [expect.objectContaining({ start: 2, end: 2 })],
          hour: [expect.objectContaining({ start: 0, end: 0 })],
        }),
      ],
      timezone: 'Asia/Makassar',
    });

    // A schedule skips a firing while its previous run is still running (the default overlap policy), so
    // the second trigger waits until the first run has finished: that is the case of a real second firing.
    const actionsAfter = (n: number) =>
      eventually(
        async () => (await schedule.describe()).info.recentActions,
        (a) => a.length === n,
      );
    const resultOf = (a: { action: { workflow: { workflowId: string } } }) =>
      env.client.workflow.getHandle(a.action.workflow.workflowId).result();

    await schedule.trigger();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const [first] = await actionsAfter(1);
    expect(await resultOf(first!)).toEqual({ year, started: true });
    const yearWorkflow = env.client.workflow.getHandle(`appraisal-year/${year}`);
    const info = await yearWorkflow.describe();
    expect(info.status.name).toBe('RUNNING');

    await schedule.trigger();
    const actions = await actionsAfter(2);
    expect(actions).toHaveLength(2);
    expect(await resultOf(actions[1]!)).toEqual({ year, started: false });
    const started = await yearWorkflow.describe();
    expect(started.runId).toBe(info.runId);
    await yearWorkflow.terminate('test over');
    await schedule.delete();
  });
});
