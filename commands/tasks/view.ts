// A task record of the read model as the inbox shows it (domain/tasks.ts): its title, and whether it is
// overdue now.
import type { TaskRecord } from '../../db/models/tasks';
import { taskTitle, type TaskType, type TaskView } from '../../domain/tasks';

export function toTaskView(t: TaskRecord, now: Date): TaskView {
  const dueAt = new Date(t.dueAt);
  return {
    id: t._id,
    process: t.process ?? 'appraisal',
    type: t.type as TaskType,
    title: taskTitle(t.type as TaskType),
    assigneeKind: t.assigneeKind,
    assigneeNip: t.assigneeNip ?? null,
    assigneeName: t.assigneeName,
    subjectNip: t.subjectNip ?? null,
    subjectName: t.subjectName,
    unitCode: t.unitCode ?? null,
    year: t.year ?? null,
    period: t.period ?? null,
    applicationId: t.applicationId ?? null,
    cycleCode: t.cycleCode ?? null,
    dueAt: dueAt.toISOString(),
    status: t.status,
    overdue: t.status === 'open' && dueAt < now,
    reminded: !!t.reminded,
    escalated: !!t.escalated,
    escalatedTo: t.escalatedTo ?? null,
    closedAt: t.closedAt ? new Date(t.closedAt).toISOString() : null,
    closedBy: t.closedBy ?? null,
    workflowId: t.workflowId,
  };
}
