// How an appraisal task is completed once the inbox has checked the assignee: the payload is checked
// against the step's schema, then handed to the appraisal's completeTask Update, whose validator refuses
// a stale or duplicate completion.
import type { TaskRecord } from '../../db/models/tasks';
import { actorOf, type Principal } from '../../domain/actor';
import { appraisalTasks, type AppraisalTaskType } from '../../domain/appraisal/tasks';
import { completeTask } from '../../workflows/appraisal/messages';
import { badRequest, fieldErrors } from '../errors';
import { viaUpdate } from '../updates';
import type { AppraisalDeps } from './deps';

export function appraisalTaskCompleter({ client }: AppraisalDeps) {
  return async (principal: Principal, t: TaskRecord, payload: Record<string, unknown>) => {
    const parsed = appraisalTasks[t.type as AppraisalTaskType].payload.safeParse(payload);
    if (!parsed.success) throw badRequest(`not a valid ${t.type} payload`, fieldErrors('body', parsed.error));
    return viaUpdate('the appraisal', () =>
      client.workflow.getHandle(t.workflowId).executeUpdate(completeTask, {
        args: [{ taskId: t._id, actor: actorOf(principal), payload: parsed.data }],
      }),
    );
  };
}
