// The outbox on the real database and the real SMTP capture: one step, one email, whatever happens.
import nodemailer from 'nodemailer';
import { createEmailActivities } from '../../activities/email';
import type { Database } from '../../db/connection';
import { createMailer } from '../../runtime/mailer';
import { mailTo, smtpUrl, testDatabase, testLogger, uniqueEmail } from '../support/servers';

let db: Database;
const mailer = createMailer(smtpUrl());
beforeAll(async () => {
  db = await testDatabase('email-outbox');
});
afterAll(async () => {
  mailer.close();
  await db.close();
});

const from = 'BKPSDM Kota Kupang <no-reply@bkpsdm.kupangkota.go.id>';
const reminder = {
  recipientName: 'Ir. Maria Fernandez',
  taskTitle: 'Persetujuan SKP',
  subjectName: 'Yohanes Lado',
  dueAt: '2026-01-31T15:59:00.000Z',
};

describe('email outbox', () => {
  it('delivers one message when the same step is sent twice', async () => {
    const to = uniqueEmail('twice');
    const { sendEmail } = createEmailActivities({ models: db.models, mailer, from, logger: testLogger });
    const first = await sendEmail({
      key: 'appraisal/2026/x/skp-approval/reminder',
      to,
      template: 'task-reminder',
      data: reminder,
    });
    const second = await sendEmail({
      key: 'appraisal/2026/x/skp-approval/reminder',
      to,
      template: 'task-reminder',
      data: reminder,
    });
    expect([first.status, second.status]).toEqual(['sent', 'already-sent']);
    const mail = await mailTo(to);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(
      'Pengingat: Persetujuan SKP jatuh tempo Sabtu, 31 Januari 2026 pukul 23.59 WITA',
    );
    expect(mail[0]!.text).toContain('Yth. Ir. Maria Fernandez,');
    expect(mail[0]!.text).toContain('untuk Yohanes Lado');
  });

  it('delivers one message when the first attempt fails and the activity is retried', async () => {
    const to = uniqueEmail('retry');
    let calls = 0;
    const flaky = {
      sendMail: (msg: nodemailer.SendMailOptions) =>
        ++calls === 1 ? Promise.reject(new Error('421 service not available')) : mailer.sendMail(msg),
    } as unknown as nodemailer.Transporter;
    const { sendEmail } = createEmailActivities({
      models: db.models,
      mailer: flaky,
      from,
      logger: testLogger,
    });
    const input = {
      key: 'application/CPNS-2026/k1/documents/reminder',
      to,
      template: 'task-reminder' as const,
      data: reminder,
    };
    await expect(sendEmail(input)).rejects.toThrow('421');
    await expect(sendEmail(input)).resolves.toEqual({ status: 'sent' });
    await expect(sendEmail(input)).resolves.toEqual({ status: 'already-sent' });
    expect(await mailTo(to)).toHaveLength(1);
    const stored = await db.models.outbox.findById(input.key).lean();
    expect(stored).toMatchObject({ status: 'sent', attempts: 2, lastError: '421 service not available' });
  });

  it('writes the English version when the recipient asked for English', async () => {
    const to = uniqueEmail('english');
    const { sendEmail } = createEmailActivities({ models: db.models, mailer, from, logger: testLogger });
    await sendEmail({
      key: 'appraisal/2026/y/escalation',
      to,
      template: 'task-escalation',
      data: { ...reminder, assigneeName: 'Drs. Paulus Bria' },
      language: 'en',
    });
    const [mail] = await mailTo(to);
    expect(mail!.subject).toBe('Escalation: Persetujuan SKP by Drs. Paulus Bria is overdue');
    expect(mail!.text).toContain('was due on Saturday, 31 January 2026 at 23:59 WITA');
    expect(mail!.html).toContain('<p>Dear Ir. Maria Fernandez,</p>');
    expect(mail!.from).toBe('no-reply@bkpsdm.kupangkota.go.id');
  });
});
