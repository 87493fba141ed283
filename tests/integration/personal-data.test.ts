// Personal data protection (UU 27/2022) on real servers: an application made through the API, on a client
// and a worker that encrypt their payloads, leaves no name, email or NIK in the Temporal history nor the
// NIK and email in clear in the database; HR reads the history through the codec endpoint, and HR and the
// candidate still see the data through the API.
import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { createApp } from '../../api/app';
import { databaseAnswers, type Database } from '../../db/connection';
import { cycleWorkflowId } from '../../domain/workflow-ids';
import { newKeySpec } from '../../runtime/keyring';
import { dataConverterOf, payloadCodecOf } from '../../runtime/temporal';
import { toolsBin } from '../../stack/paths';
import { realActivities, testSettings } from '../support/activities';
import { codecClient, testAuditTrail, testFields, testPayloadCodec } from '../support/crypto';
import { linkToken } from '../support/confirmation';
import { eventually } from '../support/eventually';
import { nikFor } from '../support/nik';
import {
  devServerEnv,
  mailTo,
  testDatabase,
  testLogger,
  testWorker,
  uniqueEmail,
  uniqueTaskQueue,
} from '../support/servers';
import { staffToken, testIdentity } from '../support/identity';

const run = promisify(execFile);
let identity: Awaited<ReturnType<typeof testIdentity>>;
const taskQueue = uniqueTaskQueue('personal-data');
const code = `PDP-${Date.now().toString(36).toUpperCase()}`;
const uiOrigin = 'http://localhost:8233';
const maria = {
  nik: nikFor('1996-01-05', 'female'),
  name: 'Maria Fernandez Nubatonis',
  email: uniqueEmail('maria.nubatonis'),
  birthDate: '1996-01-05',
  education: { level: 'S1', major: 'Informatika', gpa: 3.61 },
  formationCode: 'PRANATA-KOMPUTER',
  language: 'id',
};
let env: TestWorkflowEnvironment;
let client: Client;
let db: Database;
let worker: Worker;
let running: Promise<void>;
let closeMailer: () => void;
let server: Server;
let base: string;
let application: { applicationId: string; accessToken: string };
let workflowId: string;

const hrToken = () => staffToken({ role: 'hr', sub: 'hr-1' });

async function call<T>(method: string, path: string, opts: { token?: string; body?: unknown } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
  return { status: res.status, headers: res.headers, json: (await res.json().catch(() => null)) as T };
}

/** Bytes as a history gives them (base64 in its JSON form, or raw), read as text. */
const text = (bytes: unknown) =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : Buffer.from(bytes as Uint8Array)).toString();

/** Everything a history holds as text, every payload's bytes read, as someone without the keys reads it. */
function readable(history: unknown): string {
  return JSON.stringify(history, (_k, v: unknown) => {
    const p = v as { metadata?: Record<string, unknown>; data?: unknown } | null;
    if (!p || typeof p !== 'object' || !p.metadata) return v;
    const metadata = Object.fromEntries(Object.entries(p.metadata).map(([k, m]) => [k, text(m)]));
    return { metadata, data: text(p.data ?? '') };
  });
}

const toJson = (p: Payload) => ({
  metadata: Object.fromEntries(
    Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
  ),
  data: Buffer.from(p.data ?? []).toString('base64'),
});
type JsonPayloads = { payloads: ReturnType<typeof toJson>[] };

