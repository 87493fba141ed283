// Subject access (UU 27/2022 Pasal 7): everything the system holds on one candidate, as one JSON document
// for them (or HR) to download: the application record with the NIK and email opened, scores and results,
// the emails sent to them (the outbox rows under their application's workflow), their tasks and the
// audit records about them with their personal parts opened. Temporal's histories hold the same data,
// encrypted, and expire with the namespace's retention.
import type { Principal } from '../../domain/actor';
import { toApplicationView, type StoredApplication } from '../../domain/recruitment/views';
import { mayTouchApplication, openField, records, type RecruitmentDeps } from './context';

export function personalDataCommands(deps: RecruitmentDeps) {
  const { models } = deps;
  const { applicationOrThrow } = records(deps);
  const clock = deps.clock ?? (() => new Date());

  return {
    async personalData(principal: Principal, id: string) {
      mayTouchApplication(principal, id);
      const app = await applicationOrThrow(id);
      const prefix = `${app.workflowId}/`;
      const hrMailboxes = [deps.hr.email, deps.hr.headEmail];
      const [rows, tasks, audit] = await Promise.all([
        // The application's keys are `<workflowId>/<step>`.
        models.outbox
          .find({ _id: { $gte: prefix, $lt: `${app.workflowId}0` } })
          .sort({ createdAt: 1 })
          .lean(),
        models.tasks.find({ applicationId: id }).sort({ openedAt: 1 }).lean(),
        deps.audit.history(app.workflowId, 10_000),
      ]);
      // Rows rest sealed; HR's reminders about the application stay HR's (once retention emptied the
      // addresses, the rows left hold nothing and are all listed). A personal link shows its token's place.
      const outbox = rows
        .map((m) => ({
          ...m,
          to: openField(deps.fields, m.to),
          subject: openField(deps.fields, m.subject),
          text: openField(deps.fields, m.text),
          html: openField(deps.fields, m.html),
        }))
        .filter((m) => !hrMailboxes.includes(m.to));
      const application = {
        ...toApplicationView({
          ...app,
          email: openField(deps.fields, app.email),
        } as unknown as StoredApplication),
        nik: openField(deps.fields, app.nik),
      };
      return {
        generatedAt: clock().toISOString(),
        applicationId: id,
        application,
        emails: outbox.map((m) => ({
          key: m._id,
          template: m.template,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          status: m.status,
          createdAt: m.createdAt?.toISOString() ?? null,
          sentAt: m.sentAt?.toISOString() ?? null,
          erased: !!m.erasedAt,
        })),
        tasks: tasks.map((t) => ({
          taskId: t._id,
          type: t.type,
          status: t.status,
          assigneeKind: t.assigneeKind,
          dueAt: t.dueAt.toISOString(),
          openedAt: t.openedAt.toISOString(),
          closedAt: t.closedAt?.toISOString() ?? null,
        })),
        // Who decided is staff's own data: the role shows, the staff member's id stays with HR's trail.
        audit: audit.map((r) => ({
          seq: r.seq,
          at: r.at,
          action: r.action,
          role: r.role,
          reason: r.reason,
          before: r.before,
          after: r.after,
          erased: r.erased,
        })),
      };
    },
  };
}
