// Drives an employee appraisal from a test the way people do through the API: find the open task in the
// workflow's state, complete it with an Update as its assignee, and move time on the time-skipping server.
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { AppraisalTaskType } from '../../../domain/appraisal/tasks';
import type { EmployeeImport } from '../../../domain/org/schemas';
import { appraisalState, completeTask, type OpenTaskView } from '../../../workflows/appraisal/messages';
import type { Actor } from '../../../domain/actor';
import { eventually } from '../../support/eventually';

export const DAY = 24 * 3600 * 1000;

export const actorOf = (e: Pick<EmployeeImport, 'nip'>, role: Actor['role'] = 'supervisor'): Actor => ({
  sub: `u-${e.nip}`,
  role,
  nip: e.nip,
});
export const hrActor: Actor = { sub: 'hr-1', role: 'hr', nip: null };

/** Waits (without moving time) until the workflow has an open task of `type` (and period). */
export async function openTask(
  handle: WorkflowHandle,
  type: AppraisalTaskType,
  period?: string,
): Promise<OpenTaskView> {
  const state = await eventually(
    () => handle.query(appraisalState),
    (s) => s.openTasks.some((t) => t.type === type && (!period || t.period === period)),
    20_000,
  );
  const task = state.openTasks.find((t) => t.type === type && (!period || t.period === period));
  if (!task) throw new Error(`no open ${type} ${period ?? ''} task; state: ${JSON.stringify(state)}`);
  return task;
}

export async function complete(
  handle: WorkflowHandle,
  type: AppraisalTaskType,
  actor: Actor,
  payload: unknown,
  period?: string,
) {
  const task = await openTask(handle, type, period);
  await handle.executeUpdate(completeTask, { args: [{ taskId: task.taskId, actor, payload }] });
  return task;
}

/** Moves the time-skipping server's clock to `instant` (no-op if already past). */
export async function sleepUntil(env: TestWorkflowEnvironment, instant: string | number): Promise<void> {
  const wait = new Date(instant).getTime() - (await env.currentTimeMs());
  if (wait > 0) await env.sleep(wait);
}

export const skp = {
  results: [
    {
      description: 'Layanan kenaikan pangkat tepat waktu',
      indicator: 'Persentase usulan tepat waktu',
      target: '95%',
    },
  ],
};

export type RatingPolicy = (
  subjectNip: string,
  period: string,
) => { hasilKerja: string; perilakuKerja: string };

/**
 * Completes every open task of these appraisals as its assignee would (HR for the Wali Kota): SKPs drafted
 * and approved, ratings by `policy`. Repeats until nothing of `types` is open. Returns how many it did.
 */
export async function completeOpenTasks(
  handles: WorkflowHandle[],
  types: AppraisalTaskType[],
  policy: RatingPolicy = () => ({ hasilKerja: 'sesuai', perilakuKerja: 'sesuai' }),
): Promise<number> {
  let done = 0;
  for (let pass = 0; pass < 10; pass++) {
    let found = 0;
    for (const handle of handles) {
      const state = await handle.query(appraisalState);
      for (const t of state.openTasks.filter((x) => types.includes(x.type))) {
        found++;
        const actor = t.assigneeNip
          ? actorOf({ nip: t.assigneeNip }, t.type === 'skp-draft' ? 'employee' : 'supervisor')
          : hrActor;
        const subjectNip = handle.workflowId.split('/')[2]!;
        const payload =
          t.type === 'skp-draft'
            ? skp
            : t.type === 'skp-approval'
              ? { approved: true }
              : policy(subjectNip, t.period ?? 'annual');
        await handle.executeUpdate(completeTask, { args: [{ taskId: t.taskId, actor, payload }] });
        done++;
      }
    }
    if (found === 0 && pass > 0) return done;
    await new Promise((r) => setTimeout(r, 300)); // the next step opens in an activity
  }
  return done;
}