beforeAll(async () => {
  env = await devServerEnv();
  client = codecClient(env);
  db = await testDatabase('personal-data');
  const { activities, mailer } = realActivities(db, env, undefined, client);
  closeMailer = () => mailer.close();
  // The first write of the record fails with an error that quotes the candidate, as a driver's error may
  // quote a document: the retry's history keeps that failure, which must be as unreadable as the rest.
  let failed = false;
  const recordApplication: typeof activities.recordApplication = async (a) => {
    if (!failed) {
      failed = true;
      throw new Error(`could not write the record of ${a.input.candidate.name} <${a.input.candidate.email}>`);
    }
    return activities.recordApplication(a);
  };
  worker = await testWorker(env, {
    taskQueue,
    activities: { ...activities, recordApplication },
    dataConverter: dataConverterOf(testPayloadCodec),
  });
  running = worker.run();
  identity = await testIdentity(db.models);
  const { app } = createApp({
    client,
    models: db.models,
    auth: identity.auth,
    fields: testFields,
    audit: testAuditTrail(db.models),
    payloadCodec: testPayloadCodec,
    logger: testLogger,
    config: {
      bodyLimit: '1mb',
      publicUrl: 'http://localhost',
      taskQueue,
      applicantKeySecret: 'k'.repeat(40),
      temporalUiOrigins: [uiOrigin],
      hr: { email: testSettings.hrEmail, headEmail: testSettings.hrHeadEmail },
    },
    checks: { temporal: async () => true, database: () => databaseAnswers(db.conn) },
  });
  server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const token = await hrToken();
  const now = Date.now();
  const cycle = await call('POST', '/api/v1/recruitment/cycles', {
    token,
    body: {
      code,
      kind: 'CPNS',
      title: 'Seleksi CPNS Kota Kupang 2026',
      formations: [
        {
          code: 'PRANATA-KOMPUTER',
          title: 'Pranata Komputer',
          unit: 'DISKOMINFO',
          type: 'umum',
          vacancies: 1,
        },
      ],
      schedule: {
        registrationOpensAt: new Date(now).toISOString(),
        registrationClosesAt: new Date(now + 120_000).toISOString(),
      },
    },
  });
  expect(cycle.status).toBe(201);
  await eventually(
    () => call<{ phase: string }>('GET', `/api/v1/recruitment/cycles/${code}`, { token }),
    (r) => r.json.phase === 'registration',
  );
  const applied = await call<{ applicationId: string }>(
    'POST',
    `/api/v1/recruitment/cycles/${code}/applications`,
    { body: maria },
  );
  expect(applied.status).toBe(201);
  // Maria opens the confirmation link mailed to her: its token is her way in.
  const { applicationId } = applied.json;
  const accessToken = await linkToken(maria.email, applicationId);
  const confirmed = await call('POST', `/api/v1/recruitment/applications/${applicationId}/confirmation`, {
    token: accessToken,
  });
  expect(confirmed.status).toBe(200);
  application = { applicationId, accessToken };
  workflowId = (await db.models.applications.findById(application.applicationId).lean())!.workflowId;
  // The confirmation email went out: its activity's input and result are in the history.
  await eventually(
    () => mailTo(maria.email),
    (m) => m.length === 1,
  );
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await identity.release();
  worker.shutdown();
  await running;
  await Promise.all(
    [cycleWorkflowId(code), workflowId].map((id) =>
      client.workflow
        .getHandle(id)
        .terminate('test finished')
        .catch(() => undefined),
    ),
  );
  closeMailer();
  await db.close();
  await env.teardown();
});

describe('a workflow history without the payload keys', () => {
  it('holds no name, email or NIK of the candidate, in the application nor in the cycle', async () => {
    // The same reading finds a value that was stored unencrypted.
    expect(
      readable({ payloads: [toJson(defaultPayloadConverter.toPayload({ name: maria.name }))] }),
    ).toContain(maria.name);
    for (const id of [workflowId, cycleWorkflowId(code)]) {
      // env.client has no codec: this is what the Temporal server stores.
      const history = readable(await env.client.workflow.getHandle(id).fetchHistory());
      expect(history).toContain('binary/encrypted');
      for (const personal of [maria.name, maria.email, maria.nik]) expect(history).not.toContain(personal);
    }
    // The failed first write is in the application's history, its message and stack encrypted.
    const { events } = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const lastFailure = events!.find((e) => e.activityTaskStartedEventAttributes?.lastFailure)!
      .activityTaskStartedEventAttributes!.lastFailure!;
    expect(lastFailure.message).toBe('Encoded failure');
    expect(lastFailure.stackTrace).toBe('');
    expect(readable(lastFailure.encodedAttributes)).not.toContain(maria.name);
    // Read through the codec (as HR's Web UI does), the failure says what happened.
    expect(
      Buffer.from(
        (await testPayloadCodec.decode([lastFailure.encodedAttributes as Payload]))[0]!.data!,
      ).toString(),
    ).toContain(`could not write the record of ${maria.name}`);
  });

  it('decodes for HR through the codec endpoint to the candidate the workflow was started with', async () => {
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const input = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads as Payload[];
    const r = await call<JsonPayloads>('POST', '/api/v1/codec/decode', {
      token: await hrToken(),
      body: { payloads: input.map(toJson) },
    });
    expect(r.status).toBe(200);
    const [started] = r.json.payloads;
    expect(Buffer.from(started!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(started!.data, 'base64').toString())).toMatchObject({
      applicationId: application.applicationId,
      candidate: { name: maria.name, email: maria.email },
    });
  });
});

