// The appeal desk of one announced stage: it ends when the window has closed and every appeal is answered,
// and it hands over to a new run when its history grows long, carrying its counts, so a stage with many
// appeals never makes one long history.
import { appealDesk } from '../../workflows/recruitment/appeal-desk';
import { appealDeskState, appealOpened, appealResolved } from '../../workflows/recruitment/messages';
import { maybeStoreHistory } from '../support/histories';
import { workflowHarness } from '../support/harness';

const h = workflowHarness('time-skipping', 'appeal-desk');
const DAY = 24 * 3600_000;

async function startDesk(id: string, historyLimit?: number) {
  const now = await h.env.currentTimeMs();
  return h.env.client.workflow.start(appealDesk, {
    taskQueue: h.taskQueue,
    workflowId: `recruitment-cycle/${id}/appeals/skd`,
    args: [{ cycleCode: id, stage: 'skd', closesAt: new Date(now + 3 * DAY).toISOString(), historyLimit }],
  });
}

describe('the appeal desk of a stage', () => {
  it('waits for the window to close, then for the last answer, and counts the accepted appeals', async () => {
    const desk = await startDesk('DESK-1');
    await desk.signal(appealOpened, { stage: 'skd' });
    await desk.signal(appealOpened, { stage: 'skd' });
    await desk.signal(appealResolved, { stage: 'skd', accepted: true });
    expect(await desk.query(appealDeskState)).toMatchObject({ open: 1, accepted: 1 });
    await h.env.sleep(4 * DAY); // the window has closed; one appeal is still unanswered
    const { status } = await desk.describe();
    expect(status.name).toBe('RUNNING');
    await desk.signal(appealResolved, { stage: 'skd', accepted: false });
    await expect(desk.result()).resolves.toEqual({ stage: 'skd', accepted: 1 });
    await maybeStoreHistory(desk, 'recruitment-appeal-desk');
  });

  it('continues as new when its history grows long, and keeps its counts', async () => {
    const desk = await startDesk('DESK-2', 40);
    for (let i = 0; i < 30; i++) await desk.signal(appealOpened, { stage: 'skd' });
    for (let i = 0; i < 30; i++) await desk.signal(appealResolved, { stage: 'skd', accepted: i % 3 === 0 });
    await expect(desk.result()).resolves.toEqual({ stage: 'skd', accepted: 10 });
    const first = h.env.client.workflow.getHandle(desk.workflowId, desk.firstExecutionRunId);
    expect((await first.describe()).status.name).toBe('CONTINUED_AS_NEW');
    const latest = await h.env.client.workflow.getHandle(desk.workflowId).describe();
    expect(latest.runId).not.toBe(desk.firstExecutionRunId);
    expect(latest.historyLength).toBeLessThan(60);
  });
});
