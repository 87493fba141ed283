// The yearly Temporal Schedule of the appraisal: HR sets it through the API (2 January, WITA, from a
// template); when it fires it opens `appraisal-year/<year>`, and when it fires again that year it
// opens nothing more.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { startTestEngine, type TestEngine } from '../support/engine';
import { staffToken } from '../support/identity';
import { eventually } from '../support/eventually';

let engine: TestEngine;
let env: TestWorkflowEnvironment;
let base: string;

beforeAll(async () => {
  engine = await startTestEngine('appraisal-schedule', { bodyLimit: '1mb' });
  ({ env, baseUrl: base } = engine);
});
afterAll(() => engine.stop());

async function put(body: unknown) {
  const res = await fetch(`${base}/api/v1/appraisal/schedule`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${await staffToken({ role: 'hr', sub: 'hr-1' })}`,
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