describe('the codec endpoint', () => {
  it("decodes a history for Temporal's own CLI given an HR token", async () => {
    /** What `temporal workflow show` gives as the application workflow's input, read as text. */
    const shownInput = async (...codec: string[]) => {
      const { stdout } = await run(path.join(toolsBin, 'temporal'), [
        ...['workflow', 'show', '--output', 'json', '--workflow-id', workflowId],
        ...['--address', process.env.SDM_TEST_TEMPORAL_ADDRESS!, ...codec],
      ]);
      const history = JSON.parse(stdout) as {
        events: { workflowExecutionStartedEventAttributes?: { input: { payloads: { data: string }[] } } }[];
      };
      return text(history.events[0]!.workflowExecutionStartedEventAttributes!.input.payloads[0]!.data);
    };
    const endpoint = ['--codec-endpoint', `${base}/api/v1/codec`];
    expect(await shownInput(...endpoint, '--codec-auth', `Bearer ${await hrToken()}`)).toContain(maria.email);
    expect(await shownInput()).not.toContain(maria.email);
  });

  const plain = () => ({ payloads: [toJson(defaultPayloadConverter.toPayload({ name: maria.name }))] });

  it('is for HR only: a candidate is refused with 403 and decodes nothing', async () => {
    const r = await call<{ payloads?: unknown }>('POST', '/api/v1/codec/encode', {
      token: application.accessToken,
      body: plain(),
    });
    expect(r.status).toBe(403);
    expect(r.json.payloads).toBeUndefined();
  });

  it('encodes what it decodes back, and refuses a payload under a key it does not have with 400', async () => {
    const token = await hrToken();
    const encoded = await call<JsonPayloads>('POST', '/api/v1/codec/encode', { token, body: plain() });
    expect(encoded.status).toBe(200);
    expect(Buffer.from(encoded.json.payloads[0]!.data, 'base64').toString()).not.toContain(maria.name);
    const decoded = await call<JsonPayloads>('POST', '/api/v1/codec/decode', { token, body: encoded.json });
    expect(decoded.json).toEqual(plain());

    const [foreign] = await payloadCodecOf(newKeySpec('elsewhere')).encode([
      defaultPayloadConverter.toPayload('x'),
    ]);
    const refused = await call<{ detail: string }>('POST', '/api/v1/codec/decode', {
      token,
      body: { payloads: [toJson(foreign!)] },
    });
    expect(refused.status).toBe(400);
    expect(refused.json.detail).toContain('key id "elsewhere"');
  });

  it("answers the Temporal UI's preflight from its origin only, allowing X-Namespace", async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/api/v1/codec/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-namespace,authorization',
        },
      });
    const ui = await preflight(uiOrigin);
    expect(ui.status).toBe(204);
    expect(ui.headers.get('access-control-allow-origin')).toBe(uiOrigin);
    expect(ui.headers.get('access-control-allow-headers')).toContain('x-namespace');
    const other = await preflight('http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('an application at rest', () => {
  it('keeps the NIK and the email sealed in the database, the birth date plain for the ranking', async () => {
    const raw = await db.conn
      .db!.collection('applications')
      .findOne({ _id: application.applicationId as never });
    const text = JSON.stringify(raw);
    expect(text).not.toContain(maria.nik);
    expect(text).not.toContain(maria.email);
    expect(raw).toMatchObject({ nik: expect.stringMatching(/^v1:test-data:/), birthDate: maria.birthDate });
  });

  it('shows the NIK and the email to the candidate and to HR', async () => {
    const path = `/api/v1/recruitment/applications/${application.applicationId}`;
    for (const token of [application.accessToken, await hrToken()]) {
      const r = await call<{ nik: string; email: string }>('GET', path, { token });
      expect(r.json).toMatchObject({ nik: maria.nik, email: maria.email, name: maria.name });
    }
    const list = await call<{ items: { email: string }[] }>(
      'GET',
      `/api/v1/recruitment/cycles/${code}/applications`,
      { token: await hrToken() },
    );
    expect(list.json.items).toEqual([expect.objectContaining({ email: maria.email })]);
  });
});
