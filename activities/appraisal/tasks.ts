// Who must do an appraisal task: the assignee resolved from the reporting line (the employee, their
// appraiser, the appraiser's superior, or the Wali Kota, whose tasks reach HR's mailbox), and the task's
// id, read only. The task record itself is written by the shared task activities (activities/tasks.ts).
import { assigneeOf, type AppraisalTaskType } from '../../domain/appraisal/tasks';
import { taskIdOf, type Assignee } from '../tasks';
import { directoryAround, type AppraisalActivityDeps } from './shared';

export function createAppraisalTaskActivities({ models, settings }: AppraisalActivityDeps) {
  async function resolveAssignee(type: AppraisalTaskType, subjectNip: string): Promise<Assignee> {
    const directory = await directoryAround(models, subjectNip);
    const who = assigneeOf(type, subjectNip, directory);
    if (who.kind === 'head-of-region')
      return { kind: 'head-of-region', nip: null, name: who.name, email: settings.hrEmail };
    const e = who.employee;
    return { kind: 'employee', nip: e.nip, name: e.name, email: e.email };
  }

  return {
    /**
     * Who must do a task and its id, read only: the workflow registers the task before its record is
     * written (saveTask), so that an inbox never shows a task its workflow does not know yet.
     */
    async prepareAppraisalTask(input: {
      workflowId: string;
      stepKey: string;
      type: AppraisalTaskType;
      subjectNip: string;
    }): Promise<{ taskId: string; assignee: Assignee; subjectName: string; unitCode: string }> {
      const taskId = taskIdOf(input.workflowId, input.stepKey);
      const subject = await models.employees.findById(input.subjectNip, { name: 1, unitCode: 1 }).lean();
      if (!subject) throw new Error(`the subject of task ${taskId} is not in the registry`);
      const assignee = await resolveAssignee(input.type, input.subjectNip);
      return { taskId, assignee, subjectName: subject.name, unitCode: subject.unitCode };
    },
  };
}
