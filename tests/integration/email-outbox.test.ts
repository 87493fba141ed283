// The outbox on the real database and the real SMTP capture: one step, one email, whatever happens.
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createEmailActivities, TOKEN_SLOT } from '../../activities/email';
import type { Database } from '../../db/connection';
import { createMailer } from '../../runtime/mailer';
import { startRefusingSmtp } from '../support/refusing-smtp';
import { mailTo, smtpUrl, testDatabase, testLogger, uniqueEmail } from '../support/servers';
import { testFields } from '../support/crypto';

let db: Database;
const mailer = createMailer(smtpUrl());
beforeAll(async () => {
  db = await testDatabase('email-outbox');
});
afterAll(async () => {
  mailer.close();
  await db.close();
});

const quiet = new DefaultLogger('ERROR', () => undefined);
/** Runs the activity as Temporal's attempt number `attempt` would. */
const attemptNo = <A extends unknown[], R>(attempt: number, fn: (...a: A) => Promise<R>, ...args: A) =>
  new MockActivityEnvironment({ attempt }, { logger: quiet }).run(fn, ...args) as Promise<R>;

/** An SMTP transport whose first send is refused (421) and whose later sends go to the capture. */
function failingOnce(): nodemailer.Transporter {
  let calls = 0;
  return {
    sendMail: (msg: nodemailer.SendMailOptions) =>
      ++calls === 1 ? Promise.reject(new Error('421 service not available')) : mailer.sendMail(msg),
  } as unknown as nodemailer.Transporter;
}

const from = 'BKPSDM Kota Kupang <no-reply@bkpsdm.kupangkota.go.id>';
const reminder = {
  assigneeName: 'Ir. Maria Fernandez',
  task: 'skp-approval' as const,
  subjectName: 'Yohanes Lado',
  year: 2026,
  dueAt: '2026-01-31T15:59:00.000Z',
};

