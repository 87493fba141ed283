// The verification of a pending record by its task's assignee (the employee's superior) or HR: the
// employee's year workflow closes the task and writes the decision; a decided record is refused (409).
// The record's own route and the task inbox both call this.
import type { Models } from '../../db/connection';
import type { Client } from '@temporalio/client';
import { actorOf, type Principal } from '../../domain/actor';
import type { Verification } from '../../domain/training/schemas';
import { developmentWorkflowId } from '../../domain/workflow-ids';
import { decideRecord } from '../../workflows/training/messages';
import { conflict, forbidden, notFound } from '../errors';
import { viaUpdate } from '../updates';
import { requireEmployeeAccess } from './access';

export function verificationCommands({ client, models }: { client: Client; models: Models }) {
  return {
    async verifyRecord(principal: Principal, id: string, decision: Verification) {
      const r = await models.trainingRecords.findById(id).lean();
      if (!r) throw notFound('no such record');
      await requireEmployeeAccess(models, principal, r.nip);
      if (r.status !== 'pending' || !r.taskId)
        throw conflict(`the record is ${r.status}, not awaiting verification`);
      const task = await models.tasks.findById(r.taskId, { assigneeNip: 1 }).lean();
      const mayDecide = principal.role === 'hr' || (!!principal.nip && task?.assigneeNip === principal.nip);
      if (!mayDecide) throw forbidden("only the employee's superior or HR verifies this record");
      await viaUpdate(
        'the development year',
        () =>
          client.workflow.getHandle(developmentWorkflowId(r.year, r.nip)).executeUpdate(decideRecord, {
            args: [{ taskId: r.taskId!, ...decision, actor: actorOf(principal) }],
          }),
        { existed: true },
      );
      const after = (await models.trainingRecords.findById(id).lean())!;
      return { id, status: after.status as 'pending' | 'verified' | 'rejected' };
    },
  };
}
