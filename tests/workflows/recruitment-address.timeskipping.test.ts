// A candidate whose email address the mail server refuses for good once the application is confirmed
// (501, as for a 300-character local part, which z.email() lets through), on the time-skipping server with real activities and database: the
// application goes on without the email, HR gets one task to correct the address, and once it is
// corrected from the inbox every refused email is resent to the new address, as are the later ones.
import type { SendEmailInput } from '../../activities/email';
import { recruitmentTaskCompleter } from '../../commands/recruitment/task-completion';
import { workflowHarness } from '../support/harness';
import {
  commandsFor,
  cycleCode,
  DAY,
  expectations,
  hrActor as hr,
  iso,
  person,
} from '../support/recruitment';
import { mailTo, uniqueEmail } from '../support/servers';
import { hrMailTo } from '../support/hr-mail';

const refusal = "Can't send mail - all recipients were rejected: 501 Error: Bad recipient address syntax";
/** What the mail server was asked to deliver to the refused address. */
const refusedSends: string[] = [];
const tooLong = () => `${'a'.repeat(290)}${Date.now().toString(36)}@test.kupangkota.go.id`;
/** The candidate's address: it took the confirmation, and the server refuses it for good from then on. */
const refusedAddress = uniqueEmail('maria.ndun.ditolak');

// The SMTP server's refusal, as the email activity reports it (tests/integration/email-outbox.test.ts
// shows the activity on a real server that answers 501).
const h = workflowHarness('time-skipping', 'recruitment-address', (acts) => ({
  ...acts,
  async sendEmail(input: SendEmailInput) {
    // The confirmation arrived (the address worked then); every later email is refused.
    if (input.to !== refusedAddress || input.key.endsWith('/confirmation')) return acts.sendEmail(input);
    refusedSends.push(input.key.split('/').slice(3).join('/'));
    return { status: 'failed' as const, reason: refusal };
  },
}));

describe('a candidate whose email address the mail server refuses', () => {
  it('moves on, HR corrects the address from its task, and the refused emails are resent to it', async () => {
    const { cmd, hr: hrMail } = commandsFor(h.env, h.db, h.taskQueue);
    const x = expectations(cmd);
    const code = cycleCode('CPNS-ADDR');
    const start = await h.env.currentTimeMs();
    await cmd.createCycle(
      {
        code,
        kind: 'CPNS',
        title: 'Seleksi CPNS Kota Kupang 2026',
        formations: [
          { code: 'ANALIS-SDM', title: 'Analis SDM Aparatur', unit: 'BKPSDM', type: 'umum', vacancies: 1 },
        ],
        schedule: { registrationOpensAt: iso(start + DAY), registrationClosesAt: iso(start + 22 * DAY) },
      },
      hr,
    );
    await h.env.sleep(DAY + 60_000);
    await x.untilPhase(code, 'registration');
    const { applicationId } = await cmd.apply(code, {
      ...person('Maria Ndun', 'ANALIS-SDM'),
      email: refusedAddress,
    });

    // The receipt was refused: HR has a task to correct the address, and is told.
    const correction = { applicationId, type: 'address-correction' };
    const task = await x.until(
      () => h.db.models.tasks.findOne(correction).lean(),
      (t) => t?.status === 'open',
      "HR's address-correction task",
    );
    expect(task).toMatchObject({ process: 'recruitment', assigneeKind: 'hr', cycleCode: code });
    const [told] = await x.until(
      () => hrMailTo(hrMail.email),
      (m) => m.length === 1,
      "HR's notice",
    );
    expect(told!.subject).toBe(`Alamat email peserta ${applicationId} ditolak`);
    expect(told!.text).toContain(`Jawaban server: ${refusal}`);

    // The application goes on without its emails: screened, announced, its appeal window open.
    await h.env.sleep(21 * DAY);
    await x.untilPhase(code, 'screening');
    await cmd.screen(code, [{ applicationId, decision: 'MS', reason: 'berkas lengkap' }], hr);
    await x.untilStatuses([applicationId], ['screened-ms']);
    await cmd.announce(code, 'administration', hr);
    await x.until(
      () => cmd.getApplication(applicationId).then((a) => a.deadlines?.['appeal-administration']),
      Boolean,
      "Maria's appeal window",
    );
    await x.until(
      async () => refusedSends.length,
      (n) => n === 3,
      'the refused screening result and appeal window',
    );
    expect(refusedSends).toEqual(['received', 'administration/result', 'administration/appeal-window']);
    // One task for the application, not one per email; a week unanswered, the head of HR was told.
    expect(await h.db.models.tasks.countDocuments(correction)).toBe(1);
    expect((await mailTo(hrMail.headEmail)).map((m) => m.subject)).toEqual([
      `Eskalasi: alamat email peserta ${applicationId} belum diperbaiki`,
    ]);

    // HR completes the task from the inbox with the address the candidate gave by phone.
    const corrected = uniqueEmail('maria.ndun');
    const complete = recruitmentTaskCompleter(cmd);
    await expect(complete({ sub: 'hr-1', role: 'hr' }, task!, { email: corrected })).resolves.toEqual({
      taskId: task!._id,
      status: 'done',
    });
    expect(await h.db.models.tasks.findById(task!._id).lean()).toMatchObject({ status: 'done' });
    const resent = await x.until(
      () => mailTo(corrected).then((m) => m.map((e) => e.subject)),
      (s) => s.length === 3,
      'the resent emails',
    );
    expect(resent).toEqual([
      'Pendaftaran diterima: Seleksi CPNS Kota Kupang 2026',
      'Hasil seleksi administrasi: Seleksi CPNS Kota Kupang 2026',
      'Masa sanggah seleksi administrasi dibuka: Seleksi CPNS Kota Kupang 2026',
    ]);

    // Later emails go to the corrected address; a second correction is refused, since none is open.
    await cmd.appeal(applicationId, 'administration', 'Ijazah saya sudah dilegalisir');
    await x.until(
      () => mailTo(corrected),
      (m) => m.length === 4,
      'the appeal receipt at the corrected address',
    );
    expect(refusedSends).toHaveLength(3);
    await expect(cmd.correctAddress(applicationId, uniqueEmail('lagi'), hr)).rejects.toMatchObject({
      status: 409,
    });
  });

  it('refuses a corrected address that a mail server would refuse again', async () => {
    const { cmd } = commandsFor(h.env, h.db, h.taskQueue);
    const complete = recruitmentTaskCompleter(cmd);
    const task = {
      _id: 't-1',
      type: 'address-correction',
      applicationId: 'CPNS-X-1',
      stepKey: 'address-correction/1',
    };
    await expect(
      complete({ sub: 'hr-1', role: 'hr' }, task as never, { email: tooLong() }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
