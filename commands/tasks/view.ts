// A task record of the read model as the inbox shows it (domain/appraisal/views.ts): its title, and
// whether it is overdue now.
import type { TaskRecord } from '../../db/models/tasks';
import { appraisalTasks, type AppraisalTaskType } from '../../domain/appraisal/tasks';
import type { TaskView } from '../../domain/appraisal/views';

export function toTaskView(t: TaskRecord, now: Date): TaskView {
  const dueAt = new Date(t.dueAt);
  return {
    id: t._id,
    type: t.type as AppraisalTaskType,
    title: appraisalTasks[t.type as AppraisalTaskType].title.id,
    assigneeNip: t.assigneeNip ?? null,
    assigneeName: t.assigneeName,
    subjectNip: t.subjectNip,
    subjectName: t.subjectName,
    unitCode: t.unitCode,
    year: t.year,
    period: t.period ?? null,
    dueAt: dueAt.toISOString(),
    status: t.status,
    overdue: t.status === 'open' && dueAt < now,
    reminded: !!t.reminded,
    escalated: !!t.escalated,
    escalatedTo: t.escalatedTo ?? null,
    workflowId: t.workflowId,
  };
}