describe('email outbox', () => {
  it('delivers one message when the same step is sent twice', async () => {
    const to = uniqueEmail('twice');
    const { sendEmail } = createEmailActivities({
      models: db.models,
      mailer,
      from,
      logger: testLogger,
      publicUrl: 'http://sdm-flow.test',
      candidateToken: async () => 'token',
      fields: testFields,
    });
    const first = await attemptNo(1, sendEmail, {
      key: 'appraisal/2026/x/skp-approval/reminder',
      to,
      template: 'taskReminder',
      data: reminder,
    });
    const second = await attemptNo(1, sendEmail, {
      key: 'appraisal/2026/x/skp-approval/reminder',
      to,
      template: 'taskReminder',
      data: reminder,
    });
    expect([first.status, second.status]).toEqual(['sent', 'already-sent']);
    const mail = await mailTo(to);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Pengingat: Menyetujui atau mengembalikan SKP');
    expect(mail[0]!.text).toContain('Yth. Ir. Maria Fernandez,');
    expect(mail[0]!.text).toContain('Menyetujui atau mengembalikan SKP — Yohanes Lado, tahun 2026');
    expect(mail[0]!.text).toContain('Batas waktu: Sabtu, 31 Januari 2026 pukul 23.59 WITA.');
  });

  it('delivers one message when the first attempt fails and the activity is retried', async () => {
    const to = uniqueEmail('retry');
    const flaky = failingOnce();
    const { sendEmail } = createEmailActivities({
      models: db.models,
      mailer: flaky,
      from,
      logger: testLogger,
      publicUrl: 'http://sdm-flow.test',
      candidateToken: async () => 'token',
      fields: testFields,
    });
    const input = {
      key: 'application/CPNS-2026/k1/documents/reminder',
      to,
      template: 'taskReminder' as const,
      data: reminder,
    };
    await expect(attemptNo(1, sendEmail, input)).rejects.toThrow('421');
    await expect(attemptNo(2, sendEmail, input)).resolves.toEqual({ status: 'sent' });
    await expect(attemptNo(3, sendEmail, input)).resolves.toEqual({ status: 'already-sent' });
    expect(await mailTo(to)).toHaveLength(1);
    const stored = await db.models.outbox.findById(input.key).lean();
    expect(stored).toMatchObject({ status: 'sent', attempt: 2 });
  });

  it('stores the message sealed and without the token, and signs the link when it sends', async () => {
    const to = uniqueEmail('link-retry');
    let tokens = 0;
    const flaky = failingOnce();
    const { sendEmail } = createEmailActivities({
      models: db.models,
      mailer: flaky,
      from,
      logger: testLogger,
      publicUrl: 'http://sdm-flow.test',
      candidateToken: async () => `token-${++tokens}`,
      fields: testFields,
    });
    const input = {
      key: 'application/CPNS-2026/k2/registered',
      to,
      template: 'applicationReceived' as const,
      data: { name: 'Maria Ndun', cycleTitle: 'Seleksi CPNS 2026', formationTitle: 'Analis SDM Aparatur' },
      link: { candidate: 'app-k2' },
    };
    await expect(attemptNo(1, sendEmail, input as never)).rejects.toThrow('421');
    await expect(attemptNo(2, sendEmail, input as never)).resolves.toEqual({ status: 'sent' });
    const [mail] = await mailTo(to);
    // Each attempt signs its own token: the one that was delivered carries the second.
    expect(mail!.text).toContain('http://sdm-flow.test/candidate/link?t=token-2');
    expect(tokens).toBe(2);
    // At rest: no token, no address, no name; opened, the stored body has the token's place only.
    const stored = await db.models.outbox.findById(input.key).lean();
    const raw = JSON.stringify(stored);
    for (const secret of ['token-1', 'token-2', to, 'Maria Ndun']) expect(raw).not.toContain(secret);
    expect(stored).toMatchObject({ linkFor: 'app-k2', status: 'sent' });
    expect(testFields.open(stored!.to)).toBe(to);
    expect(testFields.open(stored!.text)).toContain(`/candidate/link?t=${TOKEN_SLOT}`);
  });

  it('writes the English version when the recipient asked for English', async () => {
    const to = uniqueEmail('english');
    const { sendEmail } = createEmailActivities({
      models: db.models,
      mailer,
      from,
      logger: testLogger,
      publicUrl: 'http://sdm-flow.test',
      candidateToken: async () => 'token',
      fields: testFields,
    });
    await attemptNo(1, sendEmail, {
      key: 'appraisal/2026/y/escalation',
      to,
      template: 'taskEscalation',
      data: { ...reminder, supervisorName: 'Drs. Paulus Bria' },
      language: 'en',
    });
    const [mail] = await mailTo(to);
    expect(mail!.subject).toBe('Overdue task: Ir. Maria Fernandez');
    expect(mail!.text).toContain(
      'has not completed this task, due on Saturday, 31 January 2026 at 23:59 WITA',
    );
    expect(mail!.html).toContain('<p>Dear Drs. Paulus Bria,</p>');
    expect(mail!.from).toBe('no-reply@bkpsdm.kupangkota.go.id');
  });

  describe('on an SMTP server that refuses a recipient', () => {
    // 300 characters before the @: z.email() takes it, RFC 5321 allows 64, the server answers 501.
    const tooLong = `${'a'.repeat(300)}@test.kupangkota.go.id`;
    const unknown = 'tidak.ada@test.kupangkota.go.id';
    const busy = 'sibuk@test.kupangkota.go.id';
    let smtp: Awaited<ReturnType<typeof startRefusingSmtp>>;
    let refusing: nodemailer.Transporter;
    beforeAll(async () => {
      smtp = await startRefusingSmtp((address) => {
        if (address === unknown) return { code: 550, message: `5.1.1 <${address}>: mailbox unavailable` };
        if (address === busy) return { code: 451, message: `4.3.0 Mailbox ${address} busy, try later` };
        return undefined;
      });
      refusing = createMailer(smtp.url);
    });
    afterAll(async () => {
      refusing.close();
      await smtp.stop();
    });
    /** The email activity on the refusing server. */
    const sendEmail = (input: Parameters<ReturnType<typeof createEmailActivities>['sendEmail']>[0]) =>
      createEmailActivities({
        models: db.models,
        mailer: refusing,
        from,
        logger: testLogger,
        publicUrl: 'http://sdm-flow.test',
        candidateToken: async () => 'token',
        fields: testFields,
      }).sendEmail(input);
    const message = (key: string, to: string) => ({
      key,
      to,
      template: 'taskReminder' as const,
      data: reminder,
    });

    it('returns failed for a 501, marks the outbox row failed with the reason, and never sends it again', async () => {
      const input = message('application/CPNS-2026/k3/received', tooLong);
      const before = smtp.transactions;
      const first = await attemptNo(1, sendEmail, input);
      expect(first).toEqual({
        status: 'failed',
        reason: "Can't send mail - all recipients were rejected: 501 Error: Bad recipient address syntax",
      });
      expect(await db.models.outbox.findById(input.key).lean()).toMatchObject({
        status: 'failed',
        attempt: 1,
        failure: "Can't send mail - all recipients were rejected: 501 Error: Bad recipient address syntax",
      });

      await expect(attemptNo(2, sendEmail, input)).resolves.toEqual(first);
      expect(smtp.transactions - before).toBe(1);
      expect(smtp.delivered).toBe(0);
    });

    it('masks the address a 550 reply quotes, in the result and the outbox row', async () => {
      const input = message('application/CPNS-2026/k4/received', unknown);
      const result = await attemptNo(1, sendEmail, input);
      const reason =
        "Can't send mail - all recipients were rejected: 550 5.1.1 <t***@test.kupangkota.go.id>: mailbox unavailable";
      expect(result).toEqual({ status: 'failed', reason });
      expect(await db.models.outbox.findById(input.key).lean()).toMatchObject({
        status: 'failed',
        failure: reason,
      });
    });

    it('throws a 451 (temporary) refusal for Temporal to retry, leaving the message pending', async () => {
      const input = message('application/CPNS-2026/k5/received', busy);
      await expect(attemptNo(1, sendEmail, input)).rejects.toMatchObject({ responseCode: 451 });
      expect(await db.models.outbox.findById(input.key).lean()).toMatchObject({ status: 'pending' });
    });
  });
});
