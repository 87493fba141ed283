// The embedded local stack from .tools/: each server starts and answers, and a second start on the same
// data folder finds what the first one stored (Temporal's SQLite file, the database files, the mail).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import mongoose from 'mongoose';
import nodemailer from 'nodemailer';
import { startStack, type Stack } from '../../stack/stack';
import { freePort } from '../../stack/ports';
import type { CapturedMessage } from '../../stack/smtp-capture';
import { eventually } from '../support/eventually';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sdm-flow-stack-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start(): Promise<Stack> {
  return startStack({
    dataDir,
    temporal: { port: await freePort() },
    database: { port: await freePort(), dbName: 'stack-test' },
    smtp: { port: await freePort(), httpPort: await freePort() },
  });
}

async function withTemporal<T>(address: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address });
  try {
    return await fn(new Client({ connection }));
  } finally {
    await connection.close();
  }
}

describe('the local stack', () => {
  const workflowId = `stack-test-${Date.now()}`;

  it('starts Temporal, the database and the SMTP capture, which answer and keep what they are given', async () => {
    const stack = await start();
    try {
      await withTemporal(stack.temporalAddress, (c) =>
        c.workflow
          .start('neverPolled', { taskQueue: 'nobody-polls-this', workflowId, args: [] })
          .then(() => undefined),
      );
      const conn = await mongoose.createConnection(stack.mongoUri).asPromise();
      await conn.db!.collection('probe').insertOne({ _id: 'kept' as never, value: 42 });
      await conn.close();
      const mailer = nodemailer.createTransport(stack.smtpUrl);
      await mailer.sendMail({
        from: 'a@kupangkota.go.id',
        to: 'probe@kupangkota.go.id',
        subject: 'Uji simpan',
        text: 'halo',
      });
      mailer.close();
    } finally {
      await stack.stop();
    }
  });

  it('looks a document up by _id through an index, not by reading the collection', async () => {
    const stack = await start();
    const conn = await mongoose.createConnection(stack.mongoUri).asPromise();
    try {
      const probe = conn.db!.collection<{ _id: string; n: number }>('lookup-probe');
      await probe.insertMany(Array.from({ length: 50 }, (_, n) => ({ _id: `k/${n}`, n })));
      // Our FerretDB program adds the index the _id lookups use within a second of the table's creation.
      // SQLite reloads a changed schema when a connection next reads (not for EXPLAIN alone), so each
      // probe reads first.
      const plan = await eventually(
        async () => {
          await probe.findOne({ _id: 'k/7' });
          return JSON.stringify(await probe.find({ _id: 'k/7' }).explain());
        },
        (p) => /USING INDEX \S*__id_lookup|IDHACK|EXPRESS_IXSCAN|IXSCAN/.test(p),
        10_000,
      );
      expect(plan).toMatch(/USING INDEX \S*__id_lookup|IDHACK|EXPRESS_IXSCAN|IXSCAN/);
      expect(await probe.findOne({ _id: 'k/7' })).toEqual({ _id: 'k/7', n: 7 });
    } finally {
      await conn.close();
      await stack.stop();
    }
  });

  it('finds the data of the first start after a second start on the same folder', async () => {
    const stack = await start();
    try {
      const described = await withTemporal(stack.temporalAddress, (c) =>
        c.workflow.getHandle(workflowId).describe(),
      );
      expect(described.status.name).toBe('RUNNING');
      const conn = await mongoose.createConnection(stack.mongoUri).asPromise();
      expect(await conn.db!.collection('probe').findOne({ _id: 'kept' as never })).toMatchObject({
        value: 42,
      });
      await conn.close();
      const mail = (await (
        await fetch(`${stack.mailUrl}/messages?to=probe@kupangkota.go.id`)
      ).json()) as CapturedMessage[];
      expect(mail.map((m) => m.subject)).toEqual(['Uji simpan']);
    } finally {
      await stack.stop();
    }
  });
});
