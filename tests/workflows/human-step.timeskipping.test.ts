// The shared human-step mechanism on the time-skipping server, with real-length deadlines (days):
// reminders, escalations, expiry and extension, each notification a real email through the outbox.
import { workflowHarness } from '../support/harness';
import { eventually } from '../support/eventually';
import { mailTo, uniqueEmail } from '../support/servers';
import { completeStep, deadlineHarness, extendStep, stepState } from './harness/deadline-harness';

const DAY = 24 * 3600 * 1000;
const h = workflowHarness('time-skipping', 'human-step-ts');

function start(input: Parameters<typeof deadlineHarness>[0], id: string) {
  return h.env.client.workflow.start(deadlineHarness, {
    taskQueue: h.taskQueue,
    workflowId: `${id}-${Date.now()}`,
    args: [input],
  });
}

describe('a human step with a deadline', () => {
  it('reminds the assignee 3 days before the deadline and escalates to their superior 3 days after it', async () => {
    const to = uniqueEmail('appraiser');
    const supervisor = uniqueEmail('superior');
    const now = await h.env.currentTimeMs();
    const handle = await start(
      {
        to,
        supervisor,
        dueAt: now + 14 * DAY,
        remindBeforeMs: 3 * DAY,
        escalateAfterMs: 3 * DAY,
        expiresAtDue: false,
      },
      'remind-escalate',
    );

    await h.env.sleep(10 * DAY);
    expect(await handle.query(stepState)).toMatchObject({
      status: 'open',
      reminded: false,
      escalated: false,
    });
    expect(await mailTo(to)).toHaveLength(0);

    await h.env.sleep(2 * DAY); // day 12: past the reminder at day 11
    const reminders = await eventually(
      () => mailTo(to),
      (m) => m.length > 0,
    );
    expect(reminders.map((m) => m.subject)).toEqual(['Pengingat: Menyetujui atau mengembalikan SKP']);

    await h.env.sleep(6 * DAY); // day 18: past the escalation at day 17
    const escalations = await eventually(
      () => mailTo(supervisor),
      (m) => m.length > 0,
    );
    expect(escalations[0]!.subject).toBe('Tugas terlambat: Ir. Maria Fernandez');
    expect(await handle.query(stepState)).toMatchObject({ status: 'open', reminded: true, escalated: true });

    await handle.executeUpdate(completeStep, { args: ['disetujui'] });
    await expect(handle.result()).resolves.toMatchObject({ kind: 'completed', value: 'disetujui' });
    expect(await mailTo(to)).toHaveLength(1);
    expect(await mailTo(supervisor)).toHaveLength(1);
  });

  it('ends a window as expired when its deadline passes with nothing done', async () => {
    const now = await h.env.currentTimeMs();
    const handle = await start(
      { to: uniqueEmail('c'), supervisor: uniqueEmail('s'), dueAt: now + 3 * DAY, expiresAtDue: true },
      'expire',
    );
    await expect(handle.result()).resolves.toMatchObject({ kind: 'expired', at: expect.any(Number) });
  });

  it('moves the reminder when HR extends the deadline', async () => {
    const to = uniqueEmail('extended');
    const now = await h.env.currentTimeMs();
    const handle = await start(
      {
        to,
        supervisor: uniqueEmail('s'),
        dueAt: now + 10 * DAY,
        remindBeforeMs: 3 * DAY,
        expiresAtDue: false,
      },
      'extend',
    );
    await h.env.sleep(5 * DAY);
    await handle.executeUpdate(extendStep, { args: [now + 20 * DAY] });
    await h.env.sleep(4 * DAY); // day 9: the old reminder (day 7) must not have fired
    expect(await handle.query(stepState)).toMatchObject({ reminded: false, dueAt: now + 20 * DAY });
    await h.env.sleep(9 * DAY); // day 18: past the new reminder at day 17
    await eventually(
      () => mailTo(to),
      (m) => m.length > 0,
    );
    expect(await mailTo(to)).toHaveLength(1);
    await handle.executeUpdate(completeStep, { args: ['ok'] });
    await expect(handle.result()).resolves.toMatchObject({ kind: 'completed' });
  });
});
