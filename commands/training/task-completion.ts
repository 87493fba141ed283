// How a training task is completed from the inbox (the assignee was checked there): the verification
// payload is checked, then handed to the same command as the record's own verification route.
import type { Client } from '@temporalio/client';
import type { Models } from '../../db/connection';
import type { TaskRecord } from '../../db/models/tasks';
import type { Principal } from '../../domain/actor';
import { verificationSchema } from '../../domain/training/schemas';
import { badRequest, fieldErrors, notFound } from '../errors';
import { verificationCommands } from './verification';

export function trainingTaskCompleter(deps: { client: Client; models: Models }) {
  const { verifyRecord } = verificationCommands(deps);
  return async (principal: Principal, t: TaskRecord, payload: Record<string, unknown>) => {
    const parsed = verificationSchema.safeParse(payload);
    if (!parsed.success) throw badRequest(`not a valid ${t.type} payload`, fieldErrors('body', parsed.error));
    const r = await deps.models.trainingRecords.findOne({ taskId: t._id }, { _id: 1 }).lean();
    if (!r) throw notFound('the record of this task is gone');
    await verifyRecord(principal, r._id, parsed.data);
    return { taskId: t._id, status: 'done' as const };
  };
}
