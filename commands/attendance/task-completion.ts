// How an attendance task (an excused absence's approval, a disciplinary step) is completed once the inbox
// has checked the assignee: the payload is checked against the step's schema, then handed to the
// workflow's completeTask Update, whose validator refuses a stale or duplicate completion (409).
import type { TaskRecord } from '../../db/models/tasks';
import { actorOf, type Principal } from '../../domain/actor';
import { attendanceTaskPayloads, type AttendanceTaskType } from '../../domain/attendance/schemas';
import { completeTask } from '../../workflows/attendance/messages';
import { badRequest, fieldErrors } from '../errors';
import { viaUpdate } from '../updates';
import type { AttendanceDeps } from './deps';

export function attendanceTaskCompleter({ client }: Pick<AttendanceDeps, 'client'>) {
  return async (principal: Principal, t: TaskRecord, payload: Record<string, unknown>) => {
    const schema = attendanceTaskPayloads[t.type as AttendanceTaskType];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw badRequest(`not a valid ${t.type} payload`, fieldErrors('body', parsed.error));
    return viaUpdate('the attendance process', () =>
      client.workflow.getHandle(t.workflowId).executeUpdate(completeTask, {
        args: [{ taskId: t._id, actor: actorOf(principal), payload: parsed.data }],
      }),
    );
  };
}
