// One employee's appraisal: the record with its tasks (the employee and two levels above), and the steps
// taken on it (the employee drafts the SKP, objects or accepts; the appraiser records feedback), each an
// Update the workflow's validator may refuse.
import type { Principal } from '../../domain/actor';
import { actorOf } from '../../domain/actor';
import type { Acceptance, Feedback, Objection, SkpDraft } from '../../domain/appraisal/schemas';
import { appraisalWorkflowId } from '../../domain/workflow-ids';
import {
  acceptResult,
  completeTask,
  fileObjection,
  recordFeedback,
} from '../../workflows/appraisal/messages';
import { conflict, notFound } from '../errors';
import { toTaskView } from '../tasks/view';
import { viaUpdate } from '../updates';
import { isAppraiserOf, isSelfOrAbove, requireAccess } from './access';
import type { AppraisalDeps } from './deps';

interface EmployeeYear {
  year: number;
  nip: string;
}

export function employeeCommands({ client, models }: AppraisalDeps) {
  const handle = ({ year, nip }: EmployeeYear) => client.workflow.getHandle(appraisalWorkflowId(year, nip));
  /** The employee's own steps: only they may take them. */
  const ownRecord = (principal: Principal, { nip }: EmployeeYear) =>
    requireAccess(principal, () => principal.nip === nip);

  /** The whole year of one employee: SKP, feedback, ratings, objection, follow-up, and every task. */
  async function employeeRecord(principal: Principal, input: EmployeeYear) {
    await requireAccess(principal, () => isSelfOrAbove(models, principal.nip, input.nip, 2));
    const record = await models.appraisalRecords.findById(`${input.year}/${input.nip}`).lean();
    if (!record) throw notFound('no appraisal for this employee and year');
    const now = new Date();
    const tasks = await models.tasks.find({ workflowId: record.workflowId }).sort({ openedAt: 1 }).lean();
    return { record, tasks: tasks.map((t) => toTaskView(t, now)) };
  }

  /** Submits the employee's SKP for approval: completes their open SKP draft task. */
  async function draftSkp(principal: Principal, input: EmployeeYear & { skp: SkpDraft }) {
    await ownRecord(principal, input);
    const t = await models.tasks
      .findOne({ workflowId: appraisalWorkflowId(input.year, input.nip), type: 'skp-draft', status: 'open' })
      .lean();
    if (!t) throw conflict('no SKP draft is open for this employee and year');
    return viaUpdate('the appraisal', () =>
      handle(input).executeUpdate(completeTask, {
        args: [{ taskId: t._id, actor: actorOf(principal), payload: input.skp }],
      }),
    );
  }

  /** The appraiser's feedback or coaching note against the SKP. */
  async function giveFeedback(principal: Principal, input: EmployeeYear & Feedback) {
    await requireAccess(principal, () => isAppraiserOf(models, principal.nip, input.nip));
    return viaUpdate('the appraisal', () =>
      handle(input).executeUpdate(recordFeedback, {
        args: [{ note: input.note, actor: actorOf(principal) }],
      }),
    );
  }

  /** The employee objects to the annual result within the window. */
  async function objectToResult(principal: Principal, input: EmployeeYear & Objection) {
    await ownRecord(principal, input);
    return viaUpdate('the appraisal', () =>
      handle(input).executeUpdate(fileObjection, {
        args: [{ reason: input.reason, actor: actorOf(principal) }],
      }),
    );
  }

  /** The employee accepts the annual result: the objection window closes now and the follow-up runs. */
  async function acceptAnnualResult(principal: Principal, input: EmployeeYear & Acceptance) {
    await ownRecord(principal, input);
    return viaUpdate('the appraisal', () =>
      handle(input).executeUpdate(acceptResult, {
        args: [{ ...(input.note ? { note: input.note } : {}), actor: actorOf(principal) }],
      }),
    );
  }

  return { employeeRecord, draftSkp, giveFeedback, objectToResult, acceptAnnualResult };
}
